import Foundation

/// A post or page as BlogKit's front matter holds it (see
/// `PostParser`: title, date, updated, id, slug, categories, tags, draft,
/// excerpt, math; any other key is kept as a param), with its body.
public struct ImportedPost: Sendable {
    public var title: String
    /// As front matter writes it: `2020-01-29 10:21:00`, maybe with an offset.
    public var date: String
    public var updated: String?
    public var id: Int?
    public var slug: String?
    public var categories: [String] = []
    public var tags: [String] = []
    /// Why it is a draft (`draft`, `hidden`, `password-protected`…), nil when published.
    public var draftReason: String?
    public var excerpt: String?
    public var math: Bool?
    /// A page's place in the menu (Typecho's `order`).
    public var menu: Int?
    /// Keys BlogKit does not know, kept so templates can read them.
    public var params: [(key: String, value: FrontMatterValue)] = []
    public var body: String

    public init(title: String, date: String, body: String) {
        self.title = title
        self.date = date
        self.body = body
    }

    /// The front matter, in the order a writer would put it.
    public var fields: [(key: String, value: FrontMatterValue)] {
        var fields: [(key: String, value: FrontMatterValue)] = [("title", .text(title)), ("date", .plain(date))]
        if let updated { fields.append(("updated", .plain(updated))) }
        if let id { fields.append(("id", .integer(id))) }
        if let slug { fields.append(("slug", .text(slug))) }
        if !categories.isEmpty { fields.append(("categories", .list(categories.map(FrontMatterValue.text)))) }
        if !tags.isEmpty { fields.append(("tags", .list(tags.map(FrontMatterValue.text)))) }
        if draftReason != nil { fields.append(("draft", .bool(true))) }
        if let menu { fields.append(("menu", .integer(menu))) }
        if let math { fields.append(("math", .bool(math))) }
        if let excerpt { fields.append(("excerpt", .text(excerpt))) }
        return fields + params
    }

    /// The Markdown file: front matter, then the body ending in a newline.
    public func fileText() throws -> String {
        try FrontMatterWriter.document(fields, body: body.hasSuffix("\n") || body.isEmpty ? body : body + "\n")
    }

    /// Whether `text` can be a post's id or slug: BlogKit's rule for one URL segment.
    public static func isURLSegment(_ text: String) -> Bool {
        !text.isEmpty && text != "." && text != ".."
            && !text.contains(where: { $0 == "/" || $0 == "\\" || $0 == "?" || $0 == "#" || $0.isWhitespace })
    }
}
