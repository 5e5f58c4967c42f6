import BlogKit
import Foundation

/// A Hugo site: posts under `content/posts/` or `content/post/`, as files
/// or as bundles (`hello/index.md` with its images beside it); the
/// sections' own `_index.md` are list pages, not posts.
struct HugoSource: SourceFolder {
    let name = "Hugo"

    func posts(in root: URL) throws -> [FoundPost] {
        guard let postsFolder = folder(["content/posts", "content/post", "content/blog"], in: root) else {
            throw BuildError(
                path: root.path, message: "no content/posts/ (or content/post/, content/blog/) here",
                hint: "pass the Hugo site's folder, the one holding hugo.toml (or config.toml) and content/")
        }
        return markdownFiles(under: postsFolder).compactMap { url in
            let stem = url.deletingPathExtension().lastPathComponent
            guard stem != "_index" else { return nil }
            guard stem == "index" else {
                return FoundPost(url: url, shownPath: shown(url, from: root), nameSlug: stem)
            }
            let bundle = url.deletingLastPathComponent()
            return FoundPost(url: url, shownPath: shown(url, from: root), nameSlug: bundle.lastPathComponent, assets: assetFiles(under: bundle))
        }
    }

    /// Hugo's shortcodes (`{{< figure >}}`, `{{% note %}}`) are left as written, with a warning each.
    func markdown(_ body: String, assetURL: String, file: String, bodyLine: Int, warnings: inout [BuildError]) -> String {
        warnLeftTags(body, opening: ["{{<", "{{%"], file: file, bodyLine: bodyLine, warnings: &warnings)
        return body
    }
}
