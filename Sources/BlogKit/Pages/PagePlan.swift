/// Lists every page of the site from the assembled model.
enum PagePlan {
    static func pages(for model: SiteModel) -> [Page] {
        let links = model.links
        let strings = model.config.strings
        var pages: [Page] = []
        for index in model.posts.indices {
            pages.append(Page(path: model.posts[index].path, kind: .post(index)))
        }
        for index in model.pages.indices {
            pages.append(Page(path: model.pages[index].path, kind: .standalone(index)))
        }
        let everyPost = Array(model.posts.indices)
        pages += paginate(everyPost, first: links.home, title: model.config.title, links: links, kind: Page.Kind.dateListing)
        for year in model.years {
            pages += paginate(year.posts, first: year.path, title: strings.title(ofYear: year.year), links: links, kind: Page.Kind.dateListing)
            for month in year.months {
                pages += paginate(
                    month.posts, first: month.path, title: strings.title(ofMonth: month.month!, year: year.year), links: links,
                    kind: Page.Kind.dateListing)
            }
        }
        for category in model.categories {
            pages += paginate(
                category.posts, first: category.path, title: strings.title(ofCategory: category.name), links: links, kind: Page.Kind.termListing)
        }
        for tag in model.tags {
            pages += paginate(tag.posts, first: tag.path, title: strings.title(ofTag: tag.name), links: links, kind: Page.Kind.termListing)
        }
        // A series reads in order: its pages list its posts first to last.
        for series in model.series {
            pages += paginate(series.posts, first: series.path, title: strings.title(ofSeries: series.name), links: links, kind: Page.Kind.termListing)
        }
        pages.append(Page(path: links.archive, kind: .archive))
        pages.append(Page(path: links.categories, kind: .termIndex(title: strings.categories.text, terms: model.categories)))
        pages.append(Page(path: links.tags, kind: .termIndex(title: strings.tags.text, terms: model.tags)))
        if model.config.search {
            pages.append(Page(path: links.search, kind: .search(query: nil)))
            for query in model.linkedSearches {
                pages.append(Page(path: links.search(query), kind: .search(query: query)))
            }
        }
        pages.append(Page(path: links.notFound, kind: .notFound))
        pages.append(Page(path: links.feed, kind: .feed))
        pages.append(Page(path: links.sitemap, kind: .sitemap))
        return pages
    }

    /// Splits posts into pages of `pageSize`. An empty list still has one page,
    /// so the home page of a new blog exists.
    private static func paginate(
        _ posts: [Int], first: URLPath, title: String, links: SiteLinks, kind: (Page.Listing) -> Page.Kind
    ) -> [Page] {
        let size = links.config.pageSize
        let count = max(1, (posts.count + size - 1) / size)
        let paths = (1...count).map { links.page($0, of: first) }
        return (1...count).map { number in
            let slice = Array(posts.dropFirst((number - 1) * size).prefix(size))
            return Page(path: paths[number - 1], kind: kind(Page.Listing(title: title, posts: slice, number: number, pages: paths)))
        }
    }
}
