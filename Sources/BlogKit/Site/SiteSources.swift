/// Everything a build reads, already in memory. The loader fills it from
/// disk; tests and embedding tools can fill it themselves and build without
/// touching the file system.
public struct SiteSources: Sendable {
    /// `blog.yml`, if the site has one.
    public var config: SourceFile?
    /// Markdown posts, with paths such as `Content/posts/2020/7180.md`, and
    /// standalone pages, `Content/pages/about.md`.
    public var posts: [SourceFile]
    /// Mustache templates, with paths such as `Templates/post.mustache`.
    public var templates: [SourceFile]
    /// Readers' comments, one YAML file per post: `Content/comments/7180.yml`.
    public var comments: [SourceFile]
    /// Files copied to the output as they are: theme assets and the
    /// non-Markdown files under `Content/`.
    public var staticFiles: [StaticFile]

    public init(
        config: SourceFile? = nil, posts: [SourceFile] = [], templates: [SourceFile] = [], comments: [SourceFile] = [], staticFiles: [StaticFile] = []
    ) {
        self.comments = comments
        self.config = config
        self.posts = posts
        self.templates = templates
        self.staticFiles = staticFiles
    }
}

extension SiteSources {
    /// The theme built into `blog`, as a site without `Templates/` has it:
    /// its templates, and its assets where the site has no file of the same
    /// path. For a site built from memory (`Site(sources:)`).
    public mutating func addDefaultTheme() {
        templates = SiteLoader.defaultTheme.templates
        addThemeAssets(SiteLoader.defaultTheme.assets)
    }

    /// A file under `Content/` overrides the theme's asset of the same path
    /// (`Content/assets/style.css`), as a site's own files do in Hugo.
    mutating func addThemeAssets(_ assets: [StaticFile]) {
        let taken = Set(staticFiles.map(\.outputFile.path))
        staticFiles += assets.filter { !taken.contains($0.outputFile.path) }
    }
}

/// A file copied to the output unchanged.
public struct StaticFile: Sendable, Hashable {
    /// Where it comes from, relative to the site root (`Content/images/a.svg`);
    /// posts link to it by this path, relative to their own folder.
    public var sourcePath: String
    /// The file in the output (`images/a.svg`).
    public var outputFile: OutputFile

    public init(sourcePath: String, outputFile: OutputFile) {
        self.sourcePath = sourcePath
        self.outputFile = outputFile
    }
}
