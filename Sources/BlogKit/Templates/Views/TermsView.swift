import Mustache

/// All categories or all tags with their counts (`terms.…`).
struct TermsView: Hashable, Sendable, Encodable, MustacheParent {
    var title: String
    var items: [TermView]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "items": items
        default: nil
        }
    }
}
