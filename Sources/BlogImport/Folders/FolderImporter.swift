import BlogKit
import Foundation

/// Imports the posts of a Hexo, Jekyll or Hugo site folder into
/// `Content/posts/YYYY/<slug>.md`, their assets into
/// `Content/posts/YYYY/<slug>/`. Each file's front matter is mapped key by
/// key; what has no equivalent is kept as a param and named in a warning.
public struct FolderImporter {
    public enum Generator: String, CaseIterable, Sendable {
        case hexo, jekyll, hugo
    }

    public var generator: Generator

    public init(_ generator: Generator) {
        self.generator = generator
    }

    private var source: any SourceFolder {
        switch generator {
        case .hexo: HexoSource()
        case .jekyll: JekyllSource()
        case .hugo: HugoSource()
        }
    }

    public func plan(_ root: URL) throws -> ImportPlan {
        var plan = ImportPlan()
        let source = self.source
        for found in try source.posts(in: root) {
            do {
                try add(found, from: source, to: &plan)
            } catch let error as BuildError {
                plan.summary.skipped.append(error.description)
            }
        }
        for path in source.unreadablePosts(in: root) {
            plan.summary.skipped.append("\(path): not Markdown; convert it to Markdown, or copy it by hand")
        }
        return plan
    }

    private func add(_ found: FoundPost, from source: any SourceFolder, to plan: inout ImportPlan) throws {
        let file = found.shownPath
        let text: String
        do {
            text = try String(contentsOf: found.url, encoding: .utf8)
        } catch {
            throw BuildError(path: file, message: "cannot read it as UTF-8 text", hint: "save it as UTF-8")
        }
        let frontMatter = try ForeignFrontMatter(text, path: file)
        var mapping = FrontMatterMapping(fields: frontMatter.fields, file: file)
        mapping.namesSplitOnSpaces = generator == .jekyll
        var post = try mapping.post(found: found, body: frontMatter.body)
        let folder = "Content/posts/\(mapping.year)/\(mapping.slug)"
        let assetURL = "/posts/\(mapping.year)/\(mapping.slug)/"
        var warnings = mapping.warnings
        post.body = source.markdown(post.body, assetURL: assetURL, file: file, bodyLine: frontMatter.bodyLine, warnings: &warnings)
            .pointingAssets(found.assets.map(\.relativePath), at: assetURL)
        plan.summary.warnings += warnings
        guard plan.add(post, at: folder + ".md", origin: file) else { return }
        for asset in found.assets {
            plan.files.append(ImportedFile(path: folder + "/" + asset.relativePath, contents: .copy(asset.url), kind: .asset, origin: file))
        }
    }
}
