import Foundation

/// Builds the values templates see. Templates stay logic-less: every date is
/// formatted, every URL made, every flag decided here. The keys are the
/// theme's contract and are listed in the README.
struct PageContext {
    let model: SiteModel
    /// The same on every page, so built once.
    let shared: [String: Any]
    /// Pages the sitemap lists.
    let sitemapPaths: [URLPath]
    /// Posts dated after this are marked as not yet published (nil when
    /// the build leaves them out anyway).
    let now: Date?
    /// For each post, what listing rows show of it, and what a link to it in
    /// the related list shows: made once, when first needed, as a post
    /// appears on many pages (and a rebuild in `blog serve` needs few).
    private let summaries: Memo
    private let relatedItems: Memo

    private var links: SiteLinks { model.links }
    private var config: SiteConfig { model.config }
    private var dates: DateFormats { links.dates }

    init(model: SiteModel, pages: [Page], now: Date?) {
        self.model = model
        self.now = now
        self.summaries = Memo(count: model.posts.count) { Self.summary(of: model.posts[$0], model: model, now: now) }
        self.relatedItems = Memo(count: model.posts.count) { index in
            let post = model.posts[index]
            return ["title": post.post.title, "url": model.links.href(post.path), "date": model.links.dates.day(post.post.date)]
        }
        self.sitemapPaths = pages.filter(\.isListedInSitemap).map(\.path)
        let links = model.links
        let config = model.config
        var site: [String: Any] = config.values.mapValues(\.templateValue)
        site["title"] = config.title
        // Empty strings are truthy in mustache; leaving them out lets
        // templates write {{#site.subtitle}}…{{/site.subtitle}}.
        site["subtitle"] = config.subtitle.isEmpty ? nil : config.subtitle
        site["description"] = config.description.isEmpty ? nil : config.description
        site["author"] = config.author
        site["language"] = config.language
        site["url"] = config.absoluteBase + "/"
        site["root"] = links.root
        site["home_url"] = links.href(links.home)
        site["archive_url"] = links.href(links.archive)
        site["categories_url"] = links.href(links.categories)
        site["tags_url"] = links.href(links.tags)
        site["feed_url"] = links.href(links.feed)
        site["math"] = ["mode": config.math.mode.rawValue, "mathjax_url": config.math.mathJaxURL, "mathjax_macros": config.math.mathJaxMacros]
        let sidebar: [String: Any] = [
            "recent": model.posts.prefix(config.sidebarRecentPosts).map { ["title": $0.post.title, "url": links.href($0.path)] },
            "categories": model.categories.map { ["name": $0.name, "url": links.href($0.path), "count": $0.posts.count] },
            "years": model.years.map { ["year": $0.year, "url": links.href($0.path), "count": $0.posts.count] },
        ]
        self.shared = ["site": site, "sidebar": sidebar]
    }

    func context(for page: Page) -> [String: Any] {
        var context = shared
        var pageValues: [String: Any] = [
            "url": links.href(page.path),
            "permalink": links.absolute(page.path),
        ]
        switch page.kind {
        case .post(let index):
            let rendered = model.posts[index]
            pageValues["title"] = rendered.post.title
            pageValues["needs_mathjax"] = rendered.needsMathJax
            var post = summary(index)
            post["content"] = rendered.html
            post["headings"] = rendered.headings.map { ["level": $0.level, "id": $0.id, "text": $0.text] }
            post["citation"] = citation(rendered)
            post["params"] = rendered.post.params.mapValues(\.templateValue)
            post["has_tags"] = !rendered.post.tags.isEmpty
            context["post"] = post
            context["has_related"] = !model.related[index].isEmpty
            context["previous"] = model.previous(index).map { ["title": $0.post.title, "url": links.href($0.path)] }
            context["next"] = model.next(index).map { ["title": $0.post.title, "url": links.href($0.path)] }
            context["related"] = model.related[index].map(relatedItems.value)
        case .dateListing(let listing), .termListing(let listing):
            pageValues["title"] = listing.number > 1 ? "\(listing.title)（第\(listing.number)页）" : listing.title
            pageValues["needs_mathjax"] = listing.posts.contains { model.posts[$0].excerptNeedsMathJax }
            context["listing"] = [
                "title": listing.title,
                "is_home": listing.pages.first == links.home,
                "is_first_page": listing.number == 1,
                "posts": listing.posts.map(summary),
                "pagination": pagination(listing),
            ] as [String: Any]
        case .archive:
            pageValues["title"] = "文章归档"
            context["archive"] = archive()
        case .termIndex(let title, let terms):
            pageValues["title"] = title
            context["terms"] = [
                "title": title,
                "items": terms.map { ["name": $0.name, "url": links.href($0.path), "count": $0.posts.count] },
            ] as [String: Any]
        case .notFound:
            pageValues["title"] = "页面不存在"
        case .feed:
            context["feed"] = feed()
        case .sitemap:
            context["sitemap"] = sitemap()
        }
        context["page"] = pageValues
        return context
    }
}

extension PageContext {
    /// Values per post, each made on first use by whichever thread asks.
    private final class Memo: @unchecked Sendable {
        private let make: (Int) -> [String: Any]
        private var values: [[String: Any]?]
        private let lock = NSLock()

