import Foundation

/// Reads a site folder into `SiteSources`, through its file system (the
/// disk, or memory); nothing else of a build reads the sources but the
/// copying of static files, through the same file system.
///
/// - `blog.yml` at the root;
/// - `Content/posts/**/*.md` are posts (and `Content/pages/*.md` pages); the
///   files under `Content/` that are not Markdown are copied with their path
///   inside `Content/` (`Content/images/a.png` → `/images/a.png`), but for
///   those of `Content/comments/`: the comments `blog import` brings hold
///   readers' words and names, for templates to show, not to publish as is;
/// - `Templates/**/*.mustache` are the theme, `Templates/assets/**` is copied
///   to `/assets/`. A site without `Templates/` uses the default theme built
///   into `blog`.
struct SiteLoader {
    static let contentFolder = "Content"
    static let postsFolder = "Content/posts"
    /// Standalone pages (`about.md` → `/about/`), read and rendered as posts are.
    static let pagesFolder = "Content/pages"
    static let commentsFolder = "Content/comments"
    static let configFile = "blog.yml"

    let root: URL
    let fileSystem: any SiteFileSystem

    func load() throws -> SiteSources {
        try Self.checkIsSite(root, in: fileSystem)
        var sources = SiteSources()
        let configPath = root.appendingPathComponent(Self.configFile).path
        if fileSystem.fileExists(atPath: configPath) {
            sources.config = SourceFile(path: Self.configFile, text: try fileSystem.text(ofFile: configPath, shownAs: Self.configFile))
        }
        let content = files(under: Self.contentFolder)
        let postPaths = content.filter { Self.isPostOrPage($0) }
        sources.posts = try readTexts(postPaths)
        sources.comments = try readTexts(content.filter { $0.hasPrefix(Self.commentsFolder + "/") && $0.hasSuffix(".yml") })
        for path in content where !path.hasSuffix(".md") && !path.hasPrefix(Self.commentsFolder + "/") {
            let outputPath = String(path.dropFirst(Self.contentFolder.count + 1))
            sources.staticFiles.append(StaticFile(sourcePath: path, outputFile: OutputFile(path: outputPath, contents: .copy(of: root.appendingPathComponent(path), in: fileSystem))))
        }
        let theme = files(under: Theme.folder)
        guard !theme.isEmpty else {
            sources.addDefaultTheme()
            return sources
        }
        sources.templates = try readTexts(theme.filter { $0.hasSuffix(".mustache") })
        let assets = theme.filter { !$0.hasSuffix(".mustache") && $0.hasPrefix(Theme.folder + "/assets/") }.map { path in
            let outputPath = String(path.dropFirst(Theme.folder.count + 1))
            return StaticFile(sourcePath: path, outputFile: OutputFile(path: outputPath, contents: .copy(of: root.appendingPathComponent(path), in: fileSystem)))
        }
        sources.addThemeAssets(assets)
        return sources
    }

    /// Whether `path` (from the site root) is a post's or a page's Markdown.
    static func isPostOrPage(_ path: String) -> Bool {
        path.hasSuffix(".md") && (path.hasPrefix(postsFolder + "/") || path.hasPrefix(pagesFolder + "/"))
    }

    /// Refuses a folder that is not a site, one holding neither `blog.yml`
    /// nor `Content/`: building there would make a site of nothing and put
    /// `public/` where it does not belong (inside `Content/`, to be
    /// published by the next real build). Names the enclosing site, if any.
    static func checkIsSite(_ folder: URL, in fileSystem: any SiteFileSystem) throws {
        guard !isSite(folder, in: fileSystem) else { return }
        var parent = folder.standardizedFileURL
        while parent.path != "/" {
            parent.deleteLastPathComponent()
            if isSite(parent, in: fileSystem) {
                throw BuildError(
                    path: folder.path, message: "not a site folder (no \(configFile) or \(contentFolder)/ here)",
                    hint: "the site is \(parent.path): run blog there, or pass --root \(parent.path)")
            }
        }
        throw BuildError(
            path: folder.path, message: "not a site folder (no \(configFile) or \(contentFolder)/ here)",
            hint: "run blog in the folder holding \(configFile), pass --root, or create a site with blog init")
    }

    private static func isSite(_ folder: URL, in fileSystem: any SiteFileSystem) -> Bool {
        fileSystem.fileExists(atPath: folder.appendingPathComponent(configFile).path)
            || fileSystem.folderExists(atPath: folder.appendingPathComponent(contentFolder).path)
    }

    /// Whether the site's `Templates/` holds any file, so that its templates,
    /// and not the default theme's, make the theme.
    var hasOwnTheme: Bool {
        !files(under: Theme.folder).isEmpty
    }

    /// The theme built into the binary, split like a `Templates/` folder.
    static let defaultTheme: (templates: [SourceFile], assets: [StaticFile]) = {
        var templates: [SourceFile] = []
        var assets: [StaticFile] = []
        for (path, data) in DefaultThemeFiles.all {
            let sourcePath = Theme.folder + "/" + path
            if path.hasSuffix(".mustache") {
                templates.append(SourceFile(path: sourcePath, text: String(decoding: data, as: UTF8.self)))
            } else if path.hasPrefix("assets/") {
                assets.append(StaticFile(sourcePath: sourcePath, outputFile: OutputFile(path: path, contents: .embedded(data))))
            }
        }
        return (templates, assets)
    }()

    /// Regular files under `folder` (relative to the root), sorted, skipping
    /// hidden files and folders, symbolic links (which could lead outside
    /// the site) and editors' backups (`post.md~`, Emacs' `#post.md#`),
    /// which would publish a draft's text as a static file.
    private func files(under folder: String) -> [String] {
        var paths: [String] = []
        fileSystem.walk(root.appendingPathComponent(folder).path) { path, name, isFolder in
            guard !name.hasPrefix("."), !name.hasSuffix("~"), !(name.hasPrefix("#") && name.hasSuffix("#")) else { return false }
            if !isFolder { paths.append(folder + "/" + path) }
            return true
        }
        return paths.sorted()
    }

    /// The files at `paths` read on all cores, in the same order; every
    /// unreadable file is reported.
    private func readTexts(_ paths: [String]) throws -> [SourceFile] {
        let results = paths.concurrentMap { path in
            Result { SourceFile(path: path, text: try fileSystem.text(ofFile: root.appendingPathComponent(path).path, shownAs: path)) }
        }
        var errors = ErrorCollector()
        let files = results.compactMap { result in errors.attempt { try result.get() } }
        try errors.throwIfAny()
        return files
    }
}
