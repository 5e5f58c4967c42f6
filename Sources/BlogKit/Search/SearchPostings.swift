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

    /// - Parameters:
    ///   - text: formulas as their TeX.
    init(title: String, headings: [String], text: String) {
        // Characters, most of a Chinese text, are counted by their codes
        // apart from words: an integer key hashes far faster than the enum.
        var characters: [UInt64: UInt8] = [:]
        characters.reserveCapacity(text.utf8.count / 6)
        var words: [String: UInt8] = [:]
        SearchTokenizer.scan(text, characters: { Self.count(&characters[$0, default: 0]) }) { Self.count(&words[$0, default: 0]) }
        for (text, weight) in [(title, UInt8(8)), (headings.joined(separator: "\n"), 4)] {
            SearchTokenizer.scan(text, characters: { characters[$0, default: 0] |= weight }) { words[$0, default: 0] |= weight }
        }
        postings = []
        postings.reserveCapacity(characters.count + words.count)
        for (code, weight) in characters { postings.append(Posting(term: .characters(code), weight: weight)) }
        for (word, weight) in words { postings.append(Posting(term: .word(word), weight: weight)) }
    }

    /// One more time in the text, up to 3: in place, one dictionary lookup.
    private static func count(_ times: inout UInt8) {
        if times < 3 { times += 1 }
    }
}
