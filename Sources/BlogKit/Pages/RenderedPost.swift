/// A post after rendering: its HTML, its excerpt and where it lives.
struct RenderedPost: Sendable {
    var post: Post
    var path: URLPath
    var html: String
    var excerpt: Excerpt
    var headings: [Heading]
}
