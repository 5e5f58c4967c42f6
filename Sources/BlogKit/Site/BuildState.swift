/// What a build leaves for the next one to reuse: parsed and rendered posts
/// by their source text, the site model, the parsed theme and the pages it
/// made.
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
    /// The views of this build's posts, for the next build's pages.
    var context: PageContext
    var pages = PageMemo()

    init(
        model: SiteModel, texts: [String: String], theme: Theme, templates: [SourceFile], linkTargets: [String: URLPath], context: PageContext
    ) {
        self.model = model
        self.context = context
        self.theme = theme
        self.templates = templates
        self.linkTargets = linkTargets
        for item in model.posts {
            posts[item.post.path] = CachedPost(text: texts[item.post.path] ?? "", rendered: item)
        }
    }
}
