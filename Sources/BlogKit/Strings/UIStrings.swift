/// The words a reader sees that are not the posts' own: page titles the
/// generator makes and the default theme's words. Chosen by `language:`,
/// then single entries replaced by `strings:` in `blog.yml`.
///
/// Entries that show a value (a year, a term's name) are patterns filled
/// here, as templates are logic-less: templates see them filled, in labels
/// of their views, and see the others as `strings.…` (`StringsView`).
struct UIStrings: Hashable, Sendable, Encodable {
    var yearTitle: StringPattern
    var monthTitle: StringPattern
    /// January to December, for `{month_name}` in `month_title`.
    var monthNames: [String]
    var categoryTitle: StringPattern
    var tagTitle: StringPattern
    var seriesTitle: StringPattern
    /// Where a post stands in its series, on its page.
    var seriesPosition: StringPattern
    /// The title of page 2 on of a listing.
    var pagedTitle: StringPattern
    var archiveTitle: StringPattern
    var notFoundTitle: StringPattern
    var home: StringPattern
    var archive: StringPattern
    var categories: StringPattern
    var tags: StringPattern
    var feed: StringPattern
    var recentPosts: StringPattern
    var related: StringPattern
    var comments: StringPattern
    var recentComments: StringPattern
    var previousPage: StringPattern
    var nextPage: StringPattern
    var readMore: StringPattern
    var noPosts: StringPattern
    var draft: StringPattern
    var future: StringPattern
    var by: StringPattern
    var cite: StringPattern
    var updated: StringPattern
    var tagsLabel: StringPattern
    var shareNotice: StringPattern
    var citeNotice: StringPattern
    /// The heading of a post's table of contents.
    var toc: StringPattern
    /// A post's length and reading time, under its title.
    var readingStats: StringPattern
    /// The copy button on code blocks, and what it says once it has copied.
    var copy: StringPattern
    var copied: StringPattern
    /// The search box's label and button, and the search page's title.
    var search: StringPattern
    /// What the empty search box shows.
    var searchPlaceholder: StringPattern
    /// Above the results: how many posts matched.
    var searchResults: StringPattern
    /// When nothing matched.
    var searchNone: StringPattern
    var archiveCount: StringPattern
    var archiveDay: StringPattern
    /// HTML once filled: `{home}` and `{archive}` become links.
    var notFoundText: StringPattern

    /// English for `en` and `en-…`; Chinese for anything else, so a site in
    /// another language keeps a whole table and replaces what it shows.
    static func builtIn(for language: String) -> UIStrings {
        let primary = language.lowercased().split { $0 == "-" || $0 == "_" }.first
        return primary == "en" ? .english : .chinese
    }

    func title(ofYear year: Int) -> String {
        yearTitle.filled(["year": String(year)])
    }

    func title(ofMonth month: Int, year: Int) -> String {
        monthTitle.filled(["year": String(year), "month": String(month), "month_name": monthNames[month - 1]])
    }

    func title(ofCategory name: String) -> String {
        categoryTitle.filled(["name": name])
    }

    func title(ofTag name: String) -> String {
        tagTitle.filled(["name": name])
    }

    func title(ofSeries name: String) -> String {
        seriesTitle.filled(["name": name])
    }

    func seriesPositionLabel(of name: String, position: Int, count: Int) -> String {
        seriesPosition.filled(["name": name, "position": String(position), "count": String(count)])
    }

    func title(_ title: String, page: Int) -> String {
        pagedTitle.filled(["title": title, "page": String(page)])
    }

    func archiveCountLabel(_ count: Int) -> String {
        archiveCount.filled(["count": String(count)])
    }

    /// - Parameter day: the day of the month as shown, e.g. `03`.
    func archiveDayLabel(_ day: String) -> String {
        archiveDay.filled(["day": day])
    }
}
