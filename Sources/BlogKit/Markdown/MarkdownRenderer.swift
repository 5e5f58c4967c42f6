import CCmarkGFM
import CodeHighlight
import Foundation

/// Renders Markdown to HTML with cmark-gfm and its GitHub extensions
/// (tables, strikethrough, autolinks, task lists, footnotes), raw HTML allowed.
///
/// This is the only file that talks to C: the parsed tree is walked and
/// edited here and comes out as Swift values.
public struct MarkdownRenderer: Sendable {
    /// Whether fenced code in a language `CodeHighlighter` knows is
    /// highlighted (`highlight:` in `blog.yml`); other code is as cmark writes it.
    public var highlightsCode: Bool

    public init(highlightsCode: Bool = true) {
        self.highlightsCode = highlightsCode
    }

    /// - Parameters:
    ///   - markdown: the document.
    ///   - resolveLink: given a link or image destination as written,
    ///     returns the URL to use instead, or nil to keep it.
    public func render(_ markdown: String, resolveLink: (String) -> String? = { _ in nil }) -> RenderedMarkdown {
        render(markdown, resolveLink: resolveLink, imageSize: { _ in nil })
    }

    /// - Parameter imageSize: given a figure's image destination as written,
    ///   its size in pixels, if known.
    func render(_ markdown: String, resolveLink: (String) -> String?, imageSize: (String) -> ImageSize?) -> RenderedMarkdown {
        Self.registerExtensions
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { return RenderedMarkdown(html: "", headings: [], moreMarker: .none) }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        // Inline parsing adds the extensions' special characters (`~` of
        // strikethrough, `:` and `w` of autolinks) to a table global to the
        // process and removes them when done: two parsers at once can take
        // them away from each other mid-parse and drop `<del>` at random.
        guard let document = Self.inlineParsing.withLock({ cmark_parser_finish(parser) }) else {
            return RenderedMarkdown(html: "", headings: [], moreMarker: .none)
        }
        defer { cmark_node_free(document) }

        // Leaves first (each edit touches only its own node), then headings,
        // whose replacement frees their children: the marker is found
        // before, as a heading may hold raw HTML.
        let leaves = Self.nodes(in: document, of: [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE])
        let marker = Self.moreMarker(in: leaves, document: document)
        var written: [OpaquePointer: String] = [:]
        for node in leaves {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_SOFTBREAK:
                Self.removeIfBetweenCJK(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard let url = cmark_node_get_url(node).map({ String(cString: $0) }) else { continue }
                if cmark_node_get_type(node) == CMARK_NODE_IMAGE { written[node] = url }
                if let resolved = resolveLink(url) {
                    cmark_node_set_url(node, resolved)
                }
            default:
                continue
            }
        }
        for node in leaves where cmark_node_get_type(node) == CMARK_NODE_IMAGE {
            Self.replaceWithFigure(node, options: options) { written[node].flatMap(imageSize) }
        }
        if highlightsCode {
            let highlighter = CodeHighlighter()
            for node in Self.nodes(in: document, of: [CMARK_NODE_CODE_BLOCK]) {
                Self.replaceWithHighlightedCode(node, highlighter: highlighter)
            }
        }
        var slugger = HeadingSlugger()
        let headings = Self.nodes(in: document, of: [CMARK_NODE_HEADING]).map {
            Self.replaceHeading($0, slugger: &slugger, options: options)
        }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        let html = Self.takeString(cmark_render_html(document, options, extensions))
        var moreMarker = MoreMarker.none
        switch marker {
        case nil:
            break
        case .elsewhere:
            moreMarker = .inRawHTML
        case .ownBlock(let block, let end):
            // cmark writes each block's HTML after the last one's line end,
            // so the blocks rendered one by one add up to a prefix of `html`.
            // (Footnotes, which share one `<section>`, are moved to the
            // document's end while parsing: none come before the marker.)
            var head = ""
            var sibling = cmark_node_first_child(document)
            while let node = sibling, node != block {
                head += Self.takeString(cmark_render_html(node, options, extensions))
                sibling = cmark_node_next(node)
            }
            moreMarker = .afterBlocks(head: head, end: head.utf8.count + end)
        }
        return RenderedMarkdown(html: html, headings: headings, moreMarker: moreMarker)
    }
}

extension MarkdownRenderer {
    /// cmark-gfm keeps its extensions in a global registry that must be filled
    /// once before any parser is made; a static let runs this exactly once,
    /// even with parallel renders.
    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()

    /// One inline parse at a time in the process (see `render`).
    private static let inlineParsing = NSLock()

