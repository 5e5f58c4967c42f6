import Foundation

/// The assembled site: posts newest first and every grouping pages need.
/// Built in one cheap pass over rendered posts; all orders are total, so the
/// output is the same on every run.
struct SiteModel: Sendable {
    /// A year or a month and the posts in it (indexes into `posts`).
    struct Period: Sendable {
        var year: Int
        var month: Int?
        var path: URLPath
        var posts: [Int]
        var months: [Period]
    }

    /// A category or a tag and its posts.
    struct Term: Sendable {
        var name: String
        var path: URLPath
        var posts: [Int]
    }

    /// The posts' years, months, categories, tags and related posts.
    struct Groupings: Sendable {
        /// Newest year first, each with its months newest first.
        var years: [Period]
        /// By name.
        var categories: [Term]
        /// By name.
        var tags: [Term]
        /// For each post, up to `relatedLimit` posts sharing the most tags.
        var related: [[Int]]
        /// By name; each series' posts in reading order (`series_order`,
        /// then oldest first).
        var series: [Term]
        /// For each post, the index of its series in `series`.
        var seriesOfPost: [Int?]
    }

    /// What of a post the groupings are made of: posts with equal keys, in
    /// the same order and under the same settings, have the same groupings.
    struct GroupingKey: Hashable, Sendable {
        var path: String
        var date: Date
        var categories: [String]
        var tags: [String]
        var series: String?
        var seriesOrder: Int?

        init(_ rendered: RenderedPost) {
            path = rendered.post.path
            date = rendered.post.date
            categories = rendered.post.categories
            tags = rendered.post.tags
            series = rendered.post.series
            seriesOrder = rendered.post.seriesOrder
        }
    }

    let config: SiteConfig
    let links: SiteLinks
    /// Newest first; ties broken by path.
    let posts: [RenderedPost]
    /// Standalone pages, in menu order (those without a place last), then by title.
    let pages: [RenderedPost]
    let groupings: Groupings
    /// Readers' comments by post id, in the order they were made.
    let comments: [String: [Comment]]
    /// The queries posts and pages link to as search pages, sorted.
    let linkedSearches: [String]

    var years: [Period] { groupings.years }
    var categories: [Term] { groupings.categories }
    var tags: [Term] { groupings.tags }
    var related: [[Int]] { groupings.related }
    var series: [Term] { groupings.series }

    static let relatedLimit = 10

    /// - Parameter known: gives the groupings of the posts, sorted, if it knows them (see `GroupingKey`).
    init(
        config: SiteConfig, posts unsorted: [RenderedPost], comments: [String: [Comment]] = [:],
        known: (_ sorted: [RenderedPost]) -> Groupings? = { _ in nil }
    ) {
        self.config = config
        self.comments = comments
        self.links = SiteLinks(config: config)
        let posts = unsorted.filter { !$0.post.isPage }.sorted { ($0.post.date, $1.post.path) > ($1.post.date, $0.post.path) }
        self.posts = posts
        self.pages = unsorted.filter(\.post.isPage).sorted {
            ($0.post.menu ?? Int.max, $0.post.title, $0.post.path) < ($1.post.menu ?? Int.max, $1.post.title, $1.post.path)
        }
        self.groupings =
            known(posts)
            ?? Self.groupings(of: posts, links: links)
        self.linkedSearches = unsorted.reduce(into: Set<String>()) { $0.formUnion($1.searchQueries) }.sorted()
    }

    /// What the search index holds: the posts, newest first, then the
    /// pages, but those whose front matter says `search: false`.
    var searchEntries: [SearchEntry] {
        (posts + pages).compactMap(\.searchEntry)
    }

    /// The older neighbour of post `index`, if any.
    func previous(_ index: Int) -> RenderedPost? { index + 1 < posts.count ? posts[index + 1] : nil }
    /// The newer neighbour of post `index`, if any.
    func next(_ index: Int) -> RenderedPost? { index > 0 ? posts[index - 1] : nil }
}

