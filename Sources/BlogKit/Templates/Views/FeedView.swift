import Mustache

/// The Atom feed (`feed.…`): the newest posts with their whole content.
struct FeedView: Hashable, Sendable, Encodable, MustacheParent {
    struct Entry: Hashable, Sendable, Encodable, MustacheParent {
        var title: String
        var url: String
        var published: String
        var updated: String
        /// Escaped here, much faster than mustache's escaping of a whole post.
        var contentEscaped: String
        /// Categories and tags, by name.
        var categories: [TermView]

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "url": url
            case "published": published
            case "updated": updated
            case "content_escaped": contentEscaped
            case "categories": categories
            default: nil
            }
        }
    }

    var title: String
    var subtitle: String
    var url: String
    var selfURL: String
    var updated: String
    var author: String
    var entries: [Entry]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "subtitle": subtitle
        case "url": url
        case "self_url": selfURL
        case "updated": updated
        case "author": author
        case "entries": entries
        default: nil
        }
    }
}
