/// One file of the output that a template renders.
struct Page: Sendable {
    enum Kind: Sendable {
        /// A post page; the index is into `SiteModel.posts`.
        case post(Int)
        /// A standalone page; the index is into `SiteModel.pages`.
        case standalone(Int)
        /// The home page and year and month pages: rows with a date badge.
        case dateListing(Listing)
        /// Category and tag pages: rows with a meta line.
        case termListing(Listing)
        /// All posts grouped by year and month.
        case archive
        /// All categories or all tags with their counts.
        case termIndex(title: String, terms: [SiteModel.Term])
        /// The search page, or its copy for one query a post links to.
        case search(query: String?)
        case notFound
        case feed
        case sitemap
    }

    /// One page of a paginated list of posts.
    struct Listing: Sendable {
        var title: String
        /// Posts on this page, as indexes into `SiteModel.posts`.
        var posts: [Int]
        var number: Int
        /// Every page of the list, first to last.
        var pages: [URLPath]
    }

    let path: URLPath
    let kind: Kind
    /// The file it is written to, relative to the output folder: made once,
    /// as every check and the writing ask for it.
    let file: String

    init(path: URLPath, kind: Kind) {
        self.path = path
        self.kind = kind
        self.file = path.outputFile
    }

    /// Whether it is an HTML page, which the build's counts count (the
    /// feed and the sitemap are not).
    var isHTML: Bool {
        file.hasSuffix(".html")
    }

    /// The template that renders this kind of page.
    var template: String {
        switch kind {
        case .post: "post"
        case .standalone: "page"
        case .dateListing: "list"
        case .termListing: "taxonomy"
        case .archive: "archive"
        case .termIndex: "terms"
        case .search: "search"
        case .notFound: "404"
        case .feed: "feed.xml"
        case .sitemap: "sitemap.xml"
        }
    }

    /// The post or standalone page it is made of, if any.
    func source(in model: SiteModel) -> Post? {
        switch kind {
        case .post(let index): model.posts[index].post
        case .standalone(let index): model.pages[index].post
        default: nil
        }
    }

    /// Names the page in error messages.
    func label(in model: SiteModel) -> String {
        switch kind {
        case .post(let index): model.posts[index].post.path
        case .standalone(let index): model.pages[index].post.path
        case .dateListing(let listing), .termListing(let listing): "the listing \(listing.title)"
        case .archive: "the archive"
        case .termIndex(let title, _): "the \(title) index"
        case .search(let query): query.map { "the search page for '\($0)'" } ?? "the search page"
        case .notFound: "the 404 page"
        case .feed: "the feed"
        case .sitemap: "the sitemap"
        }
    }

    /// Whether the page belongs in the sitemap.
    var isListedInSitemap: Bool {
        switch kind {
        case .search, .notFound, .feed, .sitemap: false
        default: true
        }
    }
}
