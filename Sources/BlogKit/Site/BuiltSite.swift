import Foundation

/// A site built in memory: every output file, ready to write or inspect.
public struct BuiltSite: Sendable {
    /// Sorted by path.
    public let files: [OutputFile]
    /// Posts published (drafts and future posts only when asked for).
    public let postCount: Int
    /// HTML pages among the files.
    public let pageCount: Int
    /// Files of the site, including those written as they were made and so
    /// not in `files`.
    let fileCount: Int
    /// Posts rendered and pages templated, not kept from an earlier build.
    let renderedCount: Int
    let templatedCount: Int
    /// The time this build's output holds for: the clock decides only which
    /// posts are published (and, with future posts shown, which are marked),
    /// so it is from the newest post already out to the next one due.
    let timeSpan: (since: Date?, until: Date?)
    /// Problems that did not stop the build, sorted by file and position.
    public let warnings: [BuildError]

    /// The file at `path` (relative to the output folder), if built.
    public func file(at path: String) -> OutputFile? {
        index[path].map { files[$0] }
    }

    /// Brings the folder `output` up to date with the site (see `OutputWriter`).
    public func write(to output: URL, siteRoot: URL) throws {
        try OutputWriter(output: output, siteRoot: siteRoot).write(files)
    }

    init(
        files: [OutputFile], postCount: Int, pageCount: Int, fileCount: Int, renderedCount: Int, templatedCount: Int, timeSpan: (since: Date?, until: Date?),
        warnings: [BuildError]
    ) {
        self.renderedCount = renderedCount
        self.templatedCount = templatedCount
        self.timeSpan = timeSpan
        self.warnings = warnings.sorted()
        self.files = files.sorted { $0.path < $1.path }
        self.postCount = postCount
        self.pageCount = pageCount
        self.fileCount = fileCount
        self.index = Dictionary(self.files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private let index: [String: Int]
}
