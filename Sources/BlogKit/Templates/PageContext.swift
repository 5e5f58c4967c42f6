import Foundation

/// Builds the views templates see (`PageView`). Templates stay logic-less:
/// every date is formatted, every URL made, every flag decided here.
struct PageContext {
    let model: SiteModel
    /// The same on every page, so built once.
    let shared: Boxed<SiteWideView>
    /// Pages the sitemap lists.
    private let sitemapPages: [Page]
    /// Posts dated after this are marked as not yet published (nil when
    /// the build leaves them out anyway).
    let now: Date?
    /// For each post, what other pages show of it, made once, as a post
    /// appears on many pages; taken from the previous build's context for a
    /// post rendered then (`blog serve`), so that equal views are mostly the
    /// same storage and compare quickly.
    private let postViews: [PostViews]
    /// For each post, this build's listing row and the post part of its
    /// page, boxed: the previous build's boxes when made of the same post
    /// at the same moment, so comparing a view with the last one finds the
    /// same box.
    private let summaries: [Boxed<PostSummaryView>]
    private let bodies: [Boxed<PostPageView.Post>]
    /// Feed entries, the same way, but made when first needed: few posts have one.
    private let feedEntries: Memo<FeedView.Entry>
    /// For each list of pages (by its first page), the links to its pages.
    private let pageLinks: [URLPath: [String]]

    // Stored, not computed from `model`: a computed one copies the whole
    // settings value (dozens of retains) on each of the many uses per page.
    private let links: SiteLinks
    private let config: SiteConfig
    private var dates: DateFormats { links.dates }

    /// - Parameter reusing: the previous build's context, and for each post
    ///   of `model` its index there if the views made of it still hold
    ///   (`BuildMemos` decides).
    init(model: SiteModel, pages: [Page], now: Date?, reusing: (context: PageContext, kept: [Int?])? = nil) {
        self.model = model
        self.links = model.links
        self.config = model.config
        self.now = now
        let previous = reusing?.context
        let kept = reusing?.kept ?? Array(repeating: nil, count: model.posts.count)
        let made = Array(kept.enumerated()).concurrentMap { index, old in
            // Not kept with the rest: every build has its own moment.
            let isFuture = now.map { model.posts[index].post.date > $0 } ?? false
            if let old, let previous, previous.summaries[old].value.isFuture == isFuture {
                return (previous.postViews[old], previous.summaries[old], previous.bodies[old])
            }
            let rendered = model.posts[index]
            let views = old.flatMap { previous?.postViews[$0] } ?? PostViews(of: rendered, model: model)
            var summary = views.summary
            summary.isFuture = isFuture
            let boxed = Boxed(summary)
            let body = PostPageView.Post(
                summary: boxed, content: rendered.html, headings: rendered.headings, toc: TableOfContentsView(headings: rendered.headings),
                reading: rendered.reading,
                readingLabel: model.config.strings.readingStats.filled(["count": String(rendered.reading.count), "minutes": String(rendered.reading.minutes)]),
                citation: views.citation, jsonLD: views.jsonLD, params: rendered.post.params,
                hasTags: !rendered.post.tags.isEmpty)
            return (views, boxed, Boxed(body))
        }
        self.postViews = made.map(\.0)
        self.summaries = made.map(\.1)
        self.bodies = made.map(\.2)
        self.feedEntries = Memo(kept: kept, from: previous?.feedEntries) { Self.feedEntry(of: model.posts[$0], links: model.links) }
        var pageLinks: [URLPath: [String]] = [:]
        for page in pages {
            if case .dateListing(let listing) = page.kind, listing.number == 1 { pageLinks[listing.pages[0]] = listing.pages.map(model.links.href) }
            if case .termListing(let listing) = page.kind, listing.number == 1 { pageLinks[listing.pages[0]] = listing.pages.map(model.links.href) }
        }
        self.pageLinks = pageLinks
        self.sitemapPages = pages.filter(\.isListedInSitemap)
        let links = model.links
        let config = model.config
        let site = SiteView(
            title: config.title,
            subtitle: config.subtitle.isEmpty ? nil : config.subtitle,
            description: config.description.isEmpty ? nil : config.description,
            author: config.author, language: config.language, url: config.absoluteBase + "/", root: links.root,
            homeURL: links.href(links.home), archiveURL: links.href(links.archive), categoriesURL: links.href(links.categories),
            tagsURL: links.href(links.tags), feedURL: links.href(links.feed), searchURL: config.search ? links.href(links.search) : nil,
            math: SiteView.Math(mode: config.math.mode.rawValue, mathJaxURL: config.math.mathJaxURL, mathJaxMacros: config.math.mathJaxMacros),
            comments: config.commentProvider.map(CommentProviderView.init),
            values: config.values)
        let sidebar = SidebarView(
            recent: model.posts.prefix(config.sidebarRecentPosts).map { LinkView(title: $0.post.title, url: links.href($0.path)) },
            categories: model.categories.map { TermView(name: $0.name, url: links.href($0.path), count: $0.posts.count) },
            years: model.years.map {
                SidebarView.YearView(year: $0.year, label: config.strings.title(ofYear: $0.year), url: links.href($0.path), count: $0.posts.count)
            },
            recentComments: Self.recentComments(in: model))
        let shared = SiteWideView(
            site: site, sidebar: sidebar, strings: StringsView(config.strings, homeURL: site.homeURL, archiveURL: site.archiveURL),
            menu: model.pages.filter { $0.post.menu != nil }.map { LinkView(title: $0.post.title, url: links.href($0.path)) })
        // The previous box when equal: comparing a page's view with the last
        // one then finds the same box.
        self.shared = previous.flatMap { $0.shared.value == shared ? $0.shared : nil } ?? Boxed(shared)
    }

