/// The terms of one entry, each with its weight: 8 if the title has it, 4
/// if a heading does, plus how often the text has it, up to 3. The browser
/// ranks by these (title before heading before text) and by how rare a
/// term is.
struct SearchPostings: Sendable {
    struct Posting: Sendable {
        var term: SearchTerm
        var weight: UInt8
    }

    var postings: [Posting]

    init(of entry: SearchEntry) {
        let title = Self.terms(of: entry.title)
        let headings = Self.terms(of: entry.headings.joined(separator: "\n"))
        var counts: [SearchTerm: Int] = [:]
        var characters: [UInt64] = []
        characters.reserveCapacity(entry.text.utf8.count / 2)
        var words: [String] = []
        // Characters are most of a Chinese text: sorted codes are counted in
        // runs, far cheaper than a dictionary update per character.
        SearchTokenizer.scan(entry.text, characters: { characters.append($0) }, word: { words.append($0) })
        characters.sort()
        var index = 0
        while index < characters.count {
            var end = index + 1
            while end < characters.count && characters[end] == characters[index] { end += 1 }
            counts[.characters(characters[index])] = end - index
            index = end
        }
        for word in words { counts[.word(word), default: 0] += 1 }
        for term in title.union(headings) where counts[term] == nil { counts[term] = 0 }
        postings = counts.map { term, count in
            Posting(term: term, weight: (title.contains(term) ? 8 : 0) + (headings.contains(term) ? 4 : 0) + UInt8(min(count, 3)))
        }
    }

    private static func terms(of text: String) -> Set<SearchTerm> {
        var terms: Set<SearchTerm> = []
        SearchTokenizer.scan(text, characters: { terms.insert(.characters($0)) }, word: { terms.insert(.word($0)) })
        return terms
    }
}
