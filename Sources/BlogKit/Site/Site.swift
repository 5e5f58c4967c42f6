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
    /// The folder the site was loaded from; nil for a site built from memory.
    public let root: URL?
    public let config: SiteConfig
    public let sources: SiteSources

    /// Loads `blog.yml`, the posts, the templates and the static files of the
    /// site folder at `root`.
    public static func load(from root: URL) throws -> Site {
        try Site(sources: SiteLoader(root: root).load(), root: root)
    }

    /// A site from sources already in memory; `config` replaces the
    /// settings its `blog.yml` would give.
    public init(sources: SiteSources, root: URL? = nil, config: SiteConfig? = nil) throws {
        self.root = root
        self.sources = sources
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
        let cache = ownSettings ? root.flatMap(BuildCache.init(siteRoot:)) : nil
        let key = BuildCache.key(sources: sources, options: options, output: writer.output)
        if let summary = cache?.upToDate(key: key, output: writer.output, now: options.now) {
            return summary
        }
        let transaction = try writer.begin()
        let built: BuiltSite
        let outcome: OutputTransaction.Outcome
        do {
            built = try BuildPipeline(site: self, options: options).run(sink: transaction).site
            // The output is about to change: until it is recorded again, no record holds.
            cache?.invalidate()
            outcome = try transaction.commit()
        } catch {
            transaction.abort()
            throw error
        }
        let summary = BuildSummary(
            postCount: built.postCount, pageCount: built.pageCount, fileCount: built.fileCount, writtenCount: outcome.written,
            removedCount: outcome.removed, warnings: built.warnings, isUpToDate: false)
        cache?.record(key: key, summary: summary, outcome: outcome, timeSpan: built.timeSpan)
        return summary
    }

    /// Throws a located error naming the enclosing site, if any, unless
    /// `root` holds `blog.yml` or `Content/` (what `load` checks first).
    public static func checkIsSite(at root: URL) throws {
        try SiteLoader.checkIsSite(root)
    }

    /// The settings in `blog.yml` of the site at `root`, or the defaults
    /// when it has none; nothing else is read.
    public static func settings(at root: URL) throws -> SiteConfig {
        let url = root.appendingPathComponent(SiteLoader.configFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return SiteConfig() }
        return try SiteConfig.parse(SiteLoader(root: root).readText(url, path: SiteLoader.configFile), path: SiteLoader.configFile)
    }

    /// The posts of the site, parsed, in file order (drafts and future posts included).
    public func posts() throws -> [Post] {
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