    /// The boxed listing row and page part of the post at `index` of the model.
    func boxes(ofPost index: Int) -> (summary: Boxed<PostSummaryView>, body: Boxed<PostPageView.Post>) {
        (summaries[index], bodies[index])
    }

    func view(for page: Page) -> PageView {
        var line = PageView.Line(url: links.href(page.path), permalink: links.absolute(page.path))
        let content: PageView.Content
        switch page.kind {
        case .post(let index):
            let rendered = model.posts[index]
            line.title = rendered.post.title
            line.needsMathJax = rendered.needsMathJax
            content = .post(
                PostPageView(
                    post: bodies[index], hasRelated: !model.related[index].isEmpty,
                    previous: index + 1 < model.posts.count ? postViews[index + 1].link : nil,
                    next: index > 0 ? postViews[index - 1].link : nil,
                    related: model.related[index].map { postViews[$0].relatedLink }, series: series(of: index),
                    comments: rendered.post.id.flatMap { model.comments[$0] }.map { CommentView.thread($0, dates: dates) } ?? []))
        case .standalone(let index):
            let rendered = model.pages[index]
            let post = rendered.post
            line.title = post.title
            line.needsMathJax = rendered.needsMathJax
            content = .standalone(
                StandalonePageView(
                    title: post.title, content: rendered.html, headings: rendered.headings, date: post.isDated ? dates.day(post.date) : nil,
                    dateISO: post.isDated ? dates.iso8601(post.date) : nil, updated: post.updated.map(dates.day), params: post.params))
        case .dateListing(let listing), .termListing(let listing):
            line.title = listing.number > 1 ? config.strings.title(listing.title, page: listing.number) : listing.title
            line.needsMathJax = listing.posts.contains { model.posts[$0].excerptNeedsMathJax }
            content = .listing(
                ListingView(
                    title: listing.title, isHome: listing.pages.first == links.home, isFirstPage: listing.number == 1,
                    posts: listing.posts.map { summaries[$0] }, pagination: pagination(listing)))
        case .archive:
            line.title = config.strings.archiveTitle.text
            content = .archive(archive())
        case .termIndex(let title, let terms):
            line.title = title
            content = .terms(TermsView(title: title, items: terms.map { TermView(name: $0.name, url: links.href($0.path), count: $0.posts.count) }))
        case .search(let query):
            line.title = query.map { "\(config.strings.search.text)：\($0)" } ?? config.strings.search.text
            content = .search(
                SearchPageView(
                    query: query, indexURL: links.href(links.searchIndex), shards: SearchIndex(entries: model.searchEntries).shardCount, resultsLabel: config.strings.searchResults.filled(["count": "{count}"]),
                    noneLabel: config.strings.searchNone.filled(["query": "{query}"])))
        case .notFound:
            line.title = config.strings.notFoundTitle.text
            content = .notFound
        case .feed:
            content = .feed(feed())
        case .sitemap:
            content = .sitemap(sitemap())
        }
        return PageView(shared: shared, page: line, content: content)
    }
}

extension PageContext {
    /// Values per post, each made on first use by whichever thread asks.
    private final class Memo<Value: Sendable>: @unchecked Sendable {
        private let make: @Sendable (Int) -> Value
        private var values: [Value?]
        private let lock = NSLock()

        /// - Parameter kept: for each post, its index in `previous`, if the
        ///   value made there still holds.
        init(kept: [Int?], from previous: Memo?, make: @escaping @Sendable (Int) -> Value) {
            self.make = make
            let old = previous.map { previous in previous.lock.withLock { previous.values } }
            self.values = kept.map { index in index.flatMap { old?[$0] } }
        }

        func value(_ index: Int) -> Value {
            if let value = lock.withLock({ values[index] }) { return value }
            let value = make(index)
            lock.withLock { values[index] = value }
            return value
        }
    }

