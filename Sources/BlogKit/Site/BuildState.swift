import Foundation

/// What a build leaves for the next one to reuse: parsed and rendered posts
/// by their source text, and the pages it wrote.
struct BuildState: Sendable {
    struct CachedPost: Sendable {
        var text: String
        var post: Post
        var rendered: RenderedPost
    }

    /// What listing and other pages show of a post, besides its excerpt: if
    /// none of it changes, an edit touches only the pages that show the post.
    struct Identity: Hashable, Sendable {
        var url: URLPath
        var title: String
        var date: Date
        var updated: Date?
        var categories: [String]
        var tags: [String]
        var isDraft: Bool
    }

    var posts: [String: CachedPost] = [:]
    var identities: [String: Identity] = [:]
    var outputs: [String: OutputFile] = [:]

    init(posts rendered: [RenderedPost], texts: [String: String]) {
        for item in rendered {
            let post = item.post
            posts[post.path] = CachedPost(text: texts[post.path] ?? "", post: post, rendered: item)
            identities[post.path] = Identity(
                url: item.path, title: post.title, date: post.date, updated: post.updated, categories: post.categories,
                tags: post.tags, isDraft: post.isDraft)
        }
    }

    /// The pages `next` must template again, or nil for all of them: when the
    /// set of posts or what pages show of one changed, every page may differ
    /// (the sidebar lists recent posts on all of them).
    func pagesAffected(by next: BuildState, in model: SiteModel, pages: [Page]) -> Set<URLPath>? {
        guard identities == next.identities else { return nil }
        let changed = Set(next.posts.compactMap { path, post in posts[path]?.text == post.text ? nil : path })
        guard !changed.isEmpty else { return [] }
        let changedIndexes = Set(model.posts.indices.filter { changed.contains(model.posts[$0].post.path) })
        var affected: Set<URLPath> = []
        for page in pages {
            switch page.kind {
            case .post(let index) where changedIndexes.contains(index):
                affected.insert(page.path)
            case .dateListing(let listing), .termListing(let listing):
                if listing.posts.contains(where: changedIndexes.contains) { affected.insert(page.path) }
            case .feed:
                if changedIndexes.contains(where: { $0 < model.config.feedSize }) { affected.insert(page.path) }
            default:
                break
            }
        }
        return affected
    }
}
