/// What the search index holds of one post or page.
struct SearchEntry: Equatable, Sendable, Codable {
    /// The link to it, as pages write links.
    var url: String
    var title: String
    /// The day it was written, as listings show it; nil for an undated page.
    var date: String?
    var postings: SearchPostings
}
