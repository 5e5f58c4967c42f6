import Foundation

/// Builds the views templates see (`PageView`). Templates stay logic-less:
/// every date is formatted, every URL made, every flag decided here.
struct PageContext {
    let model: SiteModel
    /// The same on every page, so built once.
    let shared: SiteWideView
    /// Pages the sitemap lists.
    let sitemapPaths: [URLPath]
    /// Posts dated after this are marked as not yet published (nil when
    /// the build leaves them out anyway).
    let now: Date?
    /// For each post, what listing rows show of it, what a link to it in
    /// the related list shows and its feed entry: made once, when first
    /// needed, as a post appears on many pages, and taken from the previous
    /// build's context for a post rendered then (`blog serve`).
    private let summaries: Memo<PostSummaryView>
    private let relatedItems: Memo<LinkView>
    private let feedEntries: Memo<FeedView.Entry>

    // Stored, not computed from `model`: a computed one copies the whole
    // settings value (dozens of retains) on each of the many uses per page.
    private let links: SiteLinks
    private let config: SiteConfig
    private var dates: DateFormats { links.dates }

    /// - Parameter previous: the previous build's context, whose values per
    ///   post are kept for the posts it was made of, under the same settings.
    init(model: SiteModel, pages: [Page], now: Date?, reusing previous: PageContext? = nil) {
        self.model = model
        self.links = model.links
        self.config = model.config
        self.now = now
        let kept = Self.keptIndexes(of: model, in: previous)
        self.summaries = Memo(kept: kept, from: previous?.summaries) { Self.summary(of: model.posts[$0], model: model) }
        self.relatedItems = Memo(kept: kept, from: previous?.relatedItems) { index in
            let post = model.posts[index]
            return LinkView(title: post.post.title, url: model.links.href(post.path), date: model.links.dates.day(post.post.date))
        }
        self.feedEntries = Memo(kept: kept, from: previous?.feedEntries) { Self.feedEntry(of: model.posts[$0], links: model.links) }
        self.sitemapPaths = pages.filter(\.isListedInSitemap).map(\.path)
        let links = model.links
        let config = model.config
        let site = SiteView(
            title: config.title,
            subtitle: config.subtitle.isEmpty ? nil : config.subtitle,
            description: config.description.isEmpty ? nil : config.description,
            author: config.author, language: config.language, url: config.absoluteBase + "/", root: links.root,
            homeURL: links.href(links.home), archiveURL: links.href(links.archive), categoriesURL: links.href(links.categories),
            tagsURL: links.href(links.tags), feedURL: links.href(links.feed),
            math: SiteView.Math(mode: config.math.mode.rawValue, mathJaxURL: config.math.mathJaxURL, mathJaxMacros: config.math.mathJaxMacros),
            values: config.values)
        let sidebar = SidebarView(
            recent: model.posts.prefix(config.sidebarRecentPosts).map { LinkView(title: $0.post.title, url: links.href($0.path)) },
            categories: model.categories.map { TermView(name: $0.name, url: links.href($0.path), count: $0.posts.count) },
            years: model.years.map { SidebarView.YearView(year: $0.year, url: links.href($0.path), count: $0.posts.count) })
        self.shared = SiteWideView(site: site, sidebar: sidebar)
    }

