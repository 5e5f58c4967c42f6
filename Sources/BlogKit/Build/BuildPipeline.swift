import Foundation

/// The build, stage by stage: load → parse → protect math → render → restore
/// → assemble → plan → check → view → template → emit. Each stage is a
/// function of values; the per-post stages and the templating run on all cores.
///
/// `blog serve` passes the memos the previous build returned; `blog build`
/// into a folder, those it stored on disk. Which work they spare is decided
/// in `BuildMemos.swift` alone.
struct BuildPipeline {
    let site: Site
    let options: BuildOptions

    struct Outcome {
        var site: BuiltSite
        /// What the next build may reuse; nil unless asked for.
        var memos: BuildMemos?
        /// What the next build into the same folder may reuse, but for the
        /// files' stamps (known once committed); nil unless asked for.
        var stored: StoredMemos?
    }

    /// - Parameters:
    ///   - memos: what the previous build returned.
    ///   - keepsMemos: whether to return this build's memos (which hold every
    ///     post parsed and rendered and every page's view).
    ///   - stored: what the last build into the folder `sink` stands for stored.
    ///   - storing: whether to return what to store for the next.
    ///   - sink: when given, takes each finished file as soon as it is made,
    ///     after every check has passed; the files are then not kept, so the
    ///     site is never all in memory.
    func run(
        memos: BuildMemos? = nil, keepsMemos: Bool = false, stored: StoredMemos? = nil, storing: Bool = false, sink: (any OutputSink)? = nil
    ) throws -> Outcome {
        var config = site.config
        if let baseURL = options.baseURL {
            config.baseURL = baseURL
        }
        var errors = ErrorCollector()
        // load (the sources are in `site`): the theme's templates parsed.
        let templates = site.sources.templates
        let theme = memos?.theme(for: templates) ?? errors.attempt { try Theme(files: templates) }
        // A theme made before there was search has no page to show results on.
        var themeWarnings: [BuildError] = []
        if config.search, let theme, !theme.has("search") {
            config.search = false
            themeWarnings.append(
                BuildError(
                    path: Theme.folder, severity: .warning, message: "the theme has no template 'search', so the site has no search page",
                    hint: "copy Templates/search.mustache from the default theme ('blog init' writes it) or set 'search: false' in blog.yml"))
        }
        // parse → protect math → render → restore. The posts that parsed are
        // rendered even when others did not, so one run reports broken front
        // matter and unknown labels alike.
        let posts = renderPosts(config: config, memos: memos, stored: stored, keepsMemos: keepsMemos, storing: storing, errors: &errors)
        let comments = readComments(of: posts.rendered, config: config, errors: &errors)
        let warnings = themeWarnings + posts.rendered.flatMap(\.warnings) + comments.warnings
        posts.rendered.flatMap(\.errors).forEach { errors.record($0) }
        if options.strict {
            warnings.forEach { errors.record($0.asError) }
        }
        // Under --strict the warnings are among the errors.
        let reported = options.strict ? [] : warnings
        try errors.throwIfAny(warnings: reported)
        // assemble → plan → check
        let model = SiteModel(config: config, posts: posts.rendered, comments: comments.byPost) { memos?.groupings(of: $0, settings: config) }
        let pages = PagePlan.pages(for: model)
        errors.attempt { try OutputChecks.checkUnique(pages, model: model) }
        errors.attempt { try OutputChecks.checkStaticFiles(site.sources.staticFiles, against: pages, model: model) }
        errors.attempt { try OutputChecks.checkFileNames(pages, model: model) }
        if let theme, let page = model.pages.first, !theme.has("page") {
            errors.record(
                BuildError(
                    path: page.post.path, message: "this page needs the template 'page', which the theme does not have",
                    hint: "add Templates/page.mustache, or copy it from the default theme that 'blog init' writes"))
        }
        let loaded = try errors.values(theme, warnings: reported)
        // view → template → emit
        let context = PageContext(model: model, pages: pages, now: options.includeFuture ? options.now : nil, reusing: memos?.views(for: model))
        let search = config.search ? searchIndex(of: model, memos: memos, deferred: keepsMemos || storing) : nil
        // The search index's files are kept, unmade, while the index has the same digest.
        let searchDigest = storing ? search?.index.digest : nil
        let made = site.sources.staticFiles.map { (file: $0.outputFile, digest: String?.none) } + (search?.files ?? []).map { ($0, searchDigest) }
        let emitted = try emit(
            pages, files: made, context: context, theme: loaded, memos: memos?.pages(for: loaded), keepsViews: keepsMemos, stored: stored,
            digesting: storing, sink: sink, errors: &errors)
        try errors.throwIfAny(warnings: reported)
        let built = BuiltSite(
            files: emitted.files, postCount: model.posts.count, pageCount: pages.count(where: \.isHTML),
            fileCount: pages.count + made.count, renderedCount: posts.renderedCount, templatedCount: emitted.templatedCount, timeSpan: posts.timeSpan,
            warnings: warnings)
        let toStore =
            storing
            ? StoredMemos(
                search: config.search, linkTargets: posts.linkTargets, rendered: posts.renderedMemos, digests: emitted.digests, views: emitted.views)
            : nil
        guard keepsMemos else { return Outcome(site: built, stored: toStore) }
        let next = BuildMemos(
            settings: config, linkTargets: posts.linkTargets, templates: templates, theme: loaded, parsed: posts.parsedMemos,
            rendered: posts.renderedMemos, groupingKeys: model.posts.map(SiteModel.GroupingKey.init), groupings: model.groupings, context: context,
            pages: emitted.pageMemos, search: search)
        return Outcome(site: built, memos: next, stored: toStore)
    }
}

