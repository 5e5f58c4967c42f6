import BlogKit
import Foundation

/// One Hexo, Jekyll or Hugo post's front matter mapped to BlogKit's:
///
/// | theirs | BlogKit |
/// | --- | --- |
/// | title | title |
/// | date (any of their forms), Jekyll's file-name date | date |
/// | updated, lastmod, last_modified_at, modified | updated |
/// | slug; else the last segment of permalink or url; else the file name | the file name (`<slug>.md`) |
/// | categories, category; tags, tag (a list or one name) | categories, tags |
/// | draft: true, published: false, a `_drafts/` file | draft: true |
/// | excerpt, Hugo's summary | excerpt |
/// | math | math |
///
/// `mathjax` and `katex` are dropped (math is always on); any other key is
/// kept as a param, and every key that changes meaning is named in a warning.
struct FrontMatterMapping {
    let fields: [(key: String, value: FrontMatterValue)]
    let file: String
    /// Jekyll's `tags: a b` is two tags; Hexo's `tags: a b` one.
    var namesSplitOnSpaces = false
    private(set) var warnings: [BuildError] = []
    private(set) var slug = ""
    private(set) var year = 0

    init(fields: [(key: String, value: FrontMatterValue)], file: String) {
        self.fields = fields
        self.file = file
    }

    private static let mapped: Set = [
        "title", "date", "updated", "lastmod", "last_modified_at", "modified", "slug", "permalink", "url", "categories",
        "category", "tags", "tag", "draft", "published", "excerpt", "summary", "math", "mathjax", "katex", "id",
    ]

    private func value(_ keys: String...) -> FrontMatterValue? {
        keys.lazy.compactMap { key in fields.first(where: { $0.key == key })?.value }.first
    }

    mutating func post(found: FoundPost, body: String) throws -> ImportedPost {
        guard let date = try date(found) else {
            throw BuildError(path: file, line: 1, column: 1, message: "no date, skipped", hint: "add 'date: 2020-01-29 10:21:00' to its front matter and import it again")
        }
        year = date.year
        let title = value("title")?.string?.trimmingCharacters(in: .whitespaces) ?? ""
        var post = ImportedPost(title: title.isEmpty ? found.nameSlug : title, date: date.text, body: body)
        if title.isEmpty { warn("no title: written as '\(found.nameSlug)'", hint: "give it a title") }
        if let updated = value("updated", "lastmod", "last_modified_at", "modified")?.string {
            post.updated = DateText.normalize(updated)?.text
            if post.updated == nil { warn("cannot read updated '\(updated)': left out", hint: "write it as 2020-01-29 10:21:00") }
        }
        slug = slug(found)
        post.categories = unique(names(value("categories", "category")))
        if case .list(let items)? = value("categories", "category"), items.contains(where: { if case .list = $0 { true } else { false } }) {
            post.categories = unique(items.flatMap(\.names))
            warn("nested category lists flattened: \(post.categories.joined(separator: ", "))", hint: "BlogKit's categories are flat")
        }
        post.tags = unique(names(value("tags", "tag")))
        if found.isDraft {
            post.draftReason = "in a drafts folder"
        } else if value("draft")?.bool == true {
            post.draftReason = "draft: true"
        } else if value("published")?.bool == false {
            post.draftReason = "published: false"
        }
        post.excerpt = value("excerpt", "summary")?.string
        post.math = value("math")?.bool
        if let id = value("id")?.string {
            if let number = Int(id) { post.id = number } else { warn("id '\(id)' is not a number: left out", hint: "BlogKit's ids are numbers; the slug names the post") }
        }
        if value("mathjax", "katex") != nil { warn("mathjax/katex dropped: BlogKit typesets math in every post", hint: "write 'math: false' to turn it off") }
        post.params = fields.filter { !Self.mapped.contains($0.key) }
        if !post.params.isEmpty {
            warn("kept as params (BlogKit gives them no meaning; templates may read them): \(post.params.map(\.key).joined(separator: ", "))", hint: "remove those you do not need")
        }
        return post
    }

    /// Their `date`, else the file name's (Jekyll); nil when there is neither.
    private mutating func date(_ found: FoundPost) throws -> (text: String, year: Int)? {
        if let written = value("date")?.string {
            guard let date = DateText.normalize(written) else {
                throw BuildError(path: file, line: 1, column: 1, message: "cannot read date '\(written)', skipped", hint: "write it as 2020-01-29 10:21:00 and import it again")
            }
            return date
        }
        return found.nameDate.flatMap(DateText.normalize)
    }

    /// `slug`, else the last segment of `permalink`/`url` (warning that the
    /// URL changes), else the file name; made one URL segment.
    private mutating func slug(_ found: FoundPost) -> String {
        var slug = found.nameSlug
        if let explicit = value("slug")?.string {
            slug = explicit
        } else if let link = value("permalink", "url")?.string {
            let last = link.split(separator: "/").last.map(String.init) ?? ""
            if !last.isEmpty { slug = last.hasSuffix(".html") ? String(last.dropLast(5)) : last }
            warn("its URL was \(link); it becomes the post permalink with slug '\(slug)'", hint: "old links to it will not find it; redirect them on the server")
        }
        let segment = String(slug.map { $0.isWhitespace ? "-" : $0 }.filter { !"/\\?#".contains($0) })
        if segment != slug { warn("slug '\(slug)' written as '\(segment)'", hint: "a slug is one URL segment: no spaces, '/', '?' or '#'") }
        return ImportedPost.isURLSegment(segment) ? segment : "post"
    }

    private func names(_ value: FrontMatterValue?) -> [String] {
        guard let value else { return [] }
        if namesSplitOnSpaces, let text = value.string { return text.split(separator: " ").map(String.init) }
        return value.names
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private mutating func warn(_ message: String, hint: String) {
        warnings.append(BuildError(path: file, severity: .warning, message: message, hint: hint))
    }
}
