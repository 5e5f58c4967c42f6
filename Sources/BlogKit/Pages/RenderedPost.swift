/// A post after rendering: its HTML, its excerpt and where it lives.
struct RenderedPost: Sendable {
    var post: Post
    var path: URLPath
    var html: String
    var excerpt: Excerpt
    var headings: [Heading]
    /// Whether the body has a formula MathJax must typeset (the page then loads it).
    var needsMathJax: Bool
    /// The same for the excerpt, on listing pages.
    var excerptNeedsMathJax: Bool
    /// Problems found while rendering that do not stop the build.
    var warnings: [BuildError]
    /// Problems that fail the build (an unknown equation label).
    var errors: [BuildError]
}
