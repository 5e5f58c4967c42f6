/// What one build keeps for the next (`blog serve`): each stage's output
/// with the inputs it was made from. A stage's work is reused exactly when
/// its inputs are equal — a post is rendered again only when its text, its
/// URL, the link table or the settings changed; a page is templated again
/// only when its view or its templates changed — so nothing anywhere lists
/// what an edit affects. Every decision to reuse is made in this file.
/// `blog build` keeps less, on disk: `StoredMemos`.
struct BuildMemos: Sendable {
    /// A post as parsed from `text`, and its URL.
    struct Parsed: Sendable {
        var text: String
        var post: Post
        var url: URLPath
    }

    /// A post rendered from `text` at `url`.
    struct Rendered: Sendable {
        var text: String
        var url: URLPath
        var post: RenderedPost
    }

    /// A page's file, templated from `view`. A class, immutable: it is
    /// passed along for every page of every rebuild.
    final class Templated: Sendable {
        let view: PageView
        let file: OutputFile

        init(view: PageView, file: OutputFile) {
            self.view = view
            self.file = file
        }
    }

    /// The settings everything below was made under, and the link table the
    /// renders resolved relative links with.
    var settings: SiteConfig
    var linkTargets: [String: URLPath]
    /// The template files and the theme parsed from them.
    var templates: [SourceFile]
    var theme: Theme
    /// By source path.
    var parsed: [String: Parsed]
    var rendered: [String: Rendered]
    /// The posts' groupings, and what of each post they were made of.
    var groupingKeys: [SiteModel.GroupingKey]
    var groupings: SiteModel.Groupings
    /// The views made of each post (summaries, feed entries), held by the
    /// context by rendered post.
    var context: PageContext
    /// By output path.
    var pages: [String: Templated]
    /// The search index and its files, their bytes deferred; nil with search off.
    var search: Search?

    /// The search index, and its files in `folder`.
    struct Search: Sendable {
        var index: SearchIndex
        var folder: URLPath
        var files: [OutputFile]
    }
}

extension BuildMemos {
    /// The theme, if made from the same template files.
    func theme(for files: [SourceFile]) -> Theme? {
        templates == files ? theme : nil
    }

    /// The posts parsed under `settings`: a post is read in its time zone,
    /// and its URL made by its permalinks.
    func parses(settings: SiteConfig) -> ParseLookup {
        ParseLookup(memos: settings == self.settings ? parsed : [:])
    }

    struct ParseLookup: Sendable {
        fileprivate let memos: [String: Parsed]

        /// The post parsed from `file` and its URL, if its text is the same.
        func post(parsing file: SourceFile) -> (post: Post, url: URLPath)? {
            guard let memo = memos[file.path], memo.text == file.text else { return nil }
            return (memo.post, memo.url)
        }
    }

    /// The renders made under `settings` and `linkTargets`: a post renders
    /// its relative links to other posts and files through the table, so
    /// when any of them moved, came or went, none is reused.
    /// Figures' images count too: a render holds while each image it
    /// measured has the same stamp.
    func renders(settings: SiteConfig, linkTargets: [String: URLPath], images: ImageSizes) -> RenderLookup {
        RenderLookup(memos: settings == self.settings && linkTargets == self.linkTargets ? rendered : [:], images: images)
    }

    struct RenderLookup: Sendable {
        fileprivate let memos: [String: Rendered]
        fileprivate let images: ImageSizes

        /// The render of the post at `path`, if made from the same text at the
        /// same URL, with the same images.
        func post(at path: String, text: String, url: URLPath) -> RenderedPost? {
            guard let memo = memos[path], memo.text == text, memo.url == url,
                memo.post.measuredImages.allSatisfy({ images.stamp(of: $0.key) == $0.value })
            else { return nil }
            return memo.post
        }
    }

    /// The groupings, if made of posts with the same keys in the same order,
    /// under the same settings.
    func groupings(of sorted: [RenderedPost], settings: SiteConfig) -> SiteModel.Groupings? {
        guard settings == self.settings, sorted.map(SiteModel.GroupingKey.init) == groupingKeys else { return nil }
        return groupings
    }

