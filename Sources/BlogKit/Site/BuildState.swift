import Foundation

/// What a build leaves for the next one to reuse: parsed and rendered posts
/// by their source text, the site model, the parsed theme and the pages it
/// wrote.
struct BuildState: Sendable {
    struct CachedPost: Sendable {
        var text: String
        var rendered: RenderedPost
    }

    var posts: [String: CachedPost] = [:]
    var model: SiteModel
    var theme: Theme
    /// The files `theme` was made from.
    var templates: [SourceFile]
    /// What relative links in posts resolved to.
    var linkTargets: [String: URLPath]
    /// The posts dated after the build's moment: marked as not yet
    /// published, on every page that lists them.
    var future: Set<String>
    var outputs: [String: OutputFile] = [:]
    /// The views of this build's posts, for the next build's pages.
    var context: PageContext

    init(
        model: SiteModel, texts: [String: String], theme: Theme, templates: [SourceFile], linkTargets: [String: URLPath], future: Set<String>,
        context: PageContext
    ) {
        self.model = model
        self.context = context
        self.theme = theme
        self.templates = templates
        self.linkTargets = linkTargets
        self.future = future
        for item in model.posts {
            posts[item.post.path] = CachedPost(text: texts[item.post.path] ?? "", rendered: item)
        }
    }

    /// The pages `next` must template again, or nil for all of them: when the
    /// set of posts or what pages show of one changed, every page may differ
    /// (the sidebar lists recent posts on all of them). Otherwise they are the
    /// pages showing an edited post and the pages whose template, or a
    /// partial or parent of it, changed.
    func pagesAffected(by next: BuildState, pages: [Page]) -> Set<URLPath>? {
        let model = next.model
        guard self.model.config == model.config, self.model.identities == model.identities, future == next.future else { return nil }
        let changed = Set(next.posts.compactMap { path, post in posts[path]?.text == post.text ? nil : path })
        let editedTemplates = Set(templates.map(\.path)).symmetricDifference(next.templates.map(\.path))
            .union(Set(templates).subtracting(next.templates).map(\.path))
        let changedTemplates = next.theme.templates(using: Set(editedTemplates.map(Theme.templateName)))
        guard !changed.isEmpty || !changedTemplates.isEmpty else { return [] }
        let changedIndexes = Set(model.posts.indices.filter { changed.contains(model.posts[$0].post.path) })
        var affected: Set<URLPath> = []
        for page in pages {
            if changedTemplates.contains(page.template) {
                affected.insert(page.path)
                continue
            }
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
