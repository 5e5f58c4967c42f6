import BlogKit
import Foundation

/// A Hexo site: posts in `source/_posts/` (an asset folder of the same name
/// beside each, with `post_asset_folder: true`), drafts in `source/_drafts/`.
struct HexoSource: SourceFolder {
    let name = "Hexo"

    func posts(in root: URL) throws -> [FoundPost] {
        guard let postsFolder = folder(["source/_posts"], in: root) else {
            throw BuildError(path: root.path, message: "no source/_posts/ here", hint: "pass the Hexo site's folder, the one holding _config.yml and source/")
        }
        let drafts = folder(["source/_drafts"], in: root).map(markdownFiles(under:)) ?? []
        return (markdownFiles(under: postsFolder).map { ($0, false) } + drafts.map { ($0, true) }).map { url, isDraft in
            let stem = url.deletingPathExtension()
            var isFolder: ObjCBool = false
            let hasAssets = FileManager.default.fileExists(atPath: stem.path, isDirectory: &isFolder) && isFolder.boolValue
            return FoundPost(
                url: url, shownPath: shown(url, from: root), isDraft: isDraft, nameSlug: stem.lastPathComponent,
                assets: hasAssets ? assetFiles(under: stem) : [])
        }
    }

    /// Drops `{% raw %}`/`{% endraw %}` (put around math so Nunjucks leaves
    /// its braces alone) and turns `{% asset_img %}`, `{% asset_link %}` and
    /// `{% asset_path %}` into Markdown to the copied assets.
    func markdown(_ body: String, assetURL: String, file: String, bodyLine: Int, warnings: inout [BuildError]) -> String {
        var text = body.replacingOccurrences(of: #"\{%-?\s*(end)?raw\s*-?%\}"#, with: "", options: .regularExpression)
        text = replacingTags(in: text) { tag, arguments in
            guard let file = arguments.first else { return nil }
            let rest = arguments.dropFirst().joined(separator: " ")
            switch tag {
            case "asset_img": return "![\(rest)](\(assetURL)\(file))"
            case "asset_link": return "[\(rest.isEmpty ? file : rest)](\(assetURL)\(file))"
            case "asset_path": return assetURL + file
            default: return nil
            }
        }
        warnLeftTags(text, opening: ["{%"], file: file, bodyLine: bodyLine, warnings: &warnings)
        return text
    }

    /// Each `{% tag arguments %}` replaced by what `replacement` gives, or left when it gives nil.
    private func replacingTags(in text: String, _ replacement: (String, [String]) -> String?) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "{%"), let close = rest[open.upperBound...].range(of: "%}") {
            result += rest[..<open.lowerBound]
            let words = rest[open.upperBound..<close.lowerBound].split(separator: " ").map(String.init)
            if let tag = words.first, let replaced = replacement(tag, words.dropFirst().map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }) {
                result += replaced
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
