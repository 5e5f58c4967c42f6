import Mustache

/// The search page (`search.mustache`): `search.…`. The results are found in
/// the browser (`assets/search.js`), so the view holds what the script needs:
/// where the index is and how many shards it has, the query a linked copy of the page starts with, and
/// the labels it fills in.
struct SearchPageView: Hashable, Sendable, Encodable, MustacheParent {
    /// The query of a page made for a link such as `/search/变分自编码器/`; nil on `/search/`.
    var query: String?
    /// The index folder's link, ending in `/`.
    var indexURL: String
    /// How many shard files the index has: with it the script fetches a
    /// query's shards at once, beside `meta.json`, not after it.
    var shards: Int
    /// `search_results` and `search_none` as written, placeholders in:
    /// the script fills them.
    var resultsLabel: String
    var noneLabel: String

    func child(named name: String) -> Any? {
        switch name {
        case "query": query
        case "index_url": indexURL
        case "shards": shards
        case "results_label": resultsLabel
        case "none_label": noneLabel
        default: nil
        }
    }
}
