/// The views of one post that pages show, made together once per post: its
/// listing row, the links to it from its neighbours and from related posts,
/// its citation, its structured data, its archive line and its sitemap date. Every value depends
/// only on the rendered post and the settings.
///
/// A class, immutable: a page takes one or two of its values, and copying a
/// struct of this many fields out costs more than using them.
final class PostViews: Sendable {
    /// What a listing row shows (`isFuture` is left for each build to set).
    let summary: PostSummaryView
    /// The link on its neighbours' pages.
    let link: LinkView
    /// The link in related lists, with the date.
    let relatedLink: LinkView
    let citation: PostPageView.Post.Citation
    /// schema.org's `BlogPosting`, as JSON.
    let jsonLD: String
    let archiveEntry: ArchiveView.Entry
    /// When it last changed, for the sitemap.
    let lastModified: String

    init(of rendered: RenderedPost, model: SiteModel) {
        let links = model.links
        let dates = links.dates
        let config = model.config
        let post = rendered.post
        let parts = dates.parts(post.date)
        let url = links.href(rendered.path)
        let permalink = links.absolute(rendered.path)
        let day = dates.day(post.date)
        // Search results show about this many characters of a description.
        let description = HTMLText.prefix(rendered.excerptText.isEmpty ? post.title : rendered.excerptText, characters: 150)
        summary = PostSummaryView(
            title: post.title, url: url, permalink: permalink, date: day, dateISO: dates.iso8601(post.date), badgeDay: parts.day,
            badgeMonth: DateFormats.monthAbbreviation(parts.month), author: config.author, excerpt: rendered.excerpt.html,
            description: description, continues: rendered.excerpt.continues, categories: post.categories.map { TermView(name: $0, url: links.href(links.category($0))) },
            tags: post.tags.map { TermView(name: $0, url: links.href(links.tag($0))) }, isDraft: post.isDraft, isFuture: false,
            updated: post.updated.map(dates.day), updatedISO: post.updated.map(dates.iso8601))
        link = LinkView(title: post.title, url: url)
        relatedLink = LinkView(title: post.title, url: url, date: day)
        let bibtex = """
            @online{\(config.citationKey)-\(post.permalinkID),
                    title={\(post.title)},
                    author={\(config.author)},
                    year={\(parts.year)},
                    month={\(DateFormats.monthAbbreviation(parts.month))},
                    url={\\url{\(permalink)}},
            }
            """
        citation = .init(
            text: "\(config.author). (\(dates.citation(post.date))). 《\(post.title)》[Blog post]. Retrieved from \(permalink)", bibtex: bibtex)
        jsonLD = BlogPosting(
            headline: post.title, description: description, url: permalink, datePublished: dates.iso8601(post.date),
            dateModified: dates.iso8601(post.updated ?? post.date), author: config.author, keywords: post.tags,
            articleSection: post.categories
        ).json
        let dayOfMonth = DateFormats.two(parts.day)
        archiveEntry = ArchiveView.Entry(title: post.title, url: url, date: day, day: dayOfMonth, dayLabel: config.strings.archiveDayLabel(dayOfMonth))
        lastModified = dates.iso8601(post.updated ?? post.date)
    }
}
