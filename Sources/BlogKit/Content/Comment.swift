import Foundation

/// A reader's comment on a post, from `Content/comments/<post id>.yml` (what
/// `blog import` writes from Typecho): shown under the post as written, as
/// text, never as HTML.
public struct Comment: Sendable, Hashable {
    public var id: Int
    /// The comment it answers, if any.
    public var parent: Int?
    public var author: String
    /// The author's site; linked only when it is http(s).
    public var url: String?
    public var date: Date
    public var text: String

    public init(id: Int, parent: Int? = nil, author: String, url: String? = nil, date: Date, text: String) {
        self.id = id
        self.parent = parent
        self.author = author
        self.url = url
        self.date = date
        self.text = text
    }
}
