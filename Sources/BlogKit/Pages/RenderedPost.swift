/// A post after rendering: its HTML, its excerpt and where it lives.
struct RenderedPost: Sendable {
    var post: Post
    var path: URLPath
    var html: String
    var excerpt: Excerpt
    var headings: [Heading]
    /// Whether the body holds a formula (the page then loads MathJax).
    var hasMath: Bool
    /// Whether the excerpt holds a formula (listing pages showing it load MathJax).
    var excerptHasMath: Bool
    /// Problems found while rendering that do not stop the build.
    var warnings: [BuildError]
}
