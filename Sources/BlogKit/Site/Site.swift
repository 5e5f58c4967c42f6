import Foundation

/// A blog: its settings and sources. The entry point for building.
///
/// ```swift
/// let site = try Site.load(from: URL(fileURLWithPath: "my-blog"))
/// let built = try site.build(BuildOptions(includeDrafts: true))
/// try built.write(to: site.root!.appendingPathComponent("public"), siteRoot: site.root!)
/// ```
///
/// Every step throws `BuildFailure` listing every problem found, each with
/// its file, line and column.
public struct Site: Sendable {
    /// The folder the site was loaded from, on disk or in its file system;
    /// nil for a site made from sources alone.
    public let root: URL?
    public let config: SiteConfig
    public let sources: SiteSources
    /// Where `root` is: the build cache is kept only beside sources on disk.
    private let fileSystem: any SiteFileSystem

    /// Loads `blog.yml`, the posts, the templates and the static files of the
    /// site folder at `root`, on disk or in `fileSystem`.
    public static func load(from root: URL, in fileSystem: any SiteFileSystem = DiskFileSystem()) throws -> Site {
        try Site(sources: SiteLoader(root: root, fileSystem: fileSystem).load(), root: root, in: fileSystem)
    }

    /// A site from sources already in memory; `config` replaces the
    /// settings its `blog.yml` would give.
    public init(sources: SiteSources, root: URL? = nil, in fileSystem: any SiteFileSystem = DiskFileSystem(), config: SiteConfig? = nil) throws {
        self.root = root
        self.sources = sources
        self.fileSystem = fileSystem
        self.config = try config ?? sources.config.map { try SiteConfig.parse($0.text, path: $0.path) } ?? SiteConfig()
    }

    /// Builds every page in memory.
    public func build(_ options: BuildOptions = BuildOptions()) throws -> BuiltSite {
        try BuildPipeline(site: self, options: options).run().site
    }

    /// Builds the site into the folder `output`, writing only files whose
    /// bytes changed and removing those of the last build no longer built.
    /// Only files `blog` wrote there are ever replaced or removed; a folder
    /// holding other files and no record of a build is refused. Nothing
    /// changes unless the build succeeds: files are staged as they are made
    /// (the whole site is never in memory at once) and renamed into place
    /// at the end in one short burst. When nothing changed since the last
    /// build into `output` (see `BuildCache`), nothing is built.
    @discardableResult
    public func build(to output: URL, options: BuildOptions = BuildOptions()) throws -> BuildSummary {
        let writer = OutputWriter(output: output, siteRoot: root ?? output.deletingLastPathComponent())
        try writer.validate()
        // A site given settings other than its blog.yml's (an embedding tool's)
        // is not cached: the key covers blog.yml's text.
        let ownSettings = (sources.config.map { try? SiteConfig.parse($0.text, path: $0.path) } ?? SiteConfig()) == config
        // The record lives in the site's folder: one in memory has none.
        let cache = ownSettings && fileSystem is DiskFileSystem ? root.flatMap(BuildCache.init(siteRoot:)) : nil
        let key = BuildCache.key(sources: sources, options: options, output: writer.output)
        if let summary = cache?.upToDate(key: key, output: writer.output, now: options.now) {
            return summary
        }
        // What the last build into `output` kept, to render and template only what changed.
        let store = cache == nil ? nil : root.flatMap { root in
            StoredMemos.Store(siteRoot: root) { BuildCache.combineSettings(of: sources, options: options, output: writer.output, into: &$0) }
        }
        let stored = store?.load(posts: sources.posts)
        let transaction = try writer.begin()
        let (summary, commit, timeSpan, toStore) = try build(into: transaction, options: options, stored: stored, storing: store != nil) {
            // The output is about to change: until it is recorded again, no record holds.
            cache?.invalidate()
        }
        cache?.record(key: key, summary: summary, outcome: commit, timeSpan: timeSpan)
        if let store, var toStore {
            toStore.stamps = commit.stamps.compactMapValues { $0 }
            store.save(toStore, replacing: stored)
        }
        return summary
    }

