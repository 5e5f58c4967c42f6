import Mustache

/// `post.toc`: a post's headings as a table of contents, `entries` with
/// `id`, `html` (the heading as shown, formulas typeset, without links) and
/// `depth` (1 for the post's top level of heading). Only posts with enough
/// headings to need one have it.
struct TableOfContentsView: Hashable, Sendable, Encodable, MustacheParent {
    struct Entry: Hashable, Sendable, Encodable, MustacheParent {
        var id: String
        var html: String
        var depth: Int

        func child(named name: String) -> Any? {
            switch name {
            case "id": id
            case "html": html
            case "depth": depth
            default: nil
            }
        }
    }

    var entries: [Entry]

    /// Fewer headings than this are read at a glance.
    static let minimumHeadings = 3
    /// Levels below the top one that are listed: deeper ones would make the
    /// table as long as the post.
    static let listedLevels = 3

    /// Nil for a post with fewer than `minimumHeadings` headings.
    init?(headings: [Heading]) {
        guard headings.count >= Self.minimumHeadings, let top = headings.map(\.level).min() else { return nil }
        entries = headings.filter { $0.level < top + Self.listedLevels }.map {
            Entry(id: $0.id, html: $0.html, depth: $0.level - top + 1)
        }
    }

    func child(named name: String) -> Any? {
        name == "entries" ? entries : nil
    }
}
