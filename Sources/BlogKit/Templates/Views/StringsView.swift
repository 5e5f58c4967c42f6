import Mustache

/// `strings.…`: the UI words of the site's table, by their `strings:` key,
/// on every page and in site-wide templates. An entry that takes per-page
/// values is not here but filled in its view (`listing.title`,
/// `archive.count_label`, …); `not_found_text` is site-wide, so it is here,
/// as HTML with its links made.
struct StringsView: Hashable, Sendable, Encodable, MustacheParent {
    var strings: UIStrings
    var notFoundText: String

    init(_ strings: UIStrings, homeURL: String, archiveURL: String) {
        self.strings = strings
        func link(_ url: String, _ text: StringPattern) -> String {
            "<a href=\"\(HTMLEscaping.escape(url, apostrophes: true))\">\(HTMLEscaping.escape(text.text, apostrophes: true))</a>"
        }
        notFoundText = strings.notFoundText.filledHTML(["home": link(homeURL, strings.home), "archive": link(archiveURL, strings.archiveTitle)])
    }

    func child(named name: String) -> Any? {
        guard let key = UIStringKey(rawValue: name) else { return nil }
        if key == .notFoundText { return notFoundText }
        guard key.placeholders.isEmpty, let path = key.path else { return nil }
        return strings[keyPath: path].text
    }
}
