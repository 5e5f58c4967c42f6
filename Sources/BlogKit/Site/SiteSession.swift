import Foundation

/// Builds a site again and again as its files change, redoing only what a
/// change affects: an edited post is parsed and rendered again, and only the
/// pages showing it are templated; a changed `blog.yml`, template or static
/// file reloads everything. The output stays in memory (`blog serve`).
public struct SiteSession: Sendable {
    public let root: URL
    public var options: BuildOptions
    /// The last good output, by path relative to the output folder.
    public private(set) var files: [String: OutputFile] = [:]
    /// Warnings of the last good build.
    public private(set) var warnings: [BuildError] = []
    public private(set) var postCount = 0
    private var site: Site?
    private var state: BuildState?

    public init(root: URL, options: BuildOptions) {
        self.root = root.standardizedFileURL
        self.options = options
    }

    /// Rebuilds after the files at `changed` (paths relative to the site
    /// root) were created, edited, renamed or deleted; nil reloads everything.
    /// On failure the previous output stays and the errors are thrown.
    /// - Returns: the output paths whose bytes changed, were added or removed.
    @discardableResult
    public mutating func rebuild(changed: Set<String>? = nil) throws -> Set<String> {
        let loader = SiteLoader(root: root)
        var next: Site
        let onlyPosts = changed.map { $0.allSatisfy(Self.isPost) } ?? false
        if !onlyPosts {
            // Settings, templates or static files: nothing built before can be trusted.
            state = nil
        }
        if let site, onlyPosts, let changed {
            var sources = site.sources
            for path in changed {
                let url = root.appendingPathComponent(path)
                sources.posts.removeAll { $0.path == path }
                if FileManager.default.fileExists(atPath: url.path) {
                    sources.posts.append(SourceFile(path: path, text: try loader.readText(url, path: path)))
                }
            }
            sources.posts.sort { $0.path < $1.path }
            next = try Site(sources: sources, root: root, config: site.config)
        } else {
            site = nil
            next = try Site.load(from: root)
        }
        // The sources as they are now, even if they fail to build: the next
        // change then builds on them, not on an older good state.
        site = next
        options.now = Date()
        let (built, nextState) = try SiteBuilder(site: next, options: options).build(reusing: state)
        let newFiles = Dictionary(built.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var changedOutputs = Set(files.keys).symmetricDifference(newFiles.keys)
        for (path, file) in newFiles where files[path] != file {
            changedOutputs.insert(path)
        }
        state = nextState
        files = newFiles
        warnings = built.warnings
        postCount = built.postCount
        return changedOutputs
    }

    private static func isPost(_ path: String) -> Bool {
        path.hasPrefix(SiteLoader.postsFolder + "/") && path.hasSuffix(".md")
    }
}