    func view(for page: Page) -> PageView {
        var line = PageView.Line(url: links.href(page.path), permalink: links.absolute(page.path))
        let content: PageView.Content
        switch page.kind {
        case .post(let index):
            let rendered = model.posts[index]
            line.title = rendered.post.title
            line.needsMathJax = rendered.needsMathJax
            let post = PostPageView.Post(
                summary: summary(index), content: rendered.html, headings: rendered.headings, citation: citation(rendered),
                params: rendered.post.params, hasTags: !rendered.post.tags.isEmpty)
            content = .post(
                PostPageView(
                    post: post, hasRelated: !model.related[index].isEmpty,
                    previous: model.previous(index).map { LinkView(title: $0.post.title, url: links.href($0.path)) },
                    next: model.next(index).map { LinkView(title: $0.post.title, url: links.href($0.path)) },
                    related: model.related[index].map(relatedItems.value)))
        case .dateListing(let listing), .termListing(let listing):
            line.title = listing.number > 1 ? "\(listing.title)（第\(listing.number)页）" : listing.title
            line.needsMathJax = listing.posts.contains { model.posts[$0].excerptNeedsMathJax }
            content = .listing(
                ListingView(
                    title: listing.title, isHome: listing.pages.first == links.home, isFirstPage: listing.number == 1,
                    posts: listing.posts.map(summary), pagination: pagination(listing)))
        case .archive:
            line.title = "文章归档"
            content = .archive(archive())
        case .termIndex(let title, let terms):
            line.title = title
            content = .terms(TermsView(title: title, items: terms.map { TermView(name: $0.name, url: links.href($0.path), count: $0.posts.count) }))
        case .notFound:
            line.title = "页面不存在"
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
    /// For each post of `model`, its index in `previous` if the values made
    /// there still hold: the same settings, and the same rendered post (one
    /// is made per render, so the same object is the same post).
    private static func keptIndexes(of model: SiteModel, in previous: PageContext?) -> [Int?] {
        guard let previous, previous.model.config == model.config else { return Array(repeating: nil, count: model.posts.count) }
        let old = previous.model.posts
        let indexes = Dictionary(old.indices.map { (ObjectIdentifier(old[$0]), $0) }, uniquingKeysWith: { first, _ in first })
        return model.posts.map { indexes[ObjectIdentifier($0)] }
    }

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

    /// What a listing row shows of a post; the post page extends it.
    private func summary(_ index: Int) -> PostSummaryView {
        var summary = summaries.value(index)
        // Not kept with the rest: every build has its own moment.
        summary.isFuture = now.map { model.posts[index].post.date > $0 } ?? false
        return summary
    }

    private static func summary(of rendered: RenderedPost, model: SiteModel) -> PostSummaryView {
        let links = model.links
        let dates = links.dates
        let post = rendered.post
        let parts = dates.parts(post.date)
        return PostSummaryView(
            title: post.title, url: links.href(rendered.path), permalink: links.absolute(rendered.path), date: dates.day(post.date),
            dateISO: dates.iso8601(post.date), badgeDay: parts.day, badgeMonth: DateFormats.monthAbbreviation(parts.month),
            author: model.config.author, excerpt: rendered.excerpt.html, continues: rendered.excerpt.continues,
            categories: post.categories.map { TermView(name: $0, url: links.href(links.category($0))) },
            tags: post.tags.map { TermView(name: $0, url: links.href(links.tag($0))) },
            isDraft: post.isDraft, isFuture: false, updated: post.updated.map(dates.day))
    }

    private func pagination(_ listing: Page.Listing) -> ListingView.Pagination {
        let number = listing.number
        let total = listing.pages.count
        var shown: [ListingView.Pagination.Item] = []
        var last = 0
        for candidate in 1...total where candidate == 1 || candidate == total || abs(candidate - number) <= 2 {
            if candidate > last + 1 {
                shown.append(.gap)
            }
            shown.append(.init(number: candidate, url: links.href(listing.pages[candidate - 1]), isCurrent: candidate == number))
            last = candidate
        }
        return ListingView.Pagination(
            current: number, total: total, pages: shown,
            previousURL: number > 1 ? links.href(listing.pages[number - 2]) : nil,
            nextURL: number < total ? links.href(listing.pages[number]) : nil)
    }

    /// The plain citation line and the BibTeX entry of the post page.
    private func citation(_ rendered: RenderedPost) -> PostPageView.Post.Citation {
        let post = rendered.post
        let url = links.absolute(rendered.path)
        let parts = dates.parts(post.date)
        let text = "\(config.author). (\(dates.citation(post.date))). 《\(post.title)》[Blog post]. Retrieved from \(url)"
        let bibtex = """
            @online{\(config.citationKey)-\(post.permalinkID),
                    title={\(post.title)},
                    author={\(config.author)},
                    year={\(parts.year)},
                    month={\(DateFormats.monthAbbreviation(parts.month))},
                    url={\\url{\(url)}},
            }
            """
        return .init(text: text, bibtex: bibtex)
    }

    private func archive() -> ArchiveView {
        ArchiveView(
            count: model.posts.count,
            years: model.years.map { year in
                ArchiveView.Year(
                    year: year.year, url: links.href(year.path), count: year.posts.count,
                    months: year.months.map { month in
                        ArchiveView.Month(
                            month: month.month!, label: "\(year.year)年\(month.month!)月", url: links.href(month.path), count: month.posts.count,
                            posts: month.posts.map { index in
                                let rendered = model.posts[index]
                                return ArchiveView.Entry(
                                    title: rendered.post.title, url: links.href(rendered.path), date: dates.day(rendered.post.date),
                                    day: DateFormats.two(dates.parts(rendered.post.date).day))
                            })
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

    private func sitemap() -> SitemapView {
        let lastModified = Dictionary(
            model.posts.map { ($0.path, dates.iso8601($0.post.updated ?? $0.post.date)) }, uniquingKeysWith: { first, _ in first })
        return SitemapView(urls: sitemapPaths.map { SitemapView.URLEntry(loc: links.absolute($0), lastmod: lastModified[$0]) })
    }
}
