import Mustache

/// A page of a list of posts (`listing.…`): the home page, a year, month,
/// category or tag.
struct ListingView: Hashable, Sendable, Encodable, MustacheParent {
    /// Links to the first and last pages and to those near the current one,
    /// with gaps between, so a 200-page listing does not print 200 links.
    struct Pagination: Hashable, Sendable, Encodable, MustacheParent {
        /// A page number, or a gap between numbers.
        struct Item: Hashable, Sendable, Encodable, MustacheParent {
            var number: Int?
            var url: String?
            var isCurrent: Bool?

            static let gap = Item()

            func child(named name: String) -> Any? {
                switch name {
                case "is_gap": number == nil ? true : nil
                case "number": number
                case "url": url
                case "is_current": isCurrent
                default: nil
                }
            }
        }

        var current: Int
        var total: Int
        var pages: [Item]
        var previousURL: String?
        var nextURL: String?

        func child(named name: String) -> Any? {
            switch name {
            case "current": current
            case "total": total
            case "has_pages": total > 1
            case "pages": pages
            case "previous_url": previousURL
            case "next_url": nextURL
            default: nil
            }
        }
    }

    var title: String
    var isHome: Bool
    var isFirstPage: Bool
    var posts: [Boxed<PostSummaryView>]
    var pagination: Pagination

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "is_home": isHome
        case "is_first_page": isFirstPage
        case "posts": posts
        case "pagination": pagination
        default: nil
        }
    }
}
