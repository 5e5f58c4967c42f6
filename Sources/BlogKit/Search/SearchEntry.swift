/// What the search index holds of one post or page.
struct SearchEntry: Equatable, Sendable {
    /// The link to it, as pages write links.
    var url: String
    var title: String
    /// The day it was written, as listings show it; nil for an undated page.
    var date: String?
    /// Its terms, made when it was rendered (so `blog serve` makes them
    /// again only for the posts that changed).
    var postings: SearchPostings
}
