import Foundation
import Mustache

/// One comment under a post (`comments[]`): its thread flattened, replies
/// right after what they answer with their `depth`, so a logic-less
/// template shows the tree without recursion. Text only: escaped, with its
/// paragraphs and line breaks.
struct CommentView: Hashable, Sendable, Encodable, MustacheParent {
    var id: Int
    var author: String
    /// The author's site, only if http(s).
    var url: String?
    var date: String
    var dateISO: String
    var html: String
    /// 0 for a comment on the post, 1 for a reply to one, …, at most `maximumDepth`.
    var depth: Int

    static let maximumDepth = 4

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "author": author
        // False, not nil, when absent: nil would let mustache find the
        // post's own `url` further down the context stack.
        case "url": if let url { url } else { false }
        case "date": date
        case "date_iso": dateISO
        case "html": html
        case "depth": depth
        case "is_reply": depth > 0
        default: nil
        }
    }

    /// `comments` in thread order: each followed by its replies, oldest
    /// first; a reply to a comment that is not there stands on its own.
    static func thread(_ comments: [Comment], dates: DateFormats) -> [CommentView] {
        let ids = Set(comments.map(\.id))
        var replies: [Int: [Comment]] = [:]
        var roots: [Comment] = []
        for comment in comments {
            if let parent = comment.parent, ids.contains(parent), parent != comment.id {
                replies[parent, default: []].append(comment)
            } else {
                roots.append(comment)
            }
        }
        var result: [CommentView] = []
        var seen: Set<Int> = []
        // Depth first without recursion; `seen` stops a loop of parents.
        var pending = roots.reversed().map { ($0, 0) }
        while let (comment, depth) = pending.popLast() {
            guard seen.insert(comment.id).inserted else { continue }
            result.append(
                CommentView(
                    id: comment.id, author: comment.author, url: comment.url.flatMap(Self.webURL), date: dates.minute(comment.date),
                    dateISO: dates.iso8601(comment.date), html: Self.html(comment.text), depth: min(depth, maximumDepth)))
            pending += (replies[comment.id] ?? []).reversed().map { ($0, depth + 1) }
        }
        return result
    }

    private static func webURL(_ text: String) -> String? {
        let lowered = text.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? text : nil
    }

    /// Paragraphs at blank lines, line breaks within them, every character escaped.
    private static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
            .map { "<p>" + $0.split(separator: "\n", omittingEmptySubsequences: false).map { HTMLEscaping.escape(String($0)) }.joined(separator: "<br>") + "</p>" }
            .joined()
    }
}

/// A line of the sidebar's latest comments: who, a few words, and a link
/// to the comment under its post.
struct RecentCommentView: Hashable, Sendable, Encodable, MustacheParent {
    var author: String
    var excerpt: String
    var url: String
    var postTitle: String

    func child(named name: String) -> Any? {
        switch name {
        case "author": author
        case "excerpt": excerpt
        case "url": url
        case "post_title": postTitle
        default: nil
        }
    }
}