    /// The previous context, with, for each post of `model`, its index there
    /// if the views made of it still hold: the same settings and the same
    /// rendered post (one is made per render, so the same object is the
    /// same post). A post's listing row is kept only at the same moment
    /// (whether it is in the future), which the context checks.
    func views(for model: SiteModel) -> (context: PageContext, kept: [Int?])? {
        guard context.model.config == model.config else { return nil }
        let old = context.model.posts
        let indexes = Dictionary(old.indices.map { (ObjectIdentifier(old[$0]), $0) }, uniquingKeysWith: { first, _ in first })
        return (context, model.posts.map { indexes[ObjectIdentifier($0)] })
    }

    /// The search index's files, if made of an equal index (the same
    /// entries, in the same order) in the same folder. Kept as they were,
    /// so their bytes are not made again and they compare as unchanged.
    /// Cheap to ask: an entry's terms unchanged are the same arrays.
    func searchFiles(for index: SearchIndex, in folder: URLPath) -> [OutputFile]? {
        guard let search, search.folder == folder, search.index == index else { return nil }
        return search.files
    }

    /// The page files templated with `theme`'s templates as they are now.
    func pages(for theme: Theme) -> PageLookup {
        PageLookup(memos: pages, unchangedTemplates: self.theme.templatesReadingTheSame(in: theme))
    }

    struct PageLookup: Sendable {
        fileprivate let memos: [String: Templated]
        fileprivate let unchangedTemplates: Set<String>

        /// What `page` was made from last time and its file, if its view is
        /// equal and its template, with every partial and parent it reaches,
        /// reads the same. Kept as it was, so the next memos share it with
        /// these: the new, equal view is dropped where it was made.
        func templated(_ page: Page, view: PageView) -> Templated? {
            guard unchangedTemplates.contains(page.template), let memo = memos[page.file], memo.view == view else { return nil }
            return memo
        }
    }
}

extension StoredMemos {
    /// The posts as their renders hold them: parsed from the same text,
    /// under the same settings (the store's key), but without their bodies,
    /// which only rendering reads. Parsing every post's front matter again
    /// was a tenth of a build after one edit.
    func parses() -> BuildMemos.ParseLookup {
        BuildMemos.ParseLookup(memos: rendered.mapValues { BuildMemos.Parsed(text: $0.text, post: $0.post.post, url: $0.url) })
    }

    /// The renders made with `search` and `linkTargets`, as
    /// `BuildMemos.renders` decides for the memos in memory (the store's
    /// key covers the other settings).
    func renders(search: Bool, linkTargets: [String: URLPath], images: ImageSizes) -> BuildMemos.RenderLookup {
        BuildMemos.RenderLookup(memos: search == self.search && linkTargets == self.linkTargets ? rendered : [:], images: images)
    }

    /// The digests of the views of each post of `context` rendered by the
    /// last build (its render taken from these memos), made at the same
    /// moment: such views are made of the render and the settings alone, as
    /// `views(for:)` above relies on too.
    func viewDigests(in context: PageContext) -> [(box: AnyObject, digest: String)] {
        context.model.posts.indices.flatMap { index -> [(box: AnyObject, digest: String)] in
            let rendered = context.model.posts[index]
            let boxes = context.boxes(ofPost: index)
            guard let memo = self.rendered[rendered.post.path], memo.post === rendered,
                let digests = views[rendered.post.path], digests.isFuture == boxes.summary.value.isFuture
            else { return [] }
            return [(boxes.summary, digests.summary), (boxes.body, digests.body)]
        }
    }

    /// Whether the file at `path` may stay as the last build left it: it
    /// was made from what has the digest `digest` (a page's view and
    /// templates, the search index) and, as `keep` tells, it still has the
    /// stamp it was left with.
    func keepsFile(at path: String, digest: String, keep: (FileStamp) -> Bool) -> Bool {
        guard digests[path] == digest, let stamp = stamps[path] else { return false }
        return keep(stamp)
    }
}
