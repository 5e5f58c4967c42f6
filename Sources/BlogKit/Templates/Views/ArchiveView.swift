import Mustache

/// All posts by year and month (`archive.…`).
struct ArchiveView: Hashable, Sendable, MustacheParent {
    struct Year: Hashable, Sendable, MustacheParent {
        var year: Int
        var url: String
        var count: Int
        var months: [Month]

        func child(named name: String) -> Any? {
            switch name {
            case "year": year
            case "url": url
            case "count": count
            case "months": months
            default: nil
            }
        }
    }

    struct Month: Hashable, Sendable, MustacheParent {
        var month: Int
        var label: String
        var url: String
        var count: Int
        var posts: [Entry]

        func child(named name: String) -> Any? {
            switch name {
            case "month": month
            case "label": label
            case "url": url
            case "count": count
            case "posts": posts
            default: nil
            }
        }
    }

    /// A post's line: its title, link, date and day of the month.
    struct Entry: Hashable, Sendable, MustacheParent {
        var title: String
        var url: String
        var date: String
        var day: String

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "url": url
            case "date": date
            case "day": day
            default: nil
            }
        }
    }

    var count: Int
    var years: [Year]

    func child(named name: String) -> Any? {
        switch name {
        case "count": count
        case "years": years
        default: nil
        }
    }
}
