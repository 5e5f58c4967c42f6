/// Every URL of the site, from the permalink patterns in `blog.yml`.
struct SiteLinks: Sendable {
    let config: SiteConfig
    let dates: DateFormats

    init(config: SiteConfig) {
        self.config = config
        self.dates = DateFormats(timeZone: config.timeZone)
    }

    var home: URLPath { URLPath(config.permalinks.home) }
    var archive: URLPath { URLPath(config.permalinks.archive) }
    var categories: URLPath { URLPath(config.permalinks.categories) }
    var tags: URLPath { URLPath(config.permalinks.tags) }
    var feed: URLPath { URLPath("/feed.xml") }
    var sitemap: URLPath { URLPath("/sitemap.xml") }
    var notFound: URLPath { URLPath("/404.html") }
    var search: URLPath { URLPath(config.permalinks.search) }
    /// The folder of the search index's files.
    var searchIndex: URLPath { URLPath("/search-index/") }

    /// The search page showing the results for `query` (a series link).
    func search(_ query: String) -> URLPath {
        URLPath(config.permalinks.search + query + "/")
    }

    func post(_ post: Post) -> URLPath {
        let p = dates.parts(post.date)
        return URLPath(
            Permalinks.fill(config.permalinks.post, [
                "id": post.permalinkID, "slug": post.slug, "year": String(p.year),
                "month": DateFormats.two(p.month), "day": DateFormats.two(p.day),
            ]))
    }

    func year(_ year: Int) -> URLPath {
        URLPath(Permalinks.fill(config.permalinks.year, ["year": String(year)]))
    }

    func month(_ year: Int, _ month: Int) -> URLPath {
        URLPath(Permalinks.fill(config.permalinks.month, ["year": String(year), "month": DateFormats.two(month)]))
    }

    func category(_ name: String) -> URLPath {
        URLPath(Permalinks.fill(config.permalinks.category, ["slug": config.categorySlugs[name] ?? URLPath.segment(for: name)]))
    }

    func tag(_ name: String) -> URLPath {
        URLPath(Permalinks.fill(config.permalinks.tag, ["slug": URLPath.segment(for: name)]))
    }

    /// A post's URL, or a standalone page's.
    func url(of post: Post) -> URLPath {
        post.isPage ? URLPath(Permalinks.fill(config.permalinks.standalone, ["slug": post.slug])) : self.post(post)
    }

    func series(_ name: String) -> URLPath {
        URLPath(Permalinks.fill(config.permalinks.series, ["slug": URLPath.segment(for: name)]))
    }

    /// Page `number` of a paginated listing whose first page is `first`.
    func page(_ number: Int, of first: URLPath) -> URLPath {
        number <= 1 ? first : URLPath(first.value + Permalinks.fill(config.permalinks.page, ["n": String(number)]))
    }

    /// The link to put in a page: the base URL's path, then the encoded path.
    func href(_ path: URLPath) -> String {
        config.basePath + path.encoded
    }

    /// The absolute URL, for feeds, the sitemap and citations.
    func absolute(_ path: URLPath) -> String {
        config.absoluteBase + path.encoded
    }

    /// The root of the site for asset links: `/` or `/blog/`.
    var root: String { config.basePath + "/" }
}
