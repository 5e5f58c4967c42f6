import Foundation

/// The queries posts link to as `/search/<query>/`: the model blog links a
/// series that way. Each gets a page of its own, the search page with the
/// query filled in, so the link works on any static server.
enum SearchLinks {
    /// The queries linked from `html`, by either form a link to the search
    /// page takes (`/search/…/` under the base path, or the absolute URL).
    static func queries(in html: String, links: SiteLinks) -> Set<String> {
        let search = links.config.permalinks.search
        var found: Set<String> = []
        for prefix in ["href=\"" + links.config.basePath + search, "href=\"" + links.config.absoluteBase + search] {
            var rest = html[...]
            while let start = rest.range(of: prefix) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                if let query = query(from: rest[..<end]) { found.insert(query) }
                rest = rest[end...]
            }
        }
        return found
    }

    /// What a link's path after the search page's names: one segment,
    /// percent-decoded, entities of the attribute decoded; nil for none or
    /// for more than one segment.
    private static func query(from written: Substring) -> String? {
        var segment = written
        if segment.hasSuffix("/") { segment = segment.dropLast() }
        let decoded = HTMLText.plain(String(segment)).removingPercentEncoding ?? ""
        let query = decoded.trimmingCharacters(in: .whitespaces)
        guard URLPath.isSegment(query.replacingOccurrences(of: " ", with: "-")) else { return nil }
        return query
    }
}