    /// The nodes of the given types in document order. They are collected
    /// before any edit, since editing the tree while iterating it is undefined.
    private static func nodes(in document: OpaquePointer, of types: [cmark_node_type]) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var result: [OpaquePointer] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if types.contains(cmark_node_get_type(node)) {
                result.append(node)
            }
        }
        return result
    }

    /// Where the first raw HTML that holds a `<!--more-->` marker is.
    private enum MarkerNode {
        /// A top-level HTML block starting with the marker, with no raw HTML
        /// before it; `end` is where the marker ends in its literal.
        case ownBlock(OpaquePointer, end: Int)
        case elsewhere
    }

    /// - Parameter nodes: the document's nodes in order, raw HTML among them.
    /// - Returns: nil when no raw HTML holds a marker.
    private static func moreMarker(in nodes: [OpaquePointer], document: OpaquePointer) -> MarkerNode? {
        var first = true
        for node in nodes {
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE, let literal = cmark_node_get_literal(node) else { continue }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
            defer { first = false }
            guard let found = MoreMarker.next(in: bytes, from: 0) else { continue }
            let ownBlock =
                first && type == CMARK_NODE_HTML_BLOCK && cmark_node_parent(node) == document
                && bytes[..<found.start].allSatisfy { $0 == 32 || $0 == 9 }
            return ownBlock ? .ownBlock(node, end: found.end) : .elsewhere
        }
        return nil
    }

    /// cmark renders headings without attributes, so each heading is rendered
    /// on its own and replaced by an HTML block that carries its id and an
    /// anchor link.
    private static func replaceHeading(_ node: OpaquePointer, slugger: inout HeadingSlugger, options: Int32) -> Heading {
        let level = Int(cmark_node_get_heading_level(node))
        let text = plainText(of: node)
        let id = slugger.slug(for: text)
        let rendered = takeString(cmark_render_html(node, options, nil))
        let open = "<h\(level)>", close = "</h\(level)>"
        var inner = Substring(rendered.trimmingCharacters(in: .newlines))
        if inner.hasPrefix(open) && inner.hasSuffix(close) {
            inner = inner.dropFirst(open.count).dropLast(close.count)
        }
        let anchor = "<a class=\"heading-anchor\" href=\"#\(id)\" aria-hidden=\"true\">#</a>"
        let html = "<h\(level) id=\"\(id)\">\(inner) \(anchor)</h\(level)>\n"
        // The new block belongs to the document from here on; the heading it
        // replaces is unlinked and freed.
        if let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) {
            cmark_node_set_literal(block, html)
            cmark_node_replace(node, block)
            cmark_node_free(node)
        }
        return Heading(level: level, id: id, text: text, html: HTMLText.removingLinks(from: String(inner)))
    }

    /// An image alone in its paragraph with a title (`![alt](x.svg "图1：…")`)
    /// is a figure: the paragraph becomes `<figure>` with the title as its
    /// `<figcaption>` (formulas in it are tokens, restored like any text).
    /// - Parameter size: the image's size, asked only of a figure's image.
    private static func replaceWithFigure(_ image: OpaquePointer, options: Int32, size: () -> ImageSize?) {
        guard let paragraph = cmark_node_parent(image), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
            let title = cmark_node_get_title(image).map({ String(cString: $0) }), !title.trimmingCharacters(in: .whitespaces).isEmpty
        else { return }
        var sibling = cmark_node_first_child(paragraph)
        while let node = sibling {
            let blank = cmark_node_get_type(node) == CMARK_NODE_TEXT && cmark_node_get_literal(node).map { String(cString: $0).allSatisfy(\.isWhitespace) } ?? true
            guard node == image || blank || cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK else { return }
            sibling = cmark_node_next(node)
        }
        // The image as cmark writes it (its escaping of the URL and the alt
        // text), without the title the caption now shows.
        cmark_node_set_title(image, "")
        var img = takeString(cmark_render_html(image, options, nil))
        // Its size keeps its place on the page before it loads.
        if let size = size(), img.hasSuffix(" />") {
            img = String(img.dropLast(3)) + " width=\"\(size.width)\" height=\"\(size.height)\" />"
        }
        let html = "<figure>\(img)<figcaption>\(HTMLEscaping.escape(title))</figcaption></figure>\n"
        // The block belongs to the document from here on; the paragraph,
        // image included, is unlinked and freed.
        if let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) {
            cmark_node_set_literal(block, html)
            cmark_node_replace(paragraph, block)
            cmark_node_free(paragraph)
        }
    }

    /// A code block whose info string starts with a language the
    /// highlighter knows becomes an HTML block: cmark's markup with
    /// `class="highlight"` on the `<pre>` and the tokens in spans. The class
    /// is the info string's first word, as cmark takes it. Math never needs
    /// restoring inside: the math scanner leaves code alone, so a `$` here
    /// is a dollar.
    private static func replaceWithHighlightedCode(_ node: OpaquePointer, highlighter: CodeHighlighter) {
        guard let info = cmark_node_get_fence_info(node).map({ String(cString: $0) }) else { return }
        // cmark's white space: space, tab, line feed, vertical tab, form feed, carriage return.
        let language = String(info.unicodeScalars.prefix { !" \t\n\u{0B}\u{0C}\r".unicodeScalars.contains($0) })
        guard !language.isEmpty, let code = highlighter.html(cmark_node_get_literal(node).map { String(cString: $0) } ?? "", language: language)
        else { return }
        let html = "<pre class=\"highlight\"><code class=\"language-\(HTMLEscaping.escape(language))\">\(code)</code></pre>\n"
        // The block belongs to the document from here on; the code block it
        // replaces is unlinked and freed.
        if let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) {
            cmark_node_set_literal(block, html)
            cmark_node_replace(node, block)
            cmark_node_free(node)
        }
    }

    /// A line break inside a paragraph shows as a space, which Chinese does
    /// not put between characters: a soft break between two CJK characters
    /// is dropped; next to Latin text or a formula it stays.
    private static func removeIfBetweenCJK(_ node: OpaquePointer) {
        guard let before = cmark_node_previous(node).flatMap({ edgeScalar(of: $0, last: true) }),
            let after = cmark_node_next(node).flatMap({ edgeScalar(of: $0, last: false) }),
            CJK.contains(before), CJK.contains(after)
        else { return }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// The first or last character of the text a node shows.
    private static func edgeScalar(of node: OpaquePointer, last: Bool) -> Unicode.Scalar? {
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
            guard let literal = cmark_node_get_literal(node) else { return nil }
            let scalars = String(cString: literal).unicodeScalars
            return last ? scalars.last : scalars.first
        }
        guard let child = last ? cmark_node_last_child(node) : cmark_node_first_child(node) else { return nil }
        return edgeScalar(of: child, last: last)
    }

    /// The text a reader sees in a node: text and code literals, in order.
    private static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    /// Copies a string cmark allocated and frees the original.
    private static func takeString(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