    /// Builds the site into `output`, in memory, as `build(to:options:)`
    /// builds it into a folder (no cache): for tests.
    @discardableResult
    package func build(into output: MemoryOutput, options: BuildOptions = BuildOptions()) throws -> BuildSummary {
        try build(into: output, options: options, stored: nil, storing: false, beforeCommit: {}).summary
    }

    /// Builds into `sink`, which takes each file as it is made, and commits
    /// the files once the whole build succeeded; on any error `sink` is left as it was.
    /// - Parameter beforeCommit: called once the build succeeded, just before the output changes.
    /// - Parameters:
    ///   - stored: what the last build into the same output stored.
    ///   - storing: whether to return what to store for the next.
    private func build(
        into sink: any OutputSink, options: BuildOptions, stored: StoredMemos?, storing: Bool, beforeCommit: () -> Void
    ) throws -> (summary: BuildSummary, commit: OutputCommit, timeSpan: (since: Date?, until: Date?), stored: StoredMemos?) {
        let built: BuiltSite
        let commit: OutputCommit
        let toStore: StoredMemos?
        do {
            let outcome = try BuildPipeline(site: self, options: options).run(stored: stored, storing: storing, sink: sink)
            built = outcome.site
            toStore = outcome.stored
            beforeCommit()
            commit = try sink.commit()
        } catch {
            sink.abort()
            throw error
        }
        let summary = BuildSummary(
            postCount: built.postCount, pageCount: built.pageCount, fileCount: built.fileCount, writtenCount: commit.written,
            removedCount: commit.removed, renderedCount: built.renderedCount, templatedCount: built.templatedCount, warnings: built.warnings, isUpToDate: false)
        return (summary, commit, built.timeSpan, toStore)
    }

    /// Throws a located error naming the enclosing site, if any, unless
    /// `root` holds `blog.yml` or `Content/` (what `load` checks first).
    public static func checkIsSite(at root: URL, in fileSystem: any SiteFileSystem = DiskFileSystem()) throws {
        try SiteLoader.checkIsSite(root, in: fileSystem)
    }

    /// The settings in `blog.yml` of the site at `root`, on disk or in
    /// `fileSystem`, or the defaults when it has none; nothing else is read.
    public static func settings(at root: URL, in fileSystem: any SiteFileSystem = DiskFileSystem()) throws -> SiteConfig {
        let path = root.appendingPathComponent(SiteLoader.configFile).path
        guard fileSystem.fileExists(atPath: path) else { return SiteConfig() }
        return try SiteConfig.parse(fileSystem.text(ofFile: path, shownAs: SiteLoader.configFile), path: SiteLoader.configFile)
    }

    /// The posts of the site, parsed, in file order (drafts and future posts included).
    public func posts() throws -> [Post] {
        try postsAndPages().filter { !$0.isPage }
    }

    /// The standalone pages of the site (`Content/pages/`), parsed, in file order.
    public func pages() throws -> [Post] {
        try postsAndPages().filter(\.isPage)
    }

    /// Posts and pages alike, parsed once.
    func postsAndPages() throws -> [Post] {
        let parser = PostParser(timeZone: config.timeZone)
        var errors = ErrorCollector()
        let posts = sources.posts.compactMap { file in errors.attempt { try parser.parse(file) } }
        try errors.throwIfAny()
        return posts
    }

    /// Renders one Markdown document to HTML the way post bodies are
    /// rendered, math included, with the given math settings (MathML by default).
    public static func renderMarkdown(_ markdown: String, math: MathSettings = MathSettings()) -> String {
        let protected = MathScanner().protect(markdown)
        let html = MarkdownRenderer().render(protected.markdown).html
        let restorer = MathRestorer(settings: math)
        return restorer.restore(html, restorer.prepare([protected.spans], path: "").groups[0]).html
    }
}