        init(count: Int, make: @escaping (Int) -> [String: Any]) {
            self.make = make
            self.values = Array(repeating: nil, count: count)
        }

        func value(_ index: Int) -> [String: Any] {
            if let value = lock.withLock({ values[index] }) { return value }
            let value = make(index)
            lock.withLock { values[index] = value }
            return value
        }
    }

    /// What a listing row shows of a post; the post page extends it.
    private func summary(_ index: Int) -> [String: Any] {
        summaries.value(index)
    }

    private static func summary(of rendered: RenderedPost, model: SiteModel, now: Date?) -> [String: Any] {
        let links = model.links
        let dates = links.dates
        let config = model.config
        let post = rendered.post
        let parts = dates.parts(post.date)
        var values: [String: Any] = [
            "title": post.title,
            "url": links.href(rendered.path),
            "permalink": links.absolute(rendered.path),
            "date": dates.day(post.date),
            "date_iso": dates.iso8601(post.date),
            "badge_day": parts.day,
            "badge_month": DateFormats.monthAbbreviation(parts.month),
            "author": config.author,
            "excerpt": rendered.excerpt.html,
            "continues": rendered.excerpt.continues,
            "categories": post.categories.map { ["name": $0, "url": links.href(links.category($0))] },
            "tags": post.tags.map { ["name": $0, "url": links.href(links.tag($0))] },
            "is_draft": post.isDraft,
            "is_future": now.map { post.date > $0 } ?? false,
        ]
        if let updated = post.updated {
            values["updated"] = dates.day(updated)
        }
        return values
    }

    /// Links to the first and last pages and to those near the current one,
    /// with gaps between, so a 200-page listing does not print 200 links.
    private func pagination(_ listing: Page.Listing) -> [String: Any] {
        let number = listing.number
        let total = listing.pages.count
        var shown: [Any] = []
        var last = 0
        for candidate in 1...total where candidate == 1 || candidate == total || abs(candidate - number) <= 2 {
            if candidate > last + 1 {
                shown.append(["is_gap": true])
            }
            shown.append(["number": candidate, "url": links.href(listing.pages[candidate - 1]), "is_current": candidate == number])
            last = candidate
        }
        var values: [String: Any] = ["current": number, "total": total, "has_pages": total > 1, "pages": shown]
        if number > 1 { values["previous_url"] = links.href(listing.pages[number - 2]) }
        if number < total { values["next_url"] = links.href(listing.pages[number]) }
        return values
    }

    /// The plain citation line and the BibTeX entry of the post page.
    private func citation(_ rendered: RenderedPost) -> [String: Any] {
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
        return ["text": text, "bibtex": bibtex]
    }

    private func archive() -> [String: Any] {
        [
            "count": model.posts.count,
            "years": model.years.map { year -> [String: Any] in
                [
                    "year": year.year, "url": links.href(year.path), "count": year.posts.count,
                    "months": year.months.map { month -> [String: Any] in
                        [
                            "month": month.month!, "label": "\(year.year)年\(month.month!)月",
                            "url": links.href(month.path), "count": month.posts.count,
                            "posts": month.posts.map { index -> [String: Any] in
                                let rendered = model.posts[index]
                                return [
                                    "title": rendered.post.title, "url": links.href(rendered.path),
                                    "date": dates.day(rendered.post.date),
                                    "day": DateFormats.two(dates.parts(rendered.post.date).day),
                                ]
                            },
                        ]
                    },
                ]
            },
        ]
    }

    /// Atom: the newest `feed_size` posts with their full HTML. Its `updated`
    /// is the newest change among them, never the build time, so two builds
    /// give the same bytes.
    private func feed() -> [String: Any] {
        let entries = model.posts.prefix(config.feedSize)
        let newest = entries.map { $0.post.updated ?? $0.post.date }.max()
        return [
            "title": config.title,
            "subtitle": config.subtitle,
            "url": config.absoluteBase + "/",
            "self_url": links.absolute(links.feed),
            "updated": newest.map(dates.iso8601) ?? "1970-01-01T00:00:00Z",
            "author": config.author,
            "entries": entries.map { rendered -> [String: Any] in
                let post = rendered.post
                let url = links.absolute(rendered.path)
                return [
                    "title": post.title,
                    "url": url,
                    "published": dates.iso8601(post.date),
                    "updated": dates.iso8601(post.updated ?? post.date),
                    // Escaped here, much faster than mustache's escaping of a whole post.
                    "content_escaped": HTMLEscaping.escape(FeedContent.html(rendered.html, pageURL: url)),
                    "categories": (post.categories + post.tags).map { ["name": $0] },
                ]
            },
        ]
    }

    private func sitemap() -> [String: Any] {
        let lastModified = Dictionary(
            model.posts.map { ($0.path, dates.iso8601($0.post.updated ?? $0.post.date)) }, uniquingKeysWith: { first, _ in first })
        return [
            "urls": sitemapPaths.map { path -> [String: Any] in
                var entry: [String: Any] = ["loc": links.absolute(path)]
                if let date = lastModified[path] { entry["lastmod"] = date }
                return entry
            }
        ]
    }
}
