/// A text file of the site as read from disk (or given by a test or an
/// embedding tool), with its path relative to the site root.
public struct SourceFile: Sendable, Hashable {
    /// Relative to the site root, with `/` separators, e.g. `Content/posts/2020/7180.md`.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
