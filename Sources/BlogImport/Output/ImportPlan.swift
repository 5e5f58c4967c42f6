import BlogKit
import Foundation

/// Everything an import would write, with what it skipped and warned of,
/// before anything is written: `ImportWriter` writes it (or, with
/// `--dry-run`, lists it) and counts what it wrote.
public struct ImportPlan: Sendable {
    public var files: [ImportedFile] = []
    public var summary = ImportSummary()
    /// The paths of the posts and pages added, to refuse a second of one path.
    private var postPaths = Set<String>()

    public init() {}

    /// Adds a post or page file, unless another of this import already took
    /// its path (two Hexo posts of one slug and year). Whether it was added.
    @discardableResult
    mutating func add(_ post: ImportedPost, at path: String, origin: String, isPage: Bool = false) -> Bool {
        guard postPaths.insert(path).inserted else {
            summary.skipped.append("\(origin): \(path) is already taken by another post of this import (give it its own slug)")
            return false
        }
        do {
            let kind: ImportedFile.Kind = isPage ? .page(draftReason: post.draftReason) : .post(draftReason: post.draftReason)
            files.append(ImportedFile(path: path, contents: .text(try post.fileText()), kind: kind, origin: origin))
            return true
        } catch {
            summary.skipped.append("\(origin): its front matter could not be written (\(error))")
            return false
        }
    }
}
