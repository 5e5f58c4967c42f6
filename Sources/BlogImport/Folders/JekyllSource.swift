import BlogKit
import Foundation

/// A Jekyll site: posts in `_posts/` named `2020-01-29-title.md`, drafts in `_drafts/`.
struct JekyllSource: SourceFolder {
    let name = "Jekyll"

    func posts(in root: URL) throws -> [FoundPost] {
        guard let postsFolder = folder(["_posts"], in: root) else {
            throw BuildError(path: root.path, message: "no _posts/ here", hint: "pass the Jekyll site's folder, the one holding _config.yml and _posts/")
        }
        let drafts = folder(["_drafts"], in: root).map(markdownFiles(under:)) ?? []
        return (markdownFiles(under: postsFolder).map { ($0, false) } + drafts.map { ($0, true) }).map { url, isDraft in
            let stem = url.deletingPathExtension().lastPathComponent
            let (date, slug) = Self.splitName(stem)
            return FoundPost(url: url, shownPath: shown(url, from: root), isDraft: isDraft, nameSlug: slug, nameDate: date)
        }
    }

    func unreadablePosts(in root: URL) -> [String] {
        let folders = ["_posts", "_drafts"].compactMap { folder([$0], in: root) }
        return folders.flatMap { folder in
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])?
                .compactMap { $0 as? URL }.filter { ["html", "htm", "textile"].contains($0.pathExtension.lowercased()) } ?? []
        }.map { shown($0, from: root) }.sorted()
    }

    /// `2020-01-29-my-post` → (`2020-01-29`, `my-post`).
    static func splitName(_ stem: String) -> (date: String?, slug: String) {
        let parts = stem.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts[0...2].allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return (nil, stem) }
        return ("\(parts[0])-\(parts[1])-\(parts[2])", String(parts[3]))
    }

    /// Drops Liquid's `{% raw %}` tags and turns `{% highlight lang %}` blocks into fenced code.
    func markdown(_ body: String, assetURL: String, file: String, bodyLine: Int, warnings: inout [BuildError]) -> String {
        var text = body.replacingOccurrences(of: #"\{%-?\s*(end)?raw\s*-?%\}"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\{%-?\s*highlight\s+([A-Za-z0-9_+-]+)[^%]*-?%\}"#, with: "```$1", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\{%-?\s*endhighlight\s*-?%\}"#, with: "```", options: .regularExpression)
        warnLeftTags(text, opening: ["{%", "{{"], file: file, bodyLine: bodyLine, warnings: &warnings)
        return text
    }
}
