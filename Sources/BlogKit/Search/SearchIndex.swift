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
struct SearchIndex: Equatable, Sendable {
    /// About this many postings per shard: a query of a few terms loads a
    /// few tens of kilobytes.
    static let postingsPerShard = 6_000

    let entries: [SearchEntry]

    /// How many shard files the entries make: a power of two, so that the
    /// search page can pick a term's shard before it has read `meta.json`.
    var shardCount: Int {
        let total = entries.reduce(0) { $0 + $1.postings.terms.count }
        var count = 1
        while count * Self.postingsPerShard < total && count < 4_096 { count *= 2 }
        return count
    }

    /// What tells indexes apart without making their files: indexes with
    /// the same digest make the same files. Hashed field by field, the
    /// terms as their raw words: encoding a corpus's million terms took a
    /// tenth of a build after one edit.
    var digest: String {
        var hash = StableHash()
        for entry in entries {
            hash.combine(entry.url)
            hash.combine(entry.title)
            hash.combine(entry.date != nil)
            hash.combine(entry.date ?? "")
            let postings = entry.postings
            postings.terms.withUnsafeBytes { hash.combine(bytes: $0) }
            postings.weights.withUnsafeBytes { hash.combine(bytes: $0) }
            hash.combine(postings.longWords.count)
            postings.longWords.forEach { hash.combine($0) }
        }
        return hash.digest
    }

    /// The index's files, in `folder` of the output; with `deferred`, their
    /// bytes are made only when first read (`blog serve`, and `blog build`
    /// which keeps them unmade when the last build's are in place).
    func files(in folder: URLPath, deferred: Bool) -> [OutputFile] {
        let folder = String(folder.outputFile.dropLast("/index.html".count))
        let paths = [folder + "/meta.json"] + (0..<shardCount).map { "\(folder)/terms/\($0).json" }
        guard deferred else { return zip(paths, contents()).map { OutputFile(path: $0, contents: .data($1)) } }
        let contents = Deferred { self.contents() }
        return paths.enumerated().map { number, path in OutputFile(path: path, contents: .deferred(Deferred { contents.value[number] })) }
    }

    /// `meta.json`, then each shard file.
    private func contents() -> [Data] {
        let shardCount = shardCount
        // Longer words are numbered by each post; here by the whole index,
        // in the order the entries first use them.
        var words: [String] = []
        var numbers: [String: Int] = [:]
        // Each shard's postings as (term, entry << 4 | weight), appended in
        // entry order.
        var buckets = Array(repeating: [(term: SearchTerm, posting: UInt32)](), count: shardCount)
        // A term's shard is a hash of its text, so it does not wait for the
        // renumbering: hashed for all entries at once.
        let shardsOfTerms = entries.concurrentMap { entry in
            entry.postings.terms.map { UInt16($0.shard(of: shardCount, words: entry.postings.longWords)) }
        }
        for (entry, document) in entries.enumerated() {
            let postings = document.postings
            let renumbered = postings.longWords.map { word in
                if let number = numbers[word] { return number }
                numbers[word] = words.count
                words.append(word)
                return words.count - 1
            }
            for (position, term) in postings.terms.enumerated() {
                let global = term.longWordNumber.map { SearchTerm(longWord: renumbered[$0]) } ?? term
                buckets[Int(shardsOfTerms[entry][position])].append((global, UInt32(entry) << 4 | UInt32(postings.weights[position])))
            }
        }
        let shards = buckets.concurrentMap { Self.shardFile($0, words: words) }
        return [Data(meta(shardCount: shardCount).utf8)] + shards
    }

    private func meta(shardCount: Int) -> String {
        var json = "{\"shards\":\(shardCount),\"docs\":["
        for (number, entry) in entries.enumerated() {
            if number > 0 { json += "," }
            json += "[" + JSONText.quoted(entry.url) + "," + JSONText.quoted(entry.title) + "," + (entry.date.map(JSONText.quoted) ?? "null") + "]"
        }
        return json + "]}"
    }

    /// One shard as JSON, its terms in the order of their codes, so that the
    /// same posts give the same bytes. A term is letters and digits only, so
    /// it is written between quotes as it is.
    private static func shardFile(_ bucket: [(term: SearchTerm, posting: UInt32)], words: [String]) -> Data {
        // Entries came in order, so sorting by term then posting keeps
        // each term's entries ascending.
        let sorted = bucket.sorted { ($0.term, $0.posting) < ($1.term, $1.posting) }
        var json: [UInt8] = [UInt8(ascii: "{")]
        json.reserveCapacity(sorted.count * 6 + 16)
        var previous: UInt32 = 0
        for (position, (term, posting)) in sorted.enumerated() {
            if position == 0 || sorted[position - 1].term != term {
                if position > 0 { json.append(contentsOf: "],".utf8) }
                json.append(UInt8(ascii: "\""))
                json.append(contentsOf: term.text(words: words).utf8)
                json.append(contentsOf: "\":[".utf8)
                previous = 0
            } else {
                json.append(UInt8(ascii: ","))
            }
            let entry = posting >> 4
            append(entry - previous, to: &json)
            json.append(UInt8(ascii: ","))
            append(posting & 0xF, to: &json)
            previous = entry
        }
        if !sorted.isEmpty { json.append(UInt8(ascii: "]")) }
        json.append(UInt8(ascii: "}"))
        return Data(json)
    }

    /// `number` in decimal digits.
    private static func append(_ number: UInt32, to json: inout [UInt8]) {
        if number >= 10 { append(number / 10, to: &json) }
        json.append(UInt8(ascii: "0") + UInt8(number % 10))
    }
}