    /// The latest comments across the posts, newest first.
    private static func recentComments(in model: SiteModel) -> [RecentCommentView] {
        let limit = 10
        var all: [(comment: Comment, post: RenderedPost)] = []
        for post in model.posts {
            guard let id = post.post.id, let comments = model.comments[id] else { continue }
            all += comments.map { ($0, post) }
        }
        return all.sorted { ($0.comment.date, $0.comment.id) > ($1.comment.date, $1.comment.id) }.prefix(limit).map { item in
            RecentCommentView(
                author: item.comment.author, excerpt: HTMLText.prefix(item.comment.text.split(whereSeparator: \.isNewline).joined(separator: " "), characters: 30),
                url: model.links.href(item.post.path) + "#comment-\(item.comment.id)", postTitle: item.post.post.title)
        }
    }

    /// The series of post `index`, if it belongs to one.
    private func series(of index: Int) -> SeriesView? {
        guard let series = model.groupings.seriesOfPost[index].map({ model.series[$0] }) else { return nil }
        let position = (series.posts.firstIndex(of: index) ?? 0) + 1
        return SeriesView(
            name: series.name, url: links.href(series.path),
            label: config.strings.seriesPositionLabel(of: series.name, position: position, count: series.posts.count),
            posts: series.posts.map { SeriesView.Item(title: postViews[$0].link.title, url: postViews[$0].link.url, isCurrent: $0 == index) })
    }

    private func pagination(_ listing: Page.Listing) -> ListingView.Pagination {
        let number = listing.number
        let total = listing.pages.count
        let hrefs = pageLinks[listing.pages[0]] ?? listing.pages.map(links.href)
        var shown: [ListingView.Pagination.Item] = []
        var last = 0
        for candidate in 1...total where candidate == 1 || candidate == total || abs(candidate - number) <= 2 {
            if candidate > last + 1 {
                shown.append(.gap)
            }
            shown.append(.init(number: candidate, url: hrefs[candidate - 1], isCurrent: candidate == number))
            last = candidate
        }
        return ListingView.Pagination(
            current: number, total: total, pages: shown,
            previousURL: number > 1 ? hrefs[number - 2] : nil, nextURL: number < total ? hrefs[number] : nil)
    }

    private func archive() -> ArchiveView {
        ArchiveView(
            count: model.posts.count, countLabel: config.strings.archiveCountLabel(model.posts.count),
            years: model.years.map { year in
                ArchiveView.Year(
                    year: year.year, label: config.strings.title(ofYear: year.year), url: links.href(year.path), count: year.posts.count,
                    months: year.months.map { month in
                        ArchiveView.Month(
                            month: month.month!, label: config.strings.title(ofMonth: month.month!, year: year.year), url: links.href(month.path),
                            count: month.posts.count,
                            posts: month.posts.map { postViews[$0].archiveEntry })
                    })
            })
    }

    /// Atom: the newest `feed_size` posts with their full HTML. Its `updated`
    /// is the newest change among them, never the build time, so two builds
    /// give the same bytes.
    private func feed() -> FeedView {
        let entries = model.posts.prefix(config.feedSize)
        let newest = entries.map { $0.post.updated ?? $0.post.date }.max()
        return FeedView(
            title: config.title, subtitle: config.subtitle, url: config.absoluteBase + "/", selfURL: links.absolute(links.feed),
            updated: newest.map(dates.iso8601) ?? "1970-01-01T00:00:00Z", author: config.author,
            entries: entries.indices.map(feedEntries.value))
    }

    private static func feedEntry(of rendered: RenderedPost, links: SiteLinks) -> FeedView.Entry {
        let post = rendered.post
        let url = links.absolute(rendered.path)
        return FeedView.Entry(
            title: post.title, url: url, published: links.dates.iso8601(post.date), updated: links.dates.iso8601(post.updated ?? post.date),
            contentEscaped: HTMLEscaping.escape(FeedContent.html(rendered.html, pageURL: url)),
            categories: (post.categories + post.tags).map { TermView(name: $0) })
    }

    /// A post's entry is made of its views: its permalink and when it last changed.
    private func sitemap() -> SitemapView {
        SitemapView(
            urls: sitemapPages.map { page in
                if case .standalone(let index) = page.kind {
                    let post = model.pages[index].post
                    return SitemapView.URLEntry(loc: links.absolute(page.path), lastmod: (post.updated ?? (post.isDated ? post.date : nil)).map(dates.iso8601))
                }
                guard case .post(let index) = page.kind else { return SitemapView.URLEntry(loc: links.absolute(page.path)) }
                return SitemapView.URLEntry(loc: postViews[index].summary.permalink, lastmod: postViews[index].lastModified)
            })
    }
}
