/// What a build into a folder did.
public struct BuildSummary: Sendable {
    /// Posts published (drafts and future posts only when asked for).
    public let postCount: Int
    /// HTML pages of the site.
    public let pageCount: Int
    /// Every file of the site.
    public let fileCount: Int
    /// Files written because they were new or their bytes changed.
    public let writtenCount: Int
    /// Files of an earlier build the site no longer has, removed.
    public let removedCount: Int
    /// Posts rendered; the others' renders were kept from the last build
    /// into the folder, their text, URL and links unchanged.
    public let renderedCount: Int
    /// Pages templated; the others' files were kept as the last build left
    /// them, made from the same view and templates.
    public let templatedCount: Int
    /// Problems that did not stop the build, sorted by file and position.
    public let warnings: [BuildError]
    /// Whether nothing had changed since the last build into the folder, so
    /// nothing was built (the counts and warnings are that build's).
    public let isUpToDate: Bool
}
