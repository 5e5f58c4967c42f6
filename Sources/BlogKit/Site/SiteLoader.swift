import Foundation

/// Reads a site folder into `SiteSources`. The only code of a build that
/// reads the disk.
///
/// - `blog.yml` at the root;
/// - `Content/posts/**/*.md` are posts; other files under `Content/` are copied
///   with their path inside `Content/` (`Content/images/a.png` → `/images/a.png`);
/// - `Templates/**/*.mustache` are the theme, `Templates/assets/**` is copied
///   to `/assets/`. A site without `Templates/` uses the default theme built
///   into `blog`.
struct SiteLoader {
    static let contentFolder = "Content"
    static let postsFolder = "Content/posts"
    static let configFile = "blog.yml"

    let root: URL

    func load() throws -> SiteSources {
        var sources = SiteSources()
        let configURL = root.appendingPathComponent(Self.configFile)
        if FileManager.default.fileExists(atPath: configURL.path) {
            sources.config = SourceFile(path: Self.configFile, text: try readText(configURL, path: Self.configFile))
        }
        for path in files(under: Self.contentFolder) {
            let url = root.appendingPathComponent(path)
            if path.hasPrefix(Self.postsFolder + "/") && path.hasSuffix(".md") {
                sources.posts.append(SourceFile(path: path, text: try readText(url, path: path)))
            } else if !path.hasSuffix(".md") {
                let outputPath = String(path.dropFirst(Self.contentFolder.count + 1))
                sources.staticFiles.append(StaticFile(sourcePath: path, outputFile: OutputFile(path: outputPath, contents: .copy(of: url))))
            }
        }
        let theme = files(under: Theme.folder)
        if theme.isEmpty {
            (sources.templates, sources.staticFiles) = (Self.defaultTheme.templates, sources.staticFiles + Self.defaultTheme.assets)
        } else {
            for path in theme {
                let url = root.appendingPathComponent(path)
                if path.hasSuffix(".mustache") {
                    sources.templates.append(SourceFile(path: path, text: try readText(url, path: path)))
                } else if path.hasPrefix(Theme.folder + "/assets/") {
                    let outputPath = String(path.dropFirst(Theme.folder.count + 1))
                    sources.staticFiles.append(StaticFile(sourcePath: path, outputFile: OutputFile(path: outputPath, contents: .copy(of: url))))
                }
            }
        }
        return sources
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
    /// hidden files and folders.
    private func files(under folder: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles])
        else { return [] }
        var paths: [String] = []
        let prefix = base.standardizedFileURL.path
        for case let url as URL in walker {
            // A symbolic link could lead outside the site: it is not part of it.
            guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey]),
                values.isRegularFile == true, values.isSymbolicLink != true
            else { continue }
            paths.append(folder + String(url.standardizedFileURL.path.dropFirst(prefix.count)))
        }
        return paths.sorted()
    }

    func readText(_ url: URL, path: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw BuildError(path: path, message: "cannot read the file: \(error.localizedDescription)", hint: "check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BuildError(path: path, line: 1, column: 1, message: "the file is not UTF-8 text", hint: "save it as UTF-8")
        }
        // Windows line ends become \n; most files have none, so look first.
        return data.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }
}
