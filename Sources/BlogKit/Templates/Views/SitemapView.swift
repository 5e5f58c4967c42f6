import Mustache

/// The sitemap (`sitemap.urls`): every listed page, with the date posts last changed.
struct SitemapView: Hashable, Sendable, Encodable, MustacheParent {
    struct URLEntry: Hashable, Sendable, Encodable, MustacheParent {
        var loc: String
        var lastmod: String?

        init(loc: String, lastmod: String? = nil) {
            self.loc = loc
            self.lastmod = lastmod
        }

        func child(named name: String) -> Any? {
            switch name {
            case "loc": loc
            case "lastmod": lastmod
            default: nil
            }
        }
    }

    var urls: [URLEntry]

    func child(named name: String) -> Any? {
        name == "urls" ? urls : nil
    }
}
