import Foundation

/// Creates new sites and new posts on disk: what `blog init` and `blog new` do.
public enum Scaffold {
    /// Writes a working site into `folder`: `blog.yml`, a first post and the
    /// default theme, and the lines a `.gitignore` lacks. Refuses, writing
    /// nothing, a folder that already holds a site or any file it would write.
    public static func createSite(at folder: URL, now: Date = Date()) throws {
        let fileManager = FileManager.default
        let config = folder.appendingPathComponent(SiteLoader.configFile)
        guard !fileManager.fileExists(atPath: config.path) else {
            throw BuildError(path: config.path, message: "a site already exists here", hint: "choose an empty folder")
        }
        let theme = DefaultThemeFiles.all.map { (Theme.folder + "/" + $0.path, $0.data) }
        var errors = ErrorCollector()
        // A link among the folders it writes into would take the files elsewhere.
        for path in Set([Theme.folder, SiteLoader.contentFolder] + theme.map { ($0.0 as NSString).deletingLastPathComponent }).sorted()
        where (try? fileManager.destinationOfSymbolicLink(atPath: folder.appendingPathComponent(path).path)) != nil {
            errors.record(BuildError(path: folder.appendingPathComponent(path).path, message: "is a symbolic link", hint: "blog init writes into real folders only; remove the link first"))
        }
        for path in theme.map(\.0) + [SiteLoader.contentFolder] where fileManager.fileExists(atPath: folder.appendingPathComponent(path).path) {
            errors.record(
                BuildError(path: folder.appendingPathComponent(path).path, message: "already exists", hint: "blog init makes a new site in an empty folder or a fresh clone; move this away first"))
        }
        try errors.throwIfAny()
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        try write(Data(newSiteConfig.utf8), to: config)
        try ignoreBuiltFiles(in: folder)
        for (path, data) in theme {
            let url = folder.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try write(data, to: url)
        }
        let site = try Site.load(from: folder)
        _ = try createPost(title: "你好，世界", in: site, now: now, body: firstPostBody)
    }

    /// Writes `Content/posts/YYYY/<id>.md` with the next free id and the front
    /// matter filled in; returns its path relative to the site root.
    @discardableResult
    public static func createPost(title: String, in site: Site, now: Date = Date(), body: String? = nil) throws -> String {
        guard let root = site.root else {
            throw BuildError(path: "", message: "the site has no folder to write to", hint: "load the site from a folder")
        }
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw BuildError(path: "", message: "the title is empty", hint: "give the post a title: blog new \"标题\"")
        }
        // Pages may carry ids too (an import gives them their old numbers).
        let ids = try site.postsAndPages().compactMap { $0.id.flatMap(Int.init) }
        let id = (ids.max() ?? 0) + 1
        let dates = DateFormats(timeZone: site.config.timeZone)
        let path = "\(SiteLoader.postsFolder)/\(dates.parts(now).year)/\(id).md"
        let url = root.appendingPathComponent(path)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw BuildError(path: path, message: "the file already exists", hint: "give the existing post an id, or move it")
        }
        let quotedTitle = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let text = """
            ---
            title: \(quotedTitle)
            date: \(dates.frontMatter(now))
            id: \(id)
            categories: []
            tags: []
            ---

            \(body ?? "在这里写下文章的开头，它会成为列表页上的摘要。\n\n<!--more-->\n\n正文从这里继续。\n")
            """
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try write(Data(text.utf8), to: url)
        return path
    }
}

extension Scaffold {
    /// The output and the build cache are made from the sources: they do not
    /// belong in version control. An existing `.gitignore` (a cloned
    /// repository's) gets the lines it lacks.
    private static func ignoreBuiltFiles(in folder: URL) throws {
        let url = folder.appendingPathComponent(".gitignore")
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let present = Set(existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = ["public/", "\(BuildCache.folderName)/"].filter { !present.contains($0) }
        guard !missing.isEmpty else { return }
        let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        try Data((existing + separator + missing.joined(separator: "\n") + "\n").utf8).write(to: url)
    }

    /// Never replaces a file: what is there is the writer's.
    private static func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url, options: .withoutOverwriting)
        } catch {
            throw BuildError(path: url.path, message: "cannot create the file: \(error.localizedDescription)", hint: "check that it does not exist yet and that the folder is writable")
        }
    }

    private static let newSiteConfig = """
        # Settings of the site; every key is optional. See the README of blog.
        title: 我的博客
        subtitle: 记录思考与推导
        author: 作者
        base_url: https://example.org/
        language: zh-CN
        timezone: Asia/Shanghai
        page_size: 10
        feed_size: 20
        citation_key: myblog
        permalinks:
          post: /archives/{id}/
          year: /{year}/
          month: /{year}/{month}/
          category: /category/{slug}/
          tag: /tag/{slug}/

        """

    private static let firstPostBody = """
        这是用 blog 生成的第一篇文章。行内公式写作 $E = mc^2$，行间公式写作
        $$\\int_0^1 x^2\\,dx = \\frac{1}{3}$$

        <!--more-->

        用 `blog new "标题"` 开始一篇新文章，用 `blog build` 生成整个网站。

        """
}
