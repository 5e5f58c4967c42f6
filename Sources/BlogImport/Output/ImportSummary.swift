import BlogKit
import Foundation

/// What an import found and did, printed at its end: counts, the drafts and
/// why, what was skipped and why, and per-file warnings for what could not
/// be mapped.
public struct ImportSummary: Sendable {
    public var posts = 0
    public var pages = 0
    public var comments = 0
    /// `Content/posts/2015/3301.md (hidden)`.
    public var drafts: [String] = []
    /// `typecho_comments: 12 spam`, `Content/posts/2020/1.md: exists`.
    public var skipped: [String] = []
    /// What was read but could not be carried over as it was, located in its source.
    public var warnings: [BuildError] = []
    /// Lines for the writer to act on, such as a `category_slugs:` block for blog.yml.
    public var advice: [String] = []
    /// The files written, or that would be with `--dry-run`.
    public var written: [String] = []

    public init() {}

    public func report(dryRun: Bool) -> String {
        var lines: [String] = []
        for path in written {
            lines.append((dryRun ? "would write " : "wrote ") + path)
        }
        lines += warnings.map(\.description)
        let counts = [
            Self.counted(posts, "post"), Self.counted(pages, "page"), Self.counted(comments, "comment"),
            Self.counted(drafts.count, "draft"), Self.counted(skipped.count, "skipped"),
        ]
        lines.append((dryRun ? "dry run, nothing written: " : "imported ") + counts.joined(separator: ", "))
        if !drafts.isEmpty {
            lines.append("drafts (draft: true; not published until you remove it):")
            lines += drafts.map { "  " + $0 }
        }
        if !skipped.isEmpty {
            lines.append("skipped:")
            lines += skipped.map { "  " + $0 }
        }
        lines += advice
        return lines.joined(separator: "\n")
    }

    static func counted(_ count: Int, _ noun: String) -> String {
        noun == "skipped" ? "\(count) skipped" : "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
