import Mustache

/// What a listing row shows of a post; the post page shows it too (`post.…`).
struct PostSummaryView: Hashable, Sendable, Encodable, MustacheParent {
    var title: String
    var url: String
    var permalink: String
    var date: String
    var dateISO: String
    var badgeDay: Int
    var badgeMonth: String
    var author: String
    var excerpt: String
    /// The excerpt's text, short, for the page's description and link previews.
    var description: String
    var continues: Bool
    var categories: [TermView]
    var tags: [TermView]
    var isDraft: Bool
    /// Dated after the build's moment.
    var isFuture: Bool
    var updated: String?
    var updatedISO: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "permalink": permalink
        case "date": date
        case "date_iso": dateISO
        case "badge_day": badgeDay
        case "badge_month": badgeMonth
        case "author": author
        case "excerpt": excerpt
        case "description": description
        case "continues": continues
        case "categories": categories
        case "tags": tags
        case "is_draft": isDraft
        case "is_future": isFuture
        case "updated": updated
        case "updated_iso": updatedISO
        default: nil
        }
    }
}
