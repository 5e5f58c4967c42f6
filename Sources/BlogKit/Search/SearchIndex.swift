import Foundation

/// The static search index the default theme's search page reads
/// (`assets/search.js`), written with the site: no server, any static host.
///
/// - `meta.json`: `{"shards": n, "docs": [[url, title, date], …]}`, the
///   entries by number, newest post first.
/// - `terms/<k>.json`: the terms whose hash falls in shard `k`, each with
///   its entries as `[entry, weight, entry − previous entry, weight, …]`.
///   A query loads only the shards of its terms.
///
/// Results' snippets are cut from the pages themselves, fetched for the
/// results shown: the index holds no second copy of the site's text.
///
/// Built in Swift rather than by Pagefind (which needs its own binary and a
/// second pass over the written HTML), so the index comes from the posts'
/// text and formulas' TeX as the build already has them.
struct SearchIndex {
    /// About this many postings per shard: a query of a few terms loads a
    /// few tens of kilobytes.
    static let postingsPerShard = 6_000

    let entries: [SearchEntry]

    /// The index's files, in `folder` of the output.
    func files(in folder: URLPath) -> [OutputFile] {
        let folder = String(folder.outputFile.dropLast("/index.html".count))
        let total = entries.reduce(0) { $0 + $1.postings.postings.count }
        var shardCount = 1
        while shardCount * Self.postingsPerShard < total && shardCount < 4_096 { shardCount *= 2 }
        // Each shard's postings, in entry order, so that its lists come out
        // sorted by entry without sorting.
        var buckets = Array(repeating: [(entry: UInt32, posting: SearchPostings.Posting)](), count: shardCount)
        for (entry, document) in entries.enumerated() {
            for posting in document.postings.postings {
                buckets[posting.term.shard(of: shardCount)].append((UInt32(entry), posting))
            }
        }
        let shards = buckets.concurrentMap(Self.shardFile)
        var files = [OutputFile(path: folder + "/meta.json", contents: .data(Data(meta(shardCount: shardCount).utf8)))]
        for (number, shard) in shards.enumerated() {
            files.append(OutputFile(path: "\(folder)/terms/\(number).json", contents: .data(Data(shard.utf8))))
        }
        return files
    }

    private func meta(shardCount: Int) -> String {
        var json = "{\"shards\":\(shardCount),\"docs\":["
        for (number, entry) in entries.enumerated() {
            if number > 0 { json += "," }
            json += "[" + JSONText.quoted(entry.url) + "," + JSONText.quoted(entry.title) + "," + (entry.date.map(JSONText.quoted) ?? "null") + "]"
        }
        return json + "]}"
    }

    /// One shard as JSON, its terms in code point order so that the same
    /// posts give the same bytes.
    private static func shardFile(_ bucket: [(entry: UInt32, posting: SearchPostings.Posting)]) -> String {
        var lists: [SearchTerm: [UInt32]] = [:]
        for (entry, posting) in bucket {
            lists[posting.term, default: []].append(entry << 4 | UInt32(posting.weight))
        }
        let terms = lists.keys.map { ($0, $0.text) }.sorted { $0.1.unicodeScalars.lexicographicallyPrecedes($1.1.unicodeScalars) { $0.value < $1.value } }
        var json = "{"
        for (position, (term, text)) in terms.enumerated() {
            if position > 0 { json += "," }
            json += JSONText.quoted(text) + ":["
            var previous: UInt32 = 0
            for (index, packed) in lists[term]!.enumerated() {
                let entry = packed >> 4
                if index > 0 { json += "," }
                json += String(entry - previous) + "," + String(packed & 0xF)
                previous = entry
            }
            json += "]"
        }
        return json + "}"
    }
}
