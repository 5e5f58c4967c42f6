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
        var html = html
        // On bytes: every post's whole HTML goes through here, and
        // Foundation's `range(of:)` folds characters as it goes.
        html.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            for prefix in ["href=\"" + links.config.basePath + search, "href=\"" + links.config.absoluteBase + search] {
                let needle = Array(prefix.utf8)
                var offset = 0
                while let at = bytes[offset...].firstIndex(of: needle[0]), at + needle.count <= bytes.count {
                    offset = at + 1
                    guard memcmp(base + at, needle, needle.count) == 0 else { continue }
                    let start = at + needle.count
                    guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                    if let query = query(from: String(decoding: bytes[start..<end], as: UTF8.self)) { found.insert(query) }
                    offset = end
                }
            }
        }
        return found
    }

    /// What a link's path after the search page's names: one segment,
    /// percent-decoded, entities of the attribute decoded; nil for none or
    /// for more than one segment.
    private static func query(from written: String) -> String? {
        let segment = written.hasSuffix("/") ? String(written.dropLast()) : written
        let decoded = HTMLText.plain(segment).removingPercentEncoding ?? ""
        let query = decoded.trimmingCharacters(in: .whitespaces)
        guard URLPath.isSegment(query.replacingOccurrences(of: " ", with: "-")) else { return nil }
        return query
    }
}
