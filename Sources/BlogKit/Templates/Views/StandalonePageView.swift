import Mustache

/// A standalone page (`page.mustache`): `standalone.…`, its own text with
/// the post page's math and headings, and the date only if it has one.
struct StandalonePageView: Hashable, Sendable, Encodable, MustacheParent {
    var title: String
    var content: String
    var headings: [Heading]
    var date: String?
    var dateISO: String?
    var updated: String?
    /// Front matter keys the generator does not know.
    var params: [String: MetadataValue]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "content": content
        case "headings": headings
        case "date": date
        case "date_iso": dateISO
        case "updated": updated
        case "params": params.mapValues(\.templateValue)
        default: nil
        }
    }
}
