import Mustache

/// All posts by year and month (`archive.…`).
struct ArchiveView: Hashable, Sendable, Encodable, MustacheParent {
    struct Year: Hashable, Sendable, Encodable, MustacheParent {
        var year: Int
        /// As `year_title` writes it (`2020年`).
        var label: String
        var url: String
        var count: Int
        var months: [Month]

        func child(named name: String) -> Any? {
            switch name {
            case "year": year
            case "label": label
            case "url": url
            case "count": count
            case "months": months
            default: nil
            }
        }
    }

    struct Month: Hashable, Sendable, Encodable, MustacheParent {
        var month: Int
        /// As `month_title` writes it (`2020年3月`).
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
    struct Entry: Hashable, Sendable, Encodable, MustacheParent {
        var title: String
        var url: String
        var date: String
        /// `03`
        var day: String
        /// The day as `archive_day` writes it (`03日`).
        var dayLabel: String

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "url": url
            case "date": date
            case "day": day
            case "day_label": dayLabel
            default: nil
            }
        }
    }

    var count: Int
    /// The count as `archive_count` writes it (`共 17 篇文章`).
    var countLabel: String
    var years: [Year]

    func child(named name: String) -> Any? {
        switch name {
        case "count": count
        case "count_label": countLabel
        case "years": years
        default: nil
        }
    }
}
