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
    /// same bytes, and `<`, `>` and `&` as `\u` escapes, so no text can end
    /// the `<script>` it stands in.
    var json: String {
        let list = { (items: [String]) in "[" + items.map(Self.quoted).joined(separator: ",") + "]" }
        let fields = [
            ("@context", Self.quoted("https://schema.org")),
            ("@type", Self.quoted("BlogPosting")),
            ("articleSection", list(articleSection)),
            ("author", "{\"@type\":\"Person\",\"name\":\(Self.quoted(author))}"),
            ("dateModified", Self.quoted(dateModified)),
            ("datePublished", Self.quoted(datePublished)),
            ("description", Self.quoted(description)),
            ("headline", Self.quoted(headline)),
            ("keywords", list(keywords)),
            ("url", Self.quoted(url)),
        ]
        return "{" + fields.map { "\(Self.quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": result += unicodeEscape(scalar)
            case _ where scalar.value < 0x20: result += unicodeEscape(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
