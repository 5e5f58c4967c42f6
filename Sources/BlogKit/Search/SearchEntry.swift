/// What the search index holds of one post or page.
struct SearchEntry: Sendable, Hashable {
    /// The link to it, as pages write links.
    var url: String
    var title: String
    /// The day it was written, as listings show it; nil for an undated page.
    var date: String?
    /// Its headings' text, formulas as their TeX.
    var headings: [String]
    /// Its text, formulas as their TeX: what is searched, and where results' snippets come from.
    var text: String
}
