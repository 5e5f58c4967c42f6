import Mustache

/// What every page shows alike: `site.…`, `sidebar.…`, `menu` (the pages
/// with a place in the header menu, in its order) and `strings.…`.
/// Site-wide templates (`Templates/site/`) see only this, so they are
/// rendered once.
struct SiteWideView: Hashable, Sendable, Encodable, MustacheParent {
    var site: SiteView
    var sidebar: SidebarView
    var strings: StringsView
    var menu: [LinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "sidebar": sidebar
        case "strings": strings
        case "menu": menu
        default: nil
        }
    }
}

/// `site.…`: the settings templates show, every URL made.
struct SiteView: Hashable, Sendable, Encodable, MustacheParent {
    struct Math: Hashable, Sendable, Encodable, MustacheParent {
        var mode: String
        var mathJaxURL: String
        var mathJaxMacros: String

        func child(named name: String) -> Any? {
            switch name {
            case "mode": mode
            case "mathjax_url": mathJaxURL
            case "mathjax_macros": mathJaxMacros
            default: nil
            }
        }
    }

    var title: String
    /// Nil when empty: an empty string is truthy in mustache, and leaving it
    /// out lets templates write {{#site.subtitle}}…{{/site.subtitle}}.
    var subtitle: String?
    var description: String?
    var author: String
    var language: String
    var url: String
    var root: String
    var homeURL: String
    var archiveURL: String
    var categoriesURL: String
    var tagsURL: String
    var feedURL: String
    /// Nil when the site has no search (`search: false`).
    var searchURL: String?
    var math: Math
    /// Nil when readers have nowhere to write comments.
    var comments: CommentProviderView?
    /// Keys of `blog.yml` the generator does not know, for a theme's own use.
    var values: [String: MetadataValue]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "subtitle": subtitle
        case "description": description
        case "author": author
        case "language": language
        case "url": url
        case "root": root
        case "home_url": homeURL
        case "archive_url": archiveURL
        case "categories_url": categoriesURL
        case "tags_url": tagsURL
        case "feed_url": feedURL
        case "search_url": searchURL
        case "math": math
        case "comments": comments
        default: values[name]?.templateValue
        }
    }
}

/// `sidebar.…`: recent posts, categories and years, on every page.
struct SidebarView: Hashable, Sendable, Encodable, MustacheParent {
    var recent: [LinkView]
    var categories: [TermView]
    var years: [YearView]
    /// The latest comments on the whole site, newest first.
    var recentComments: [RecentCommentView]

    /// A year and how many posts it has.
    struct YearView: Hashable, Sendable, Encodable, MustacheParent {
        var year: Int
        /// The year as `year_title` writes it (`2020年`).
        var label: String
        var url: String
        var count: Int

        func child(named name: String) -> Any? {
            switch name {
            case "year": year
            case "label": label
            case "url": url
            case "count": count
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "recent": recent
        case "categories": categories
        case "years": years
        case "recent_comments": recentComments
        case "has_recent_comments": !recentComments.isEmpty
        default: nil
        }
    }
}
