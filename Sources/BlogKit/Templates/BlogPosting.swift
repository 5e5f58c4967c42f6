import Foundation

/// A post as schema.org's `BlogPosting`, the structured data search engines
/// read from a page (JSON-LD).
struct BlogPosting: Encodable {
    struct Person: Encodable {
        var type = "Person"
        var name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }

    var context = "https://schema.org"
    var type = "BlogPosting"
    var headline: String
    var description: String
    var url: String
    var datePublished: String
    var dateModified: String
    var author: Person
    var keywords: [String]
    var articleSection: [String]

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case headline, description, url, datePublished, dateModified, author, keywords, articleSection
    }

    /// Sorted keys, so the same post gives the same bytes; `<`, `>` and `&`
    /// as `\u` escapes, so no text can end the `<script>` it stands in.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        var result = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
