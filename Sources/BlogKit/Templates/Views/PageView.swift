import Mustache

/// Everything one page's template sees: the site-wide part, the page's own
/// line (`page.…`) and what its kind shows. Views are plain values, so a
/// rebuild can tell whether a page would come out the same by comparing them.
/// The keys templates use are the theme's contract, listed in the README.
struct PageView: Hashable, Sendable, Encodable, MustacheParent {
    /// `page.…`: every page has a URL; listings and posts a title and whether
    /// MathJax must be loaded.
    struct Line: Hashable, Sendable, Encodable, MustacheParent {
        var url: String
        var permalink: String
        var title: String?
        var needsMathJax: Bool?

        func child(named name: String) -> Any? {
            switch name {
            case "url": url
            case "permalink": permalink
            case "title": title
            case "needs_mathjax": needsMathJax
            default: nil
            }
        }
    }

    enum Content: Hashable, Sendable, Encodable {
        case post(PostPageView)
        case standalone(StandalonePageView)
        case listing(ListingView)
        case archive(ArchiveView)
        case terms(TermsView)
        case feed(FeedView)
        case sitemap(SitemapView)
        case search(SearchPageView)
        case notFound
    }

    /// The same box on every page of a build.
    let shared: Boxed<SiteWideView>
    let page: Line
    private let boxedContent: Boxed<Content>
    var content: Content { boxedContent.value }

    init(shared: Boxed<SiteWideView>, page: Line, content: Content) {
        self.shared = shared
        self.page = page
        self.boxedContent = Boxed(content)
    }

    func child(named name: String) -> Any? {
        if name == "page" { return page }
        switch content {
        case .post(let view):
            if let value = view.child(named: name) { return value }
        case .standalone(let view) where name == "standalone": return view
        case .listing(let view) where name == "listing": return view
        case .archive(let view) where name == "archive": return view
        case .terms(let view) where name == "terms": return view
        case .feed(let view) where name == "feed": return view
        case .sitemap(let view) where name == "sitemap": return view
        case .search(let view) where name == "search": return view
        default: break
        }
        return shared.value.child(named: name)
    }
}
