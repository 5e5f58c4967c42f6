/// Renders one post: math protected, Markdown rendered, excerpt cut, math
/// restored. Pure: every post renders independently, so posts render in parallel.
struct PostRenderer: Sendable {
    var links: SiteLinks
    /// Files a post may link to by a relative path, keyed by their path from
    /// the site root (`Content/posts/2020/figure.svg`), with the URL to use.
    var linkTargets: [String: URLPath]
    var scanner = MathScanner()
    var markdown = MarkdownRenderer()
    var excerptCutter = ExcerptCutter()
    var restorer: MathRestorer
    /// The images figures show, measured for their width and height.
    var images: ImageSizes
    /// Whether posts' terms are collected for the search index.
    var indexesSearch: Bool

    /// - Parameter path: the post's URL (`links.post(post)`, computed once by the builder).
    func render(_ post: Post, at path: URLPath) -> RenderedPost {
        let folder = post.path.split(separator: "/").dropLast().joined(separator: "/")
        let body = protect(post.body, post: post, firstLine: post.bodyLine)
        // Front matter lines are not tracked one by one: its warnings point at the file's top.
        let written = post.excerpt.map { protect($0, post: post, firstLine: 1) }
        let math = restorer.prepare([body.spans] + (written.map { [$0.spans] } ?? []), path: post.path)
        // The images measured, with the stamp of each: the render holds
        // while they are the same (`BuildMemos`).
        var measured: [String: String?] = [:]
        let rendered = markdown.render(body.markdown, resolveLink: { resolve($0, from: folder) }) { destination in
            guard let path = Self.sourcePath(of: destination, from: folder)?.path else { return nil }
            measured[path] = images.stamp(of: path)
            return images.size(of: path)
        }
        var excerpt: (html: String, needsMathJax: Bool)
        let excerptText: String
        var continues = true
        if let written {
            let html = markdown.render(written.markdown).html
            excerpt = restorer.restore(html, math.groups[1])
            excerptText = restorer.restorePlainText(HTMLText.plain(html), spans: written.spans)
        } else {
            // Cut before restoring: a token is one unbreakable word, so no cut
            // falls inside a formula.
            let cut = excerptCutter.excerpt(of: rendered.html, marker: rendered.moreMarker)
            excerpt = restorer.restore(cut.html, math.groups[0])
            excerptText = restorer.restorePlainText(HTMLText.plain(cut.html), spans: body.spans)
            continues = cut.continues
        }
        let html = restorer.restore(rendered.html, math.groups[0])
        let headings = rendered.headings.map { heading in
            Heading(
                level: heading.level, id: heading.id, text: restorer.restorePlainText(heading.text, spans: body.spans),
                html: restorer.restore(heading.html, math.groups[0]).html)
        }
        // The body lives on as `html`; keeping the Markdown too would hold
        // every post twice for the rest of the build.
        var shown = post
        shown.body = ""
        let text = HTMLText.plain(rendered.html)
        return RenderedPost(
            post: shown, path: path, html: html.html,
            excerpt: Excerpt(html: Self.relocate(excerpt.html, to: links.href(path)), continues: continues), excerptText: excerptText,
            headings: headings,
            searchEntry: indexesSearch && post.isSearchable
                ? SearchEntry(
                    url: links.href(path), title: post.title, date: post.isDated ? links.dates.day(post.date) : nil,
                    postings: SearchPostings(title: post.title, headings: headings.map(\.text), text: restorer.restorePlainText(text, spans: body.spans)))
                : nil,
            searchQueries: SearchLinks.queries(in: rendered.html, links: links),
            reading: ReadingStats(text: MathToken.removingTokens(from: text)), needsMathJax: html.needsMathJax, excerptNeedsMathJax: excerpt.needsMathJax,
            measuredImages: measured, warnings: post.warnings + body.warnings + (written?.warnings ?? []) + math.warnings, errors: math.errors)
    }

    private func protect(_ markdown: String, post: Post, firstLine: Int) -> ProtectedMarkdown {
        guard post.hasMathEnabled else { return ProtectedMarkdown(markdown: markdown, spans: [], warnings: []) }
        return scanner.protect(markdown, path: post.path, firstLine: firstLine)
    }

    /// A relative link to a file of the site (an image beside the post,
    /// another post's `.md`) becomes that file's URL; anything else is kept.
    private func resolve(_ destination: String, from folder: String) -> String? {
        guard !destination.hasPrefix("/"), let (path, rest) = Self.sourcePath(of: destination, from: folder), let target = linkTargets[path] else { return nil }
        return links.href(target) + rest
    }

    /// The file of the site a destination names, as its path from the site
    /// root, and what follows the file (`#…`, `?…`); nil for a web address,
    /// a fragment alone or `mailto:`. A destination starting with `/` is a
    /// URL path of the output: its file is the static file written there.
    static func sourcePath(of destination: String, from folder: String) -> (path: String, rest: Substring)? {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.contains("://"), !destination.hasPrefix("mailto:") else { return nil }
        let fragmentStart = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? destination.endIndex
        let file = String(destination[..<fragmentStart]).removingPercentEncoding ?? String(destination[..<fragmentStart])
        var parts = destination.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for component in file.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(component))
            }
        }
        return (parts.joined(separator: "/"), destination[fragmentStart...])
    }

    /// Listing pages hold many excerpts: ids would clash there, and links to
    /// a footnote or heading must lead to the post's own page.
    /// One pass over the bytes: the excerpt of every post goes through here.
    /// It reads the finished HTML rather than changing how cmark writes the
    /// excerpt, as not all of it comes from cmark's tree: the formulas
    /// restored after it bring ids (labelled rows) and `\eqref` links, raw
    /// HTML its writer's ids, and cmark's C writer puts footnote ids in
    /// itself; the feed applies the same rule to whole posts (`FeedContent`).
    static func relocate(_ html: String, to pageHref: String) -> String {
        let source = Array(html.utf8)
        let fragmentLink = Array(" href=\"#".utf8)
        let id = Array(" id=\"".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(source.count + 64)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: " ") {
                if source[index...].starts(with: fragmentLink) {
                    result += " href=\"".utf8
                    result += pageHref.utf8
                    result.append(UInt8(ascii: "#"))
                    index += fragmentLink.count
                    continue
                }
                if source[index...].starts(with: id), let end = source[(index + id.count)...].firstIndex(of: UInt8(ascii: "\"")) {
                    index = end + 1
                    continue
                }
            }
            result.append(source[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
