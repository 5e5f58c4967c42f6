import Foundation
import Yams

/// The settings in `blog.yml`. Every field has a default, so a folder of posts
/// without a `blog.yml` still builds.
public struct SiteConfig: Sendable, Hashable {
    public var title = "My Blog"
    public var subtitle = ""
    public var description = ""
    public var author = "Anonymous"
    /// The public address of the site, e.g. `https://kexue.fm/` or
    /// `https://me.github.io/blog/`; its path becomes the prefix of every link.
    public var baseURL = "https://example.org/"
    /// The page's `lang`, and which built-in `strings` table is used.
    public var language = "zh-CN"
    /// The UI words: the table for `language`, with `strings:` entries in
    /// place; made when `blog.yml` is read (setting `language` later keeps it).
    var strings = UIStrings.chinese
    /// Dates without a zone are read in this zone, and year/month pages group by it.
    public var timeZone = TimeZone(identifier: "Asia/Shanghai")!
    /// Posts per listing page.
    public var pageSize = 10
    /// Posts in the Atom feed.
    public var feedSize = 20
    /// How many recent posts the sidebar lists.
    public var sidebarRecentPosts = 10
    /// The prefix of BibTeX keys in the citation block, e.g. `kexuefm` gives `kexuefm-7180`.
    public var citationKey = "blog"
    public var permalinks = Permalinks()
    /// Whether the site has a search page and the index it reads (`search:`).
    public var search = true
    /// How formulas are rendered (`math:` in `blog.yml`).
    public var math = MathSettings()
    /// Whether code blocks in a known language are highlighted at build time
    /// (`highlight:`); off, they are cmark's plain `<pre><code>`.
    public var highlightsCode = true
    /// Where readers write new comments; nil loads nothing.
    public var commentProvider: CommentProvider?
    /// Optional URL slugs for category names, e.g. `信息时代: big-data`.
    public var categorySlugs: [String: String] = [:]
    /// Every key of `blog.yml`, so templates can read settings of their own.
    public var values: [String: MetadataValue] = [:]

    public init() {}

    /// The base URL without a trailing slash, for absolute links in feeds, the
    /// sitemap and citations.
    var absoluteBase: String {
        baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    /// The path part of the base URL without a trailing slash (`""` or `/blog`),
    /// put in front of every site-relative link.
    var basePath: String {
        guard let url = URL(string: baseURL) else { return "" }
        let path = url.path
        return path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}

extension SiteConfig {
    /// Reads `blog.yml`. Unknown keys are kept in `values`; known keys of the
    /// wrong type are errors located at the value.
    public static func parse(_ text: String, path: String = "blog.yml") throws -> SiteConfig {
        var config = SiteConfig()
        guard let root = try YAMLDocument.parse(text, path: path) else { return config }
        guard case .mapping(let mapping) = root else {
            throw located(root, path: path, "blog.yml must be a mapping of settings", hint: "write one 'key: value' per line")
        }
        var errors = ErrorCollector()
        var strings: Node?
        for (keyNode, node) in mapping {
            guard let key = keyNode.string else { continue }
            config.values[key] = MetadataValue(node: node)
            if key == "strings" {
                strings = node
                continue
            }
            errors.attempt { try config.apply(key: key, node: node, path: path) }
        }
        // After the loop: `strings:` overrides the table `language:` picks,
        // wherever the two stand in the file.
        config.strings = UIStrings.builtIn(for: config.language)
        if let strings {
            errors.attempt { try config.strings.override(with: strings, path: path) }
        }
        try errors.throwIfAny()
        return config
    }

    private mutating func apply(key: String, node: Node, path: String) throws {
        func text() throws -> String {
            guard let value = node.string, case .scalar = node else {
                throw Self.located(node, path: path, "'\(key)' must be text", hint: "write it as a single value")
            }
            return value
        }
        func positive() throws -> Int {
            guard let value = node.int, value > 0 else {
                throw Self.located(node, path: path, "'\(key)' must be a whole number above 0", hint: "for example '\(key): 10'")
            }
            return value
        }
        switch key {
        case "title": title = try text()
        case "subtitle": subtitle = try text()
        case "description": description = try text()
        case "author": author = try text()
        case "language": language = try text()
        case "citation_key": citationKey = try text()
        case "page_size": pageSize = try positive()
        case "feed_size": feedSize = try positive()
        case "sidebar_recent_posts": sidebarRecentPosts = try positive()
        case "base_url":
            let value = try text()
            guard let url = URL(string: value), url.scheme != nil, url.host != nil else {
                throw Self.located(node, path: path, "'base_url' must be an absolute URL", hint: "for example 'base_url: https://example.org/'")
            }
            baseURL = value
        case "timezone":
            let value = try text()
            guard let zone = TimeZone(identifier: value) else {
                throw Self.located(node, path: path, "unknown time zone '\(value)'", hint: "use an IANA name such as Asia/Shanghai or UTC")
            }
            timeZone = zone
        case "permalinks":
            permalinks = try Permalinks(node: node, path: path)
        case "search":
            guard let value = node.bool, case .scalar = node else {
                throw Self.located(node, path: path, "'search' must be true or false", hint: "write 'search: false' to leave search out")
            }
            search = value
        case "math":
            math = try MathSettings(node: node, path: path)
        case "highlight":
            guard case .scalar = node, let value = node.bool else {
                throw Self.located(node, path: path, "'highlight' must be true or false", hint: "write 'highlight: false' to leave code blocks plain")
            }
            highlightsCode = value
        case "comments":
            commentProvider = try CommentProvider(node: node, path: path)
        case "category_slugs":
            guard case .mapping(let mapping) = node else {
                throw Self.located(node, path: path, "'category_slugs' must map category names to slugs", hint: "for example '信息时代: big-data'")
            }
            for (name, slugNode) in mapping {
                guard let name = name.string, let slug = slugNode.string else { continue }
                guard URLPath.isSegment(slug) else {
                    throw Self.located(slugNode, path: path, "the slug of '\(name)' must be one URL segment", hint: "use letters, digits and '-', without spaces or '/'")
                }
                categorySlugs[name] = slug
            }
        default:
            break
        }
    }

    static func located(_ node: Node, path: String, lineOffset: Int = 0, _ message: String, hint: String) -> BuildError {
        let location = YAMLDocument.location(of: node, lineOffset: lineOffset)
        return BuildError(path: path, line: location.line, column: location.column, message: message, hint: hint)
    }
}
