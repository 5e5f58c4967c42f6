import BlogKit
import Foundation

/// A post file of another generator's site, as its layout names it.
struct FoundPost {
    var url: URL
    /// From the source folder, for messages: `source/_posts/hello.md`.
    var shownPath: String
    /// In a drafts folder (`_drafts/`).
    var isDraft = false
    /// The slug the file's name gives: Jekyll's without its date, a Hugo bundle's folder name.
    var nameSlug: String
    /// Jekyll's `2020-01-29-` file-name date.
    var nameDate: String?
    /// The post's own files, copied beside it: Hexo's asset folder, a Hugo bundle.
    var assets: [(url: URL, relativePath: String)] = []
}

/// What differs between Hexo, Jekyll and Hugo: where posts are and what
/// their bodies hold that BlogKit would not read.
protocol SourceFolder {
    /// `hexo`, for messages.
    var name: String { get }
    func posts(in root: URL) throws -> [FoundPost]
    /// Posts it finds but cannot read (Jekyll's `.html` and `.textile`
    /// posts), by their path from `root`, to name as skipped.
    func unreadablePosts(in root: URL) -> [String]
    /// The body with the generator's own syntax turned into Markdown where
    /// it can be; warns of what is left as written. `assetURL` is where the
    /// post's assets are published (`/posts/2020/hello/`).
    func markdown(_ body: String, assetURL: String, file: String, bodyLine: Int, warnings: inout [BuildError]) -> String
}

extension SourceFolder {
    func unreadablePosts(in root: URL) -> [String] { [] }

    /// The `.md` and `.markdown` files under `folder`, sorted, hidden ones left out.
    func markdownFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { ["md", "markdown"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.path < $1.path }
    }

    /// Every regular file under `folder`, with its path inside it, but Markdown files.
    func assetFiles(under folder: URL) -> [(url: URL, relativePath: String)] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        let base = folder.standardizedFileURL.path
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .filter { !["md", "markdown"].contains($0.pathExtension.lowercased()) }
            .map { ($0, String($0.standardizedFileURL.path.dropFirst(base.count + 1))) }
            .sorted { $0.relativePath < $1.relativePath }
    }

    /// The path of `url` from `root`, for messages.
    func shown(_ url: URL, from root: URL) -> String {
        let base = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }

    /// The first of `candidates` (relative to `root`) that is a folder.
    func folder(_ candidates: [String], in root: URL) -> URL? {
        var isFolder: ObjCBool = false
        return candidates.map { root.appendingPathComponent($0) }.first {
            FileManager.default.fileExists(atPath: $0.path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// Warns of each template tag left in the body (`{% … %}`, `{{< … >}}`), with its line.
    func warnLeftTags(_ body: String, opening: [String], file: String, bodyLine: Int, warnings: inout [BuildError]) {
        for (number, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for tag in opening where line.contains(tag) {
                warnings.append(BuildError(
                    path: file, line: bodyLine + number, severity: .warning,
                    message: "\(name) tag left as written: \(line.trimmingCharacters(in: .whitespaces).prefix(60))",
                    hint: "BlogKit does not run \(name)'s tags: write it as Markdown or HTML"))
            }
        }
    }
}

extension String {
    /// Markdown links and images to `name` (`](name)`, `](./name)`) and HTML `src="name"` pointed at `base + name`.
    func pointingAssets(_ names: [String], at base: String) -> String {
        var text = self
        for name in names {
            for written in [name, "./" + name] {
                text = text.replacingOccurrences(of: "](\(written))", with: "](\(base)\(name))")
                    .replacingOccurrences(of: "](\(written) ", with: "](\(base)\(name) ")
                    .replacingOccurrences(of: "src=\"\(written)\"", with: "src=\"\(base)\(name)\"")
            }
        }
        return text
    }
}
