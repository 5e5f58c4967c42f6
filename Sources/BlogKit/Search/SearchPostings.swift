/// The terms of one entry, each with its weight: 8 if the title has it, 4
/// if a heading does, plus how often the text has it, up to 3. The browser
/// ranks by these (title before heading before text) and by how rare a
/// term is.
///
/// Kept with each rendered post for the rest of the build (and by `blog
/// serve` between builds), so held flat: nine bytes a term.
struct SearchPostings: Equatable, Sendable {
    /// Each term, in no particular order, and at the same place in
    /// `weights` its weight.
    let terms: [SearchTerm]
    let weights: [UInt8]
    /// The words too long to pack into a term, by the numbers `terms` give them.
    let longWords: [String]

    /// - Parameters:
    ///   - text: formulas as their TeX.
    init(title: String, headings: [String], text: String) {
        var counter = Counter(counts: SearchTermCounts(expected: text.utf8.count / 6))
        SearchTokenizer.scan(text, into: &counter)
        counter.mark = 8
        SearchTokenizer.scan(title, into: &counter)
        counter.mark = 4
        SearchTokenizer.scan(headings.joined(separator: "\n"), into: &counter)
        var terms: [SearchTerm] = []
        var weights: [UInt8] = []
        terms.reserveCapacity(counter.counts.count)
        weights.reserveCapacity(counter.counts.count)
        counter.counts.forEach { term, weight in
            terms.append(term)
            weights.append(weight)
        }
        self.terms = terms
        self.weights = weights
        self.longWords = counter.longWords
    }

    /// Counts the text's terms, then marks the title's and the headings'.
    private struct Counter: SearchTermSink {
        var counts: SearchTermCounts
        /// The weight terms are marked with; nil while the text is counted.
        var mark: UInt8?
        var longWords: [String] = []
        var numbers: [String: Int] = [:]

        mutating func add(_ term: SearchTerm) {
            if let mark { counts.mark(term, with: mark) } else { counts.count(term) }
        }

        mutating func add(word utf8: [UInt8]) {
            add(SearchTerm(shortWord: utf8) ?? longWord(String(decoding: utf8, as: UTF8.self)))
        }

        private mutating func longWord(_ word: String) -> SearchTerm {
            if let number = numbers[word] { return SearchTerm(longWord: number) }
            numbers[word] = longWords.count
            longWords.append(word)
            return SearchTerm(longWord: longWords.count - 1)
        }
    }
}

/// Kept in the build's memos: the terms as their codes, which
/// `BinaryEncoder` writes as raw words.
extension SearchPostings: Codable {
    private enum CodingKeys: String, CodingKey {
        case terms, weights, longWords
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        terms = try container.decode([UInt64].self, forKey: .terms).map(SearchTerm.init(code:))
        weights = try container.decode([UInt8].self, forKey: .weights)
        longWords = try container.decode([String].self, forKey: .longWords)
        guard terms.count == weights.count else {
            throw DecodingError.dataCorruptedError(forKey: .weights, in: container, debugDescription: "a weight for each term")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(terms.map(\.code), forKey: .terms)
        try container.encode(weights, forKey: .weights)
        try container.encode(longWords, forKey: .longWords)
    }
}
