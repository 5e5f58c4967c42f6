/// Renders one post's Markdown to HTML and cuts its excerpt. Pure: every post
/// renders independently, so posts render in parallel.
struct PostRenderer: Sendable {
    var links: SiteLinks
    /// Files a post may link to by a relative path, keyed by their path from
    /// the site root (`Content/posts/2020/figure.svg`), with the URL to use.
    var linkTargets: [String: URLPath]
    var markdown = MarkdownRenderer()
    var excerptCutter = ExcerptCutter()

    func render(_ post: Post) -> RenderedPost {
        let path = links.post(post)
        let folder = post.path.split(separator: "/").dropLast().joined(separator: "/")
        let rendered = markdown.render(post.body) { resolve($0, from: folder) }
        var excerpt: Excerpt
        if let written = post.excerpt {
            excerpt = Excerpt(html: markdown.render(written).html, continues: true)
        } else {
            excerpt = excerptCutter.excerpt(of: rendered.html)
        }
        excerpt.html = Self.relocate(excerpt.html, to: links.href(path))
        return RenderedPost(post: post, path: path, html: rendered.html, excerpt: excerpt, headings: rendered.headings)
    }

    /// A relative link to a file of the site (an image beside the post,
    /// another post's `.md`) becomes that file's URL; anything else is kept.
    private func resolve(_ destination: String, from folder: String) -> String? {
        guard !destination.isEmpty, !destination.hasPrefix("/"), !destination.hasPrefix("#"),
            !destination.contains("://"), !destination.hasPrefix("mailto:")
        else { return nil }
        let fragmentStart = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? destination.endIndex
        let file = String(destination[..<fragmentStart]).removingPercentEncoding ?? String(destination[..<fragmentStart])
        var parts = folder.split(separator: "/").map(String.init)
        for component in file.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(component))
            }
        }
        guard let target = linkTargets[parts.joined(separator: "/")] else { return nil }
        return links.href(target) + destination[fragmentStart...]
    }

    /// Listing pages hold many excerpts: ids would clash there, and links to
    /// a footnote or heading must lead to the post's own page.
    static func relocate(_ html: String, to pageHref: String) -> String {
        var result = html.replacingOccurrences(of: " href=\"#", with: " href=\"\(pageHref)#")
        while let start = result.range(of: " id=\""), let end = result[start.upperBound...].firstIndex(of: "\"") {
            result.removeSubrange(start.lowerBound...end)
        }
        return result
    }
}
