import BlogKit
import Foundation

/// Everything an import would write, with what it skipped and warned of,
/// before anything is written (the counts are the writer's): `--dry-run` prints it, `ImportWriter` writes it.
public struct ImportPlan: Sendable {
    public var files: [ImportedFile] = []
    public var summary = ImportSummary()

    public init() {}

    /// Adds a post or page file, unless another of this import already took
    /// its path (two Hexo posts of one slug and year).
    mutating func add(_ post: ImportedPost, at path: String, origin: String, isPage: Bool = false) {
        guard !files.contains(where: { $0.path == path }) else {
            summary.skipped.append("\(origin): \(path) is already taken by another post of this import (give it its own slug)")
            return
        }
        do {
            let kind: ImportedFile.Kind = isPage ? .page(draftReason: post.draftReason) : .post(draftReason: post.draftReason)
            files.append(ImportedFile(path: path, contents: .text(try post.fileText()), kind: kind, origin: origin))
        } catch {
            summary.skipped.append("\(origin): its front matter could not be written (\(error))")
        }
    }
}
