import Mustache

/// `series.…` on a post page: the series the post belongs to, every post of
/// it in reading order with this one marked, and where it stands.
struct SeriesView: Hashable, Sendable, Encodable, MustacheParent {
    struct Item: Hashable, Sendable, Encodable, MustacheParent {
        var title: String
        var url: String
        var isCurrent: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "url": url
            case "is_current": isCurrent
            default: nil
            }
        }
    }

    var name: String
    var url: String
    /// "本系列第 3 篇，共 8 篇" (`series_position`).
    var label: String
    var posts: [Item]

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        case "label": label
        case "posts": posts
        default: nil
        }
    }
}
