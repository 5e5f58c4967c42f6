/// The part of a post that listing pages show.
public struct Excerpt: Sendable, Hashable, Codable {
    /// Well-formed HTML: every element opened in it is closed in it.
    public var html: String
    /// True when the post goes on past the excerpt, so listings show
    /// "点击阅读全文...".
    public var continues: Bool

    public init(html: String, continues: Bool) {
        self.html = html
        self.continues = continues
    }
}
