/// The HTML of one Markdown document and what was found while rendering it.
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    /// The document's headings in order, with the ids their HTML carries.
    public var headings: [Heading]
    /// Where the excerpt's `<!--more-->` marker stands, found on cmark's tree.
    var moreMarker: MoreMarker
}

/// A heading with the id that links to it.
public struct Heading: Sendable, Hashable, Codable {
    public var level: Int
    public var id: String
    /// Plain text, formulas as their TeX.
    public var text: String
    /// What the heading shows, formulas typeset, without links (a table of
    /// contents links it as a whole).
    public var html: String
}
