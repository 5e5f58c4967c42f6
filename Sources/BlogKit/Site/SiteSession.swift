import Foundation

/// Builds a site again and again as its files change: the files that changed
/// are read again (`blog.yml` or an added or removed static file reloads
/// everything), and each build reuses what the previous one made from the
/// same inputs (see `BuildMemos`): an edited post is parsed and rendered
/// again, and only the pages whose views or templates changed are templated.
/// An edited static file is only marked changed. The output stays in memory
/// (`blog serve`).
public struct SiteSession: Sendable {
    public let root: URL
    /// Where `root` is: the disk, or memory (tests).
    public let fileSystem: any SiteFileSystem
    public var options: BuildOptions
    /// The last good output, by path relative to the output folder.
    public private(set) var files: [String: OutputFile] = [:]
    /// Warnings of the last good build.
    public private(set) var warnings: [BuildError] = []
    public private(set) var postCount = 0
    private var site: Site?
    /// What the last good build left for the next to reuse.
    private var memos: BuildMemos?
    /// Whether the loaded templates came from the site's `Templates/`
    /// rather than the default theme built into `blog`.
    private var hasOwnTheme = false

    /// The moment each rebuild happens at (deciding which posts are in the future).
    private let clock: @Sendable () -> Date

    /// - Parameter clock: the time of each rebuild; a seam for tests.
    public init(
        root: URL, in fileSystem: any SiteFileSystem = DiskFileSystem(), options: BuildOptions, clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.root = root.standardizedFileURL
        self.fileSystem = fileSystem
        self.options = options
        self.clock = clock
    }

    /// Rebuilds after the files at `changed` (paths relative to the site
    /// root) were created, edited, renamed or deleted; nil reloads everything.
    /// On failure the previous output stays and the errors are thrown.
    /// - Returns: the output paths whose bytes changed, were added or removed.
    @discardableResult
    public mutating func rebuild(changed: Set<String>? = nil) throws -> Set<String> {
        var next: Site
        var changedStatic: [String] = []
        let patched: SiteSources?
        do {
            patched = try site.flatMap { site in try changed.flatMap { try patch(site.sources, with: $0, changedStatic: &changedStatic) } }
        } catch {
            // A file of the batch could not be read: the others are not lost,
            // as the next rebuild reads everything again.
            site = nil
            throw error
        }
        if let site, let patched {
            next = try Site(sources: patched, root: root, in: fileSystem, config: site.config)
        } else {
            // Settings, or files posts may link to: loaded anew. The memos
            // still hold what they can: they compare every input.
            site = nil
            hasOwnTheme = SiteLoader(root: root, fileSystem: fileSystem).hasOwnTheme
            next = try Site.load(from: root, in: fileSystem)
        }
        // The sources as they are now, even if they fail to build: the next
        // change then builds on them, not on an older good state.
        site = next
        options.now = clock()
        let outcome = try BuildPipeline(site: next, options: options).run(memos: memos, keepsMemos: true)
        let built = outcome.site
        let newFiles = Dictionary(built.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var changedOutputs = Set(files.keys).symmetricDifference(newFiles.keys).union(changedStatic)
        for (path, file) in newFiles where files[path] != file {
            changedOutputs.insert(path)
        }
        memos = outcome.memos
        files = newFiles
        warnings = built.warnings
        postCount = built.postCount
        return changedOutputs
    }

    /// `sources` with the posts and templates at `changed` read again, or nil
    /// when the change needs everything loaded anew: `blog.yml`, a static
    /// file added or removed (posts may link to it), the theme's folder
    /// appearing or going.
    /// - Parameter changedStatic: receives the output paths of static files
    ///   that were edited in place (their bytes are read when written or served, so nothing to read now).
    private func patch(_ sources: SiteSources, with changed: Set<String>, changedStatic: inout [String]) throws -> SiteSources? {
        var sources = sources
        for path in changed.sorted() {
            let fullPath = root.appendingPathComponent(path).path
            let exists = fileSystem.fileExists(atPath: fullPath)
            if SiteLoader.isPostOrPage(path) {
                sources.posts.removeAll { $0.path == path }
                if exists { sources.posts.append(SourceFile(path: path, text: try fileSystem.text(ofFile: fullPath, shownAs: path))) }
            } else if path.hasPrefix(SiteLoader.commentsFolder + "/") && path.hasSuffix(".yml") {
                sources.comments.removeAll { $0.path == path }
                if exists { sources.comments.append(SourceFile(path: path, text: try fileSystem.text(ofFile: fullPath, shownAs: path))) }
            } else if path.hasPrefix(Theme.folder + "/") && path.hasSuffix(".mustache") && hasOwnTheme {
                sources.templates.removeAll { $0.path == path }
                if exists { sources.templates.append(SourceFile(path: path, text: try fileSystem.text(ofFile: fullPath, shownAs: path))) }
            } else if exists, let file = sources.staticFiles.first(where: { $0.sourcePath == path }) {
                changedStatic.append(file.outputFile.path)
            } else {
                return nil
            }
        }
        guard !sources.templates.isEmpty else { return nil }
        sources.posts.sort { $0.path < $1.path }
        sources.comments.sort { $0.path < $1.path }
        sources.templates.sort { $0.path < $1.path }
        return sources
    }
}
