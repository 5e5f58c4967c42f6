/// A post after rendering: its HTML, its excerpt and where it lives.
///
/// A class, immutable: pages, the site model and the build state all hold
/// the same post, and copying a struct of this many fields costs more than
/// anything done with it.
final class RenderedPost: Sendable, Codable {
    /// The post as parsed, but for its `body`, which is empty: it is `html` now.
    let post: Post
    let path: URLPath
    let html: String
    let excerpt: Excerpt
    /// The excerpt as plain text, formulas as their TeX (a page's description).
    let excerptText: String
    let headings: [Heading]
    /// What the search index holds of it (made with the render, so that
    /// `blog serve` makes it again only for the posts that changed); nil
    /// when search is off or its front matter says `search: false`.
    let searchEntry: SearchEntry?
    /// The queries it links to as `/search/<query>/` (`SearchLinks`).
    let searchQueries: Set<String>
    /// How long it is to read, formulas left out.
    let reading: ReadingStats
    /// Whether the body has a formula MathJax must typeset (the page then loads it).
    let needsMathJax: Bool
    /// The same for the excerpt, on listing pages.
    let excerptNeedsMathJax: Bool
    /// The images its figures were measured from, by path, with the stamp of
    /// the version measured.
    let measuredImages: [String: String?]
    /// Problems found while rendering that do not stop the build.
    let warnings: [BuildError]
    /// Problems that fail the build (an unknown equation label).
    let errors: [BuildError]

    init(
        post: Post, path: URLPath, html: String, excerpt: Excerpt, excerptText: String, headings: [Heading], searchEntry: SearchEntry?, searchQueries: Set<String>, reading: ReadingStats,
        needsMathJax: Bool,
        excerptNeedsMathJax: Bool, measuredImages: [String: String?], warnings: [BuildError], errors: [BuildError]
    ) {
        self.post = post
        self.path = path
        self.html = html
        self.excerpt = excerpt
        self.excerptText = excerptText
        self.headings = headings
        self.searchEntry = searchEntry
        self.searchQueries = searchQueries
        self.reading = reading
        self.needsMathJax = needsMathJax
        self.excerptNeedsMathJax = excerptNeedsMathJax
        self.measuredImages = measuredImages
        self.warnings = warnings
        self.errors = errors
    }
}
