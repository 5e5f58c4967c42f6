import BlogKit
import Foundation

/// Writes a plan's files under a site's folder, creating folders as needed,
/// and never replaces a file that exists: that one is skipped and named in
/// the summary, so an import can be run again after fixing what it skipped.
public struct ImportWriter {
    public let root: URL
    public var dryRun = false

    public init(root: URL, dryRun: Bool = false) {
        self.root = root
        self.dryRun = dryRun
    }

    public func write(_ plan: ImportPlan) throws -> ImportSummary {
        var summary = plan.summary
        let manager = FileManager.default
        for file in plan.files {
            let url = root.appendingPathComponent(file.path)
            if manager.fileExists(atPath: url.path) {
                summary.skipped.append("\(file.path): exists, left as it is (from \(file.origin); move it away to import it again)")
                continue
            }
            summary.written.append(file.path)
            summary.count(file)
            guard !dryRun else { continue }
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                switch file.contents {
                case .text(let text): try Data(text.utf8).write(to: url, options: .withoutOverwriting)
                case .copy(let source): try manager.copyItem(at: source, to: url)
                }
            } catch {
                throw BuildError(
                    path: file.path, message: "cannot write it: \(error.localizedDescription)",
                    hint: "check that \(root.path) is writable; files written so far stay, and a new run skips them")
            }
        }
        return summary
    }
}

extension ImportSummary {
    mutating func count(_ file: ImportedFile) {
        switch file.kind {
        case .post(let reason), .page(let reason):
            if case .post = file.kind { posts += 1 } else { pages += 1 }
            if let reason { drafts.append("\(file.path) (\(reason))") }
        case .comments(let count): comments += count
        case .asset: break
        }
    }
}
