/// The keys of the `strings:` setting, each naming one entry of `UIStrings`,
/// with the placeholders its text may use. The README lists them all.
enum UIStringKey: String, CaseIterable, Sendable {
    // Titles the generator makes (page titles, listing headings).
    case yearTitle = "year_title"
    case monthTitle = "month_title"
    case monthNames = "month_names"
    case categoryTitle = "category_title"
    case tagTitle = "tag_title"
    case seriesTitle = "series_title"
    case seriesPosition = "series_position"
    case pagedTitle = "paged_title"
    case archiveTitle = "archive_title"
    case notFoundTitle = "not_found_title"
    // Words of the default theme.
    case home
    case archive
    case categories
    case tags
    case feed
    case recentPosts = "recent_posts"
    case related
    case comments
    case recentComments = "recent_comments"
    case previousPage = "previous_page"
    case nextPage = "next_page"
    case readMore = "read_more"
    case noPosts = "no_posts"
    case draft
    case future
    case by
    case cite
    case updated
    case tagsLabel = "tags_label"
    case shareNotice = "share_notice"
    case citeNotice = "cite_notice"
    case toc
    case readingStats = "reading_stats"
    case copy
    case copied
    case search
    case searchPlaceholder = "search_placeholder"
    case searchResults = "search_results"
    case searchNone = "search_none"
    case archiveCount = "archive_count"
    case archiveDay = "archive_day"
    case notFoundText = "not_found_text"

    /// The placeholders its text may use; an entry shown with values the
    /// generator fills in, since templates cannot.
    var placeholders: [String] {
        switch self {
        case .yearTitle: ["year"]
        case .monthTitle: ["year", "month", "month_name"]
        case .categoryTitle, .tagTitle, .seriesTitle: ["name"]
        case .seriesPosition: ["name", "position", "count"]
        case .pagedTitle: ["title", "page"]
        case .readingStats: ["count", "minutes"]
        case .archiveCount, .searchResults: ["count"]
        case .searchNone: ["query"]
        case .archiveDay: ["day"]
        case .notFoundText: ["home", "archive"]
        default: []
        }
    }

    /// Where its text is kept; nil for `month_names`, a list of twelve.
    var path: WritableKeyPath<UIStrings, StringPattern>? {
        switch self {
        case .yearTitle: \.yearTitle
        case .monthTitle: \.monthTitle
        case .monthNames: nil
        case .categoryTitle: \.categoryTitle
        case .tagTitle: \.tagTitle
        case .seriesTitle: \.seriesTitle
        case .seriesPosition: \.seriesPosition
        case .pagedTitle: \.pagedTitle
        case .archiveTitle: \.archiveTitle
        case .notFoundTitle: \.notFoundTitle
        case .home: \.home
        case .archive: \.archive
        case .categories: \.categories
        case .tags: \.tags
        case .feed: \.feed
        case .recentPosts: \.recentPosts
        case .related: \.related
        case .comments: \.comments
        case .recentComments: \.recentComments
        case .previousPage: \.previousPage
        case .nextPage: \.nextPage
        case .readMore: \.readMore
        case .noPosts: \.noPosts
        case .draft: \.draft
        case .future: \.future
        case .by: \.by
        case .cite: \.cite
        case .updated: \.updated
        case .tagsLabel: \.tagsLabel
        case .shareNotice: \.shareNotice
        case .citeNotice: \.citeNotice
        case .toc: \.toc
        case .readingStats: \.readingStats
        case .copy: \.copy
        case .copied: \.copied
        case .search: \.search
        case .searchPlaceholder: \.searchPlaceholder
        case .searchResults: \.searchResults
        case .searchNone: \.searchNone
        case .archiveCount: \.archiveCount
        case .archiveDay: \.archiveDay
        case .notFoundText: \.notFoundText
        }
    }
}
