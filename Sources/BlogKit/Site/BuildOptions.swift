import Foundation

/// What a build includes and for which address.
public struct BuildOptions: Sendable {
    /// Include posts marked `draft: true`.
    public var includeDrafts = false
    /// Include posts dated after `now`.
    public var includeFuture = false
    /// Replaces `base_url` from `blog.yml` (for previews and staging deploys).
    public var baseURL: String?
    /// Treat warnings (an unclosed `$$`, say) as errors: the build fails.
    public var strict = false
    /// The present moment, deciding which posts are in the future. A seam for
    /// tests; a build uses the clock.
    public var now = Date()
    /// Told how far the build is, from the threads doing the work (`blog
    /// build` shows it on a terminal).
    public var progress: (@Sendable (BuildProgress) -> Void)?

    public init(includeDrafts: Bool = false, includeFuture: Bool = false, baseURL: String? = nil, strict: Bool = false, now: Date = Date()) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.baseURL = baseURL
        self.strict = strict
        self.now = now
    }
}
