import Mustache

/// What a listing row shows of a post; the post page shows it too (`post.…`).
/// A class: one summary appears on many pages, and each build compares every
/// page's view with the last one's, so sharing it makes both cheap.
final class PostSummaryView: Hashable, Sendable, MustacheParent {
    struct Fields: Hashable, Sendable {
        var title: String
        var url: String
        var permalink: String
        var date: String
        var dateISO: String
        var badgeDay: Int
        var badgeMonth: String
        var author: String
        var excerpt: String
        var continues: Bool
        var categories: [TermView]
        var tags: [TermView]
        var isDraft: Bool
        var updated: String?
    }

    let fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }

    static func == (lhs: PostSummaryView, rhs: PostSummaryView) -> Bool {
        lhs === rhs || lhs.fields == rhs.fields
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fields.url)
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": fields.title
        case "url": fields.url
        case "permalink": fields.permalink
        case "date": fields.date
        case "date_iso": fields.dateISO
        case "badge_day": fields.badgeDay
        case "badge_month": fields.badgeMonth
        case "author": fields.author
        case "excerpt": fields.excerpt
        case "continues": fields.continues
        case "categories": fields.categories
        case "tags": fields.tags
        case "is_draft": fields.isDraft
        case "updated": fields.updated
        default: nil
        }
    }
}

/// A post as a page lists it: its summary, and whether it is dated after
/// the build's moment (`is_future`), which every build decides anew.
struct ListedPost: Hashable, Sendable, MustacheParent {
    var summary: PostSummaryView
    var isFuture: Bool

    func child(named name: String) -> Any? {
        name == "is_future" ? isFuture : summary.child(named: name)
    }
}
