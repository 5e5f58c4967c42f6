import Foundation

/// The build pipeline: parse → render → assemble → template. Per-post stages
/// and page templating run on all cores; assembly is one pass over values.
///
/// Given the state a previous build left, it reuses posts whose source did not
/// change and templates only the pages a change can affect (`blog serve`).
struct SiteBuilder {
    let site: Site
    let options: BuildOptions

    func build() throws -> BuiltSite {
        try build(reusing: nil).site
    }

    /// - Parameter sink: when given, takes each finished file as soon as it
    ///   is made, after every check has passed; the files are then not kept,
    ///   so the site is never all in memory.
    func build(reusing previous: BuildState?, sink: (any OutputSink)? = nil) throws -> (site: BuiltSite, state: BuildState) {
        var config = site.config
        if let baseURL = options.baseURL {
            config.baseURL = baseURL
        }
        var errors = ErrorCollector()
        // Posts and templates are reused only under the same settings.
        let reusable = previous.flatMap { $0.model.config == config ? $0 : nil }
        let loadedTheme: Theme? =
            if let reusable, reusable.templates == site.sources.templates { reusable.theme } else { errors.attempt { try Theme(files: site.sources.templates) } }
        let texts = Dictionary(site.sources.posts.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        // The posts that parsed are rendered even when others did not, so one
        // run reports broken front matter and unknown labels alike.
        let (renderedPosts, linkTargets, timeSpan) = renderPosts(config: config, reusing: reusable, texts: texts, errors: &errors)
        let warnings = renderedPosts.flatMap(\.warnings)
        renderedPosts.flatMap(\.errors).forEach { errors.record($0) }
        if options.strict {
            warnings.forEach { errors.record($0.asError) }
        }
        // Under --strict the warnings are among the errors.
        let reported = options.strict ? [] : warnings
        try errors.throwIfAny(warnings: reported)
        let model = SiteModel(config: config, posts: renderedPosts, reusing: previous?.model)
        let pages = PagePlan.pages(for: model)
        var pageErrors = ErrorCollector()
        pageErrors.attempt { try checkUnique(pages, model: model) }
        pageErrors.attempt { try checkStaticFiles(against: pages, model: model) }
        pageErrors.attempt { try checkFileNames(pages, model: model) }
        let loaded = try pageErrors.values(loadedTheme, warnings: reported)
        let context = PageContext(model: model, pages: pages, now: options.includeFuture ? options.now : nil, reusing: previous?.context)
        let theme = loaded.renderingSiteWide(with: context.shared)
        var state = BuildState(
            model: model, texts: texts, theme: loaded, templates: site.sources.templates, linkTargets: linkTargets,
            future: Set(renderedPosts.filter { $0.post.date > options.now }.map(\.post.path)), context: context)
        let affected = previous.flatMap { $0.pagesAffected(by: state, pages: pages) }
        // Pages and static files in one list, so the writing of both shares the cores.
        let jobs = pages.map { Output.page($0) } + site.sources.staticFiles.map { Output.staticFile($0.outputFile) }
        try sink?.begin(paths: jobs.map(\.path))
        let made = jobs.concurrentMap { job -> Result<OutputFile?, Error> in
            let file: OutputFile
            switch job {
            case .staticFile(let staticFile):
                file = staticFile
            case .page(let page):
                if let affected, !affected.contains(page.path), let kept = previous?.outputs[page.path.outputFile] {
                    file = kept
                } else {
                    file = OutputFile(path: page.path.outputFile, contents: .data(Data(theme.render(context.view(for: page), template: page.template).utf8)))
                }
            }
            guard let sink else { return .success(file) }
            return Result { try sink.write(file) }.map { nil }
        }
        var kept: [OutputFile] = []
        for result in made {
            switch result {
            case .success(let file): file.map { kept.append($0) }
            case .failure(let error): errors.record(error)
            }
        }
        try errors.throwIfAny(warnings: reported)
        let built = BuiltSite(
            files: kept, postCount: renderedPosts.count, pageCount: pages.count { $0.path.outputFile.hasSuffix(".html") },
            fileCount: jobs.count, timeSpan: timeSpan, warnings: warnings)
        let pagePaths = Set(pages.map(\.path.outputFile))
        state.outputs = Dictionary(kept.filter { pagePaths.contains($0.path) }.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return (built, state)
    }

    /// Parses and renders the posts to publish, reusing what `reusable`
    /// holds for unchanged ones; what fails is recorded in `errors`. A function of its own so the parsed posts,
    /// with their Markdown, are freed once rendered.
    private func renderPosts(
        config: SiteConfig, reusing reusable: BuildState?, texts: [String: String], errors: inout ErrorCollector
    ) -> (posts: [RenderedPost], linkTargets: [String: URLPath], timeSpan: (since: Date?, until: Date?)) {
        let parser = PostParser(timeZone: config.timeZone)
        let parsed = site.sources.posts.concurrentMap { file -> Result<Post, Error> in
            if let cached = reusable?.posts[file.path], cached.text == file.text { return .success(cached.rendered.post) }
            return Result { try parser.parse(file) }
        }
        var posts: [Post] = []
        for result in parsed {
            switch result {
            case .success(let post): posts.append(post)
            case .failure(let error): errors.record(error)
            }
        }
        let dates = posts.map(\.date)
        let timeSpan = (since: dates.filter { $0 <= options.now }.max(), until: dates.filter { $0 > options.now }.min())
        posts = posts.filter { (options.includeDrafts || !$0.isDraft) && (options.includeFuture || $0.date <= options.now) }
        let links = SiteLinks(config: config)
        let cached = posts.map { post in reusable?.posts[post.path].flatMap { $0.text == texts[post.path] ? $0.rendered : nil } }
        let urls = zip(posts, cached).map { post, cached in cached?.path ?? links.post(post) }
        errors.attempt { try checkUnique(posts, urls: urls) }

        var linkTargets: [String: URLPath] = [:]
        for file in site.sources.staticFiles {
            linkTargets[file.sourcePath] = URLPath(file.outputFile.path)
        }
        for (post, url) in zip(posts, urls) {
            linkTargets[post.path] = url
        }
        // A post renders its relative links to other posts and files through
        // these: when any of them moved, came or went, no render is reused.
        let reusableRenders = reusable?.linkTargets == linkTargets
        let renderer = PostRenderer(links: links, linkTargets: linkTargets, restorer: MathRestorer(settings: config.math))
        let renderedPosts = Array(zip(posts.indices, zip(posts, urls))).concurrentMap { index, item -> RenderedPost in
            let (post, url) = item
            guard cached[index] != nil else { return renderer.render(post, at: url) }
            if reusableRenders, let render = cached[index] { return render }
            // Taken from the previous build, where its body became `html`:
            // the same text parsed again has it back.
            let whole = texts[post.path].flatMap { try? parser.parse(SourceFile(path: post.path, text: $0)) } ?? post
            return renderer.render(whole, at: url)
        }
        return (renderedPosts, linkTargets, timeSpan)
    }

    private enum Output: Sendable {
        case page(Page)
        case staticFile(OutputFile)

        var path: String {
            switch self {
            case .page(let page): page.path.outputFile
            case .staticFile(let file): file.path
            }
        }
    }

    /// Every page's file must have a name the output can hold: a tag of 90
    /// Chinese characters is 270 bytes, too long for a file name. Reported
    /// at the front matter that gives the name, before anything is written.
    private func checkFileNames(_ pages: [Page], model: SiteModel) throws {
        var errors = ErrorCollector()
        var reportedSettings = false
        for page in pages {
            guard let problem = FileName.problem(withPath: page.path.outputFile) else { continue }
            let message = "the URL \(page.path.value) cannot be a file: \(problem)"
            switch page.kind {
            case .post(let index):
                let post = model.posts[index].post
                errors.record(Self.located(post, field: post.id == nil ? "slug" : "id", message, hint: "give the post a shorter id or slug"))
            case .termListing(let listing) where listing.number == 1:
                // Reported at the newest post that names the term.
                let post = model.posts[listing.posts[0]].post
                let isTag = post.tags.contains { model.links.tag($0) == listing.pages[0] }
                errors.record(
                    Self.located(
                        post, field: isTag ? "tags" : "categories", message,
                        hint: isTag ? "shorten the tag" : "shorten the category, or give it a short URL name under category_slugs in blog.yml"))
            case .termListing:
                continue
            default:
                guard !reportedSettings else { continue }
                reportedSettings = true
                errors.record(BuildError(path: SiteLoader.configFile, message: message, hint: "change the permalinks in blog.yml"))
            }
        }
        try errors.throwIfAny()
    }

    private static func located(_ post: Post, field: String, _ message: String, hint: String) -> BuildError {
        let location = post.fieldLocations[field]
        return BuildError(path: post.path, line: location?.line ?? 1, column: location?.column ?? 1, message: message, hint: hint)
    }

    /// No two pages may share a URL, e.g. a post with id 2020 and the year
    /// page of 2020: the later would silently overwrite the other.
    private func checkUnique(_ pages: [Page], model: SiteModel) throws {
        var errors = ErrorCollector()
        var byPath: [URLPath: Page] = [:]
        for page in pages {
            guard let first = byPath[page.path] else {
                byPath[page.path] = page
                continue
            }
            let (post, other) = if case .post = page.kind { (page, first) } else { (first, page) }
            let message = "URL \(page.path.value) is also the URL of \(other.label(in: model))"
            if case .post(let index) = post.kind {
                let source = model.posts[index].post
                let location = source.fieldLocations["id"] ?? source.fieldLocations["slug"]
                errors.record(
                    BuildError(
                        path: source.path, line: location?.line ?? 1, column: location?.column ?? 1, message: message,
                        hint: "give the post another id or slug, or change the permalinks in blog.yml"))
            } else {
                errors.record(BuildError(path: SiteLoader.configFile, message: message, hint: "change the permalinks in blog.yml"))
            }
        }
        try errors.throwIfAny()
    }

    /// A static file may stand neither where a page goes (`Content/index.html`)
    /// nor where any output's folder goes (`Content/archives/1` beside the
    /// page archives/1/index.html), and two may not share a path: which one
    /// ended up in the output would depend on timing.
    private func checkStaticFiles(against pages: [Page], model: SiteModel) throws {
        var errors = ErrorCollector()
        let pageFiles = Dictionary(pages.map { ($0.path.outputFile, $0) }, uniquingKeysWith: { first, _ in first })
        var staticFiles: [String: StaticFile] = [:]
        for file in site.sources.staticFiles {
            if let page = pageFiles[file.outputFile.path] {
                errors.record(
                    BuildError(
                        path: file.sourcePath, message: "this file would overwrite \(page.label(in: model)) at \(file.outputFile.path)",
                        hint: "rename or move the file"))
            } else if let first = staticFiles[file.outputFile.path] {
                errors.record(
                    BuildError(
                        path: file.sourcePath, message: "this file and \(first.sourcePath) would both be \(file.outputFile.path)",
                        hint: "rename or move one of them"))
            }
            staticFiles[file.outputFile.path] = staticFiles[file.outputFile.path] ?? file
        }
        let owners = pageFiles.mapValues { $0.label(in: model) }.merging(staticFiles.mapValues(\.sourcePath)) { page, _ in page }
        for (path, owner) in owners.sorted(by: { $0.key < $1.key }) {
            let components = path.split(separator: "/")
            for count in components.indices.dropFirst() {
                let folder = components[..<count].joined(separator: "/")
                if let file = staticFiles[folder] {
                    errors.record(
                        BuildError(path: file.sourcePath, message: "this file stands where the folder of \(owner) (\(path)) goes", hint: "rename or move the file"))
                } else if let page = pageFiles[folder] {
                    errors.record(
                        BuildError(
                            path: SiteLoader.configFile, message: "\(page.label(in: model)) (\(folder)) stands where the folder of \(owner) (\(path)) goes",
                            hint: "change the permalinks in blog.yml"))
                }
            }
        }
        try errors.throwIfAny()
    }

    /// Two posts may share neither an id nor a URL: one would overwrite the other.
    private func checkUnique(_ posts: [Post], urls: [URLPath]) throws {
        var errors = ErrorCollector()
        var byID: [String: Post] = [:]
        var byURL: [URLPath: Post] = [:]
        for (post, url) in zip(posts, urls).sorted(by: { $0.0.path < $1.0.path }) {
            let location = post.fieldLocations["id"]
            if let id = post.id {
                if let first = byID[id] {
                    errors.record(
                        BuildError(
                            path: post.path, line: location?.line ?? 1, column: location?.column ?? 1,
                            message: "id \(id) is also used by \(first.path)", hint: "give each post its own id"))
                    continue
                }
                byID[id] = post
            }
            if let first = byURL[url] {
                errors.record(
                    BuildError(
                        path: post.path, line: location?.line ?? 1, column: location?.column ?? 1,
                        message: "URL \(url.value) is also the URL of \(first.path)",
                        hint: "give one of them another id or slug"))
            }
            byURL[url] = post
        }
        try errors.throwIfAny()
    }
}
