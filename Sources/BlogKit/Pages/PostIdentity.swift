import Foundation

/// What pages other than its own show of a post, besides its excerpt: its
/// place in the site's order and groupings, and the title and URL links to it
/// carry. When no post's identity changed, the site's groupings still hold
/// and an edit touches only the pages that show the edited post.
struct PostIdentity: Hashable, Sendable {
    var sourcePath: String
    var url: URLPath
    var title: String
    var date: Date
    var updated: Date?
    var categories: [String]
    var tags: [String]
    var isDraft: Bool

    init(_ rendered: RenderedPost) {
        let post = rendered.post
        sourcePath = post.path
        url = rendered.path
        title = post.title
        date = post.date
        updated = post.updated
        categories = post.categories
        tags = post.tags
        isDraft = post.isDraft
    }
}
