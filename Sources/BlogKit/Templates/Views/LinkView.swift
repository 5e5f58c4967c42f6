import Mustache

/// A link to a post: `title`, `url` and, in the related list, `date`.
struct LinkView: Hashable, Sendable, Encodable, MustacheParent {
    var title: String
    var url: String
    var date: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "date": date
        default: nil
        }
    }
}

/// A category or tag: `name`, `url` and, in indexes and the sidebar, `count`.
struct TermView: Hashable, Sendable, Encodable, MustacheParent {
    var name: String
    var url: String?
    var count: Int?

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        case "count": count
        default: nil
        }
    }
}
