import Foundation

/// One post as written: its front matter fields and its Markdown body.
public struct Post: Sendable, Codable {
    /// The source file, relative to the site root.
    public var path: String
    /// The stable id from front matter (`id: 7180`), used in the post URL.
    public var id: String?
    /// From front matter `slug`, else the file name without its extension.
    public var slug: String
    public var title: String
    public var date: Date
    public var updated: Date?
    public var categories: [String]
    public var tags: [String]
    public var isDraft: Bool
    /// A standalone page (`Content/pages/about.md` → `/about/`): not listed
    /// with the posts, in the header menu when `menu` gives its place.
    public var isPage = false
    /// A page's place in the header menu, from front matter `menu`.
    public var menu: Int?
    /// False for a page written without a date (only pages may be).
    public var isDated = true
    /// The series (系列) the post belongs to, from front matter `series`.
    public var series: String?
    /// Its place in the series, from `series_order`; posts without one follow by date.
    public var seriesOrder: Int?
    /// False when front matter says `math: false`: the post's `$` are plain
    /// dollars and nothing is scanned for formulas.
    public var hasMathEnabled = true
    /// False when front matter says `search: false`: the search index leaves it out.
    public var isSearchable = true
    /// A Markdown excerpt given in front matter; it wins over the automatic one.
    public var excerpt: String?
    /// Front matter keys the generator does not use itself, for templates.
    public var params: [String: MetadataValue]
    /// The Markdown after the front matter.
    public var body: String
    /// The 1-based line of the file on which `body` starts.
    public var bodyLine: Int
    /// Where each front matter field's value stands in the file, for errors
    /// found after parsing (a duplicate id, say).
    var fieldLocations: [String: SourceLocation] = [:]
    /// Problems found while parsing that do not stop the build.
    var warnings: [BuildError] = []

    public init(
        path: String, id: String? = nil, slug: String, title: String, date: Date, updated: Date? = nil,
        categories: [String] = [], tags: [String] = [], isDraft: Bool = false, excerpt: String? = nil,
        params: [String: MetadataValue] = [:], body: String, bodyLine: Int = 1
    ) {
        self.path = path
        self.id = id
        self.slug = slug
        self.title = title
        self.date = date
        self.updated = updated
        self.categories = categories
        self.tags = tags
        self.isDraft = isDraft
        self.excerpt = excerpt
        self.params = params
        self.body = body
        self.bodyLine = bodyLine
    }

    /// The series as a list of names, for grouping like tags.
    var seriesNames: [String] { series.map { [$0] } ?? [] }

    /// What `{id}` in the post permalink becomes: the id, or the slug for
    /// posts without one.
    var permalinkID: String { id ?? slug }
}

/// A 1-based line and column in a file.
struct SourceLocation: Sendable, Hashable, Codable {
    var line: Int
    var column: Int
}