extension SiteModel {
    private static func groupings(of posts: [RenderedPost], links: SiteLinks) -> Groupings {
        let series = Self.series(posts, links: links)
        var seriesOfPost = [Int?](repeating: nil, count: posts.count)
        for (index, term) in series.enumerated() {
            for post in term.posts { seriesOfPost[post] = index }
        }
        return Groupings(
            years: Self.periods(posts, links: links), categories: Self.terms(posts, names: \.categories, path: links.category),
            tags: Self.terms(posts, names: \.tags, path: links.tag), related: Self.related(posts), series: series, seriesOfPost: seriesOfPost)
    }

    /// Series by name, each post once; names that map to the same URL are
    /// one series, as with terms.
    private static func series(_ posts: [RenderedPost], links: SiteLinks) -> [Term] {
        let terms = Self.terms(posts, names: \.seriesNames, path: links.series)
        // Posts are newest first: reading order is by `series_order`, then oldest first.
        return terms.map { term in
            var term = term
            term.posts.sort { a, b in
                let (first, second) = (posts[a].post, posts[b].post)
                switch (first.seriesOrder, second.seriesOrder) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a > b
                }
            }
            return term
        }
    }

    private static func periods(_ posts: [RenderedPost], links: SiteLinks) -> [Period] {
        var years: [Period] = []
        for (index, rendered) in posts.enumerated() {
            let parts = links.dates.parts(rendered.post.date)
            if years.last?.year != parts.year {
                years.append(Period(year: parts.year, path: links.year(parts.year), posts: [], months: []))
            }
            years[years.count - 1].posts.append(index)
            if years[years.count - 1].months.last?.month != parts.month {
                years[years.count - 1].months.append(
                    Period(year: parts.year, month: parts.month, path: links.month(parts.year, parts.month), posts: [], months: []))
            }
            let last = years[years.count - 1].months.count - 1
            years[years.count - 1].months[last].posts.append(index)
        }
        return years
    }

    /// Names that map to the same URL (`NLP` and `nlp`) are one term, shown
    /// under the name that sorts first.
    private static func terms(_ posts: [RenderedPost], names: KeyPath<Post, [String]>, path: (String) -> URLPath) -> [Term] {
        var byPath: [URLPath: Term] = [:]
        for (index, rendered) in posts.enumerated() {
            for name in rendered.post[keyPath: names] {
                let termPath = path(name)
                var term = byPath[termPath] ?? Term(name: name, path: termPath, posts: [])
                term.name = min(term.name, name)
                if term.posts.last != index {
                    term.posts.append(index)
                }
                byPath[termPath] = term
            }
        }
        return byPath.values.sorted { ($0.name, $0.path) < ($1.name, $1.path) }
    }

    /// Ranks other posts by the number of tags they share, then by closeness
    /// in time, then by position; posts sharing no tag are not related.
    private static func related(_ posts: [RenderedPost]) -> [[Int]] {
        let tags = posts.map { Set($0.post.tags.map(URLPath.segment(for:))) }
        var postsByTag: [String: [Int]] = [:]
        for (index, postTags) in tags.enumerated() {
            for tag in postTags {
                postsByTag[tag, default: []].append(index)
            }
        }
        let dates = posts.map { $0.post.date.timeIntervalSinceReferenceDate }
        let tagLists = tags.map { $0.map { postsByTag[$0] ?? [] } }
        return Array(posts.indices).concurrentMap { index in
            // Counts in an array, not a dictionary: this runs for every post.
            var counts = [Int](repeating: 0, count: posts.count)
            var shared: [(Int, Int)] = []
            for list in tagLists[index] {
                for other in list where other != index {
                    counts[other] += 1
                }
            }
            for list in tagLists[index] {
                for other in list where other != index && counts[other] > 0 {
                    shared.append((other, counts[other]))
                    counts[other] = 0
                }
            }
            // The best few kept in order as candidates stream by: most posts
            // share a tag with hundreds of others, and sorting them all is slow.
            var best: [(count: Int, distance: Double, index: Int)] = []
            best.reserveCapacity(relatedLimit + 1)
            for (other, count) in shared {
                let candidate = (count: -count, distance: abs(dates[other] - dates[index]), index: other)
                if best.count == relatedLimit, let worst = best.last, !(candidate < worst) { continue }
                let position = best.firstIndex { candidate < $0 } ?? best.count
                best.insert(candidate, at: position)
                if best.count > relatedLimit { best.removeLast() }
            }
            return best.map(\.index)
        }
    }
}
