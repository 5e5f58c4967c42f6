import Yams

/// URL patterns of every kind of page, set under `permalinks:` in `blog.yml`.
///
/// Patterns are site-relative paths that start and end with `/`. Placeholders:
/// `{id}` (the post's id, or its slug when it has none), `{slug}`, `{year}`,
/// `{month}`, `{day}` for posts and date pages, `{slug}` for categories and
/// tags, `{n}` for the page number.
public struct Permalinks: Sendable, Hashable {
    public var post = "/archives/{id}/"
    public var home = "/"
    /// Appended to a listing's URL for its pages after the first.
    public var page = "page/{n}/"
    /// Date pages at the top, as Typecho routes them: under `/archives/`
    /// a post id such as 2020 would take a year's URL.
    public var year = "/{year}/"
    public var month = "/{year}/{month}/"
    public var archive = "/archives/"
    public var category = "/category/{slug}/"
    public var tag = "/tag/{slug}/"
    public var series = "/series/{slug}/"
    /// Standalone pages (`Content/pages/about.md`): `{slug}` is the file name or the front matter's `slug`.
    public var standalone = "/{slug}/"
    public var categories = "/categories/"
    public var tags = "/tags/"
    /// The search page; a query can be put after it as one more segment
    /// (`/search/变分自编码器/`), as Typecho's search links are.
    public var search = "/search/"

    public init() {}

    /// Replaces `{name}` placeholders in `pattern` in one pass, so a value
    /// that itself contains `{…}` is never substituted again. Unknown
    /// placeholders stay as written.
    static func fill(_ pattern: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), let value = values[String(rest[rest.index(after: open)..<close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

extension Permalinks {
    init(node: Node, path: String) throws {
        self.init()
        guard case .mapping(let mapping) = node else {
            throw SiteConfig.located(node, path: path, "'permalinks' must map page kinds to URL patterns", hint: "for example 'post: /archives/{id}/'")
        }
        var errors = ErrorCollector()
        for (keyNode, valueNode) in mapping {
            errors.attempt {
                guard let key = keyNode.string, let value = valueNode.string else { return }
                let isSuffix = key == "page"
                guard isSuffix || (value.hasPrefix("/") && value.hasSuffix("/")) else {
                    throw SiteConfig.located(valueNode, path: path, "permalink '\(key)' must start and end with '/'", hint: "for example '/archives/{id}/'")
                }
                // `..` would lead out of the output folder, `.` and `//` to a
                // page's double, a hidden name into the output's own files or a deploy's .git.
                let segments = value.split(separator: "/", omittingEmptySubsequences: false).dropFirst(isSuffix ? 0 : 1).dropLast()
                guard !segments.contains(where: { $0.isEmpty || $0.hasPrefix(".") }) else {
                    throw SiteConfig.located(
                        valueNode, path: path, "permalink '\(key)' may not hold '//' or a name starting with '.' (such as '..')",
                        hint: "for example '/archives/{id}/'")
                }
                switch key {
                case "post": post = value
                case "home": home = value
                case "page": page = value.hasSuffix("/") ? value : value + "/"
                case "year": year = value
                case "month": month = value
                case "archive": archive = value
                case "category": category = value
                case "tag": tag = value
                case "series": series = value
                case "standalone": standalone = value
                case "categories": categories = value
                case "tags": tags = value
                case "search": search = value
                default:
                    throw SiteConfig.located(keyNode, path: path, "unknown permalink '\(key)'", hint: "known ones: post, home, page, year, month, archive, category, tag, series, standalone, categories, tags, search")
                }
            }
        }
        try errors.throwIfAny()
    }
}
