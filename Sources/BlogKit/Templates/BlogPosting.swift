/// A post as schema.org's `BlogPosting`, the structured data search engines
/// read from a page (JSON-LD).
struct BlogPosting {
    var headline: String
    var description: String
    var url: String
    var datePublished: String
    var dateModified: String
    var author: String
    var keywords: [String]
    var articleSection: [String]

    /// Written by hand rather than by `JSONEncoder`, which costs more than
    /// the rest of a post's views: keys sorted, so the same post gives the
    /// same bytes; values escaped for a `<script>` (`JSONText`).
    var json: String {
        let list = { (items: [String]) in "[" + items.map(JSONText.quoted).joined(separator: ",") + "]" }
        let fields = [
            ("@context", JSONText.quoted("https://schema.org")),
            ("@type", JSONText.quoted("BlogPosting")),
            ("articleSection", list(articleSection)),
            ("author", "{\"@type\":\"Person\",\"name\":\(JSONText.quoted(author))}"),
            ("dateModified", JSONText.quoted(dateModified)),
            ("datePublished", JSONText.quoted(datePublished)),
            ("description", JSONText.quoted(description)),
            ("headline", JSONText.quoted(headline)),
            ("keywords", list(keywords)),
            ("url", JSONText.quoted(url)),
        ]
        return "{" + fields.map { "\(JSONText.quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }
}