extension BuildPipeline {
    /// The search index of `model` and its files: those of the memos if
    /// the index is the same, else made (with `deferred`, when first read).
    private func searchIndex(of model: SiteModel, memos: BuildMemos?, deferred: Bool) -> BuildMemos.Search {
        let index = SearchIndex(entries: model.searchEntries)
        let folder = model.links.searchIndex
        let files = memos?.searchFiles(for: index, in: folder) ?? index.files(in: folder, deferred: deferred)
        return BuildMemos.Search(index: index, folder: folder, files: files)
    }

    private struct RenderedPosts {
        var rendered: [RenderedPost]
        /// How many were rendered, not reused.
        var renderedCount: Int
        /// What relative links in posts resolved to.
        var linkTargets: [String: URLPath]
        var timeSpan: (since: Date?, until: Date?)
        var parsedMemos: [String: BuildMemos.Parsed]
        var renderedMemos: [String: BuildMemos.Rendered]
    }

    /// Parses every post and renders those to publish; what fails is
    /// recorded in `errors`. A function of its own so that, without memos,
    /// the parsed posts and their Markdown are freed once rendered.
    private func renderPosts(
        config: SiteConfig, memos: BuildMemos?, stored: StoredMemos?, keepsMemos: Bool, storing: Bool, errors: inout ErrorCollector
    ) -> RenderedPosts {
        let parser = PostParser(timeZone: config.timeZone)
        let links = SiteLinks(config: config)
        let files = site.sources.posts
        let parses = memos?.parses(settings: config)
        let bodiless = stored?.parses()
        let results = files.concurrentMap { file -> Result<(post: Post, url: URLPath, hasBody: Bool), Error> in
            if let parsed = parses?.post(parsing: file) { return .success((parsed.post, parsed.url, true)) }
            if let parsed = bodiless?.post(parsing: file) { return .success((parsed.post, parsed.url, false)) }
            return Result { try parser.parse(file) }.map { ($0, links.url(of: $0), true) }
        }
        var posts: [Post] = []
        var sources: [SourceFile] = []
        var hasBody: [Bool] = []
        var allURLs: [URLPath] = []
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let parsed):
                posts.append(parsed.post)
                sources.append(file)
                hasBody.append(parsed.hasBody)
                allURLs.append(parsed.url)
            case .failure(let error): errors.record(error)
            }
        }
        let dates = posts.map(\.date)
        let timeSpan = (since: dates.filter { $0 <= options.now }.max(), until: dates.filter { $0 > options.now }.min())
        let shown = posts.indices.filter { (options.includeDrafts || !posts[$0].isDraft) && (options.includeFuture || posts[$0].date <= options.now) }
        let published = shown.map { posts[$0] }
        let urls = shown.map { allURLs[$0] }
        errors.attempt { try OutputChecks.checkUnique(published, urls: urls) }

        var linkTargets: [String: URLPath] = [:]
        for file in site.sources.staticFiles {
            linkTargets[file.sourcePath] = URLPath(file.outputFile.path)
        }
        for (post, url) in zip(published, urls) {
            linkTargets[post.path] = url
        }
        let images = ImageSizes(staticFiles: site.sources.staticFiles)
        let renders =
            memos?.renders(settings: config, linkTargets: linkTargets, images: images)
            ?? stored?.renders(search: config.search, linkTargets: linkTargets, images: images)
        let renderer = PostRenderer(
            links: links, linkTargets: linkTargets, markdown: MarkdownRenderer(highlightsCode: config.highlightsCode),
            restorer: MathRestorer(settings: config.math), images: images, indexesSearch: config.search)
        let progress = options.progress.map { ProgressCounter(.rendering, total: shown.count, report: $0) }
        let made = Array(zip(shown, urls)).concurrentMap { index, url -> (post: RenderedPost, isNew: Bool) in
            defer { progress?.step() }
            if let kept = renders?.post(at: posts[index].path, text: sources[index].text, url: url) { return (kept, false) }
            // A post taken from a stored render has no body: it is parsed again (its text parsed before).
            let post = hasBody[index] ? posts[index] : (try? parser.parse(sources[index])) ?? posts[index]
            return (renderer.render(post, at: url), true)
        }
        let rendered = made.map(\.post)
        let parsedMemos =
            keepsMemos
            ? Dictionary(
                posts.indices.map { (posts[$0].path, BuildMemos.Parsed(text: sources[$0].text, post: posts[$0], url: allURLs[$0])) },
                uniquingKeysWith: { first, _ in first }) : [:]
        let renderedMemos =
            keepsMemos || storing
            ? Dictionary(
                zip(shown, zip(urls, rendered)).map { index, made in (posts[index].path, BuildMemos.Rendered(text: sources[index].text, url: made.0, post: made.1)) },
                uniquingKeysWith: { first, _ in first }) : [:]
        return RenderedPosts(
            rendered: rendered, renderedCount: made.count(where: \.isNew), linkTargets: linkTargets, timeSpan: timeSpan, parsedMemos: parsedMemos,
            renderedMemos: renderedMemos)
    }

    /// Each post's comments, by its id; a file for no post is a warning.
    private func readComments(
        of posts: [RenderedPost], config: SiteConfig, errors: inout ErrorCollector
    ) -> (byPost: [String: [Comment]], warnings: [BuildError]) {
        let parser = CommentsParser(timeZone: config.timeZone)
        let ids = Set(posts.compactMap(\.post.id))
        var byPost: [String: [Comment]] = [:]
        var warnings: [BuildError] = []
        for file in site.sources.comments {
            let id = CommentsParser.postID(of: file.path)
            guard ids.contains(id) else {
                warnings.append(
                    BuildError(
                        path: file.path, line: 1, column: 1, severity: .warning, message: "no post has the id \(id), so these comments are not shown",
                        hint: "name the file after the id of its post"))
                continue
            }
            if let comments = errors.attempt({ try parser.parse(file) }) { byPost[id] = comments }
        }
        return (byPost, warnings)
    }

    private struct Emitted {
        /// The files not given to a sink.
        var files: [OutputFile]
        /// The pages among them with their views, by output path.
        var pageMemos: [String: BuildMemos.Templated]
        /// Each page's `PageDigest`, by output path, when asked for.
        var digests: [String: String]
        /// The digests of the views of each post, by source path, when asked for.
        var views: [String: StoredMemos.ViewDigests] = [:]
        /// How many HTML pages were templated, not kept.
        var templatedCount = 0
    }

    /// What became of one file.
    private struct Made {
        /// Nil when given to the sink or kept.
        var file: OutputFile?
        var memo: BuildMemos.Templated?
        var digest: String?
        var isTemplated = false
    }

    /// Makes each page's view and templates it, unless `memos` hold its file
    /// or, as `stored` tells, the output folder still holds it as made from
    /// the same digest; gives pages and `files` (static files, the search
    /// index) to `sink` as they are made: one list, so the writing of both
    /// shares the cores.
    private func emit(
        _ pages: [Page], files: [(file: OutputFile, digest: String?)], context: PageContext, theme: Theme, memos: BuildMemos.PageLookup?,
        keepsViews: Bool, stored: StoredMemos?, digesting: Bool, sink: (any OutputSink)?, errors: inout ErrorCollector
    ) throws -> Emitted {
        let siteWide = theme.renderingSiteWide(with: context.shared.value)
        let digester = digesting ? PageDigest(theme: theme, shared: context.shared.value, known: stored?.viewDigests(in: context) ?? []) : nil
        let jobs = pages.map { Output.page($0) } + files.map { Output.file($0.file, digest: $0.digest) }
        try sink?.begin(paths: jobs.map(\.path))
        let progress = options.progress.map { ProgressCounter(.writing, total: jobs.count, report: $0) }
        let made = jobs.concurrentMap { job -> Result<Made, Error> in
            defer { progress?.step() }
            // Whether the output still holds the file at `path` as made from `digest`.
            func isKept(_ path: String, digest: String?) -> Bool {
                guard let digest, let sink, let stored else { return false }
                return stored.keepsFile(at: path, digest: digest) { sink.keep(path, stamp: $0) }
            }
            // A file given to the sink is not kept, nor its view.
            func deliver(_ file: OutputFile, _ made: Made) -> Result<Made, Error> {
                guard let sink else { return .success(Made(file: file, memo: made.memo, digest: made.digest, isTemplated: made.isTemplated)) }
                return Result { try sink.write(file) }.map { Made(digest: made.digest, isTemplated: made.isTemplated) }
            }
            switch job {
            case .file(let file, let digest):
                return isKept(file.path, digest: digest) ? .success(Made(digest: digest)) : deliver(file, Made(digest: digest))
            case .page(let page):
                let view = context.view(for: page)
                if let kept = memos?.templated(page, view: view) {
                    return deliver(kept.file, Made(memo: kept))
                }
                let digest = digester?.digest(of: view, template: page.template)
                if isKept(page.file, digest: digest) {
                    return .success(Made(digest: digest))
                }
                let file = OutputFile(path: page.file, contents: .data(Data(siteWide.render(view, template: page.template).utf8)))
                return deliver(file, Made(memo: keepsViews ? BuildMemos.Templated(view: view, file: file) : nil, digest: digest, isTemplated: true))
            }
        }
        var emitted = Emitted(files: [], pageMemos: [:], digests: [:])
        emitted.files.reserveCapacity(jobs.count)
        emitted.pageMemos.reserveCapacity(keepsViews ? pages.count : 0)
        emitted.digests.reserveCapacity(digesting ? pages.count : 0)
        for (job, result) in zip(jobs, made) {
            switch result {
            case .success(let made):
                if let file = made.file { emitted.files.append(file) }
                if let memo = made.memo { emitted.pageMemos[job.path] = memo }
                if let digest = made.digest { emitted.digests[job.path] = digest }
                if made.isTemplated, case .page(let page) = job, page.isHTML { emitted.templatedCount += 1 }
            case .failure(let error): errors.record(error)
            }
        }
        if let digester {
            for (index, rendered) in context.model.posts.enumerated() {
                let boxes = context.boxes(ofPost: index)
                if let summary = digester.known(boxes.summary), let body = digester.known(boxes.body) {
                    emitted.views[rendered.post.path] = StoredMemos.ViewDigests(isFuture: boxes.summary.value.isFuture, summary: summary, body: body)
                }
            }
        }
        return emitted
    }

    private enum Output: Sendable {
        case page(Page)
        /// A static file or one of the search index's, with the digest of
        /// what it was made from if it has one.
        case file(OutputFile, digest: String?)

        var path: String {
            switch self {
            case .page(let page): page.file
            case .file(let file, _): file.path
            }
        }
    }
}
