/// The terms of one entry, each with its weight: 8 if the title has it, 4
/// if a heading does, plus how often the text has it, up to 3. The browser
/// ranks by these (title before heading before text) and by how rare a
/// term is.
///
/// Kept with each rendered post for the rest of the build (and by `blog
/// serve` between builds), so held flat: nine bytes a term.
struct SearchPostings: Sendable {
    /// Each term, in no particular order, and at the same place in
    /// `weights` its weight.
    let terms: [SearchTerm]
    let weights: [UInt8]
    /// The words too long to pack into a term, by the numbers `terms` give them.
    let longWords: [String]

    /// - Parameters:
    ///   - text: formulas as their TeX.
    init(title: String, headings: [String], text: String) {
        var counts = SearchTermCounts(expected: text.utf8.count / 6)
        var longWords: [String] = []
        var numbers: [String: Int] = [:]
        func term(_ utf8: [UInt8]) -> SearchTerm {
            if let term = SearchTerm(shortWord: utf8) { return term }
            let word = String(decoding: utf8, as: UTF8.self)
            if let number = numbers[word] { return SearchTerm(longWord: number) }
            numbers[word] = longWords.count
            longWords.append(word)
            return SearchTerm(longWord: longWords.count - 1)
        }
        SearchTokenizer.scan(text, characters: { counts.update($0, Self.once) }) { counts.update(term($0), Self.once) }
        for (text, weight) in [(title, UInt8(8)), (headings.joined(separator: "\n"), 4)] {
            SearchTokenizer.scan(text, characters: { counts.update($0) { $0 |= weight } }) { counts.update(term($0)) { $0 |= weight } }
        }
        var terms: [SearchTerm] = []
        var weights: [UInt8] = []
        terms.reserveCapacity(counts.count)
        weights.reserveCapacity(counts.count)
        counts.forEach { term, weight in
            terms.append(term)
            weights.append(weight)
        }
        self.terms = terms
        self.weights = weights
        self.longWords = longWords
    }

    /// One more time in the text, up to 3.
    private static func once(_ times: inout UInt8) {
        if times < 3 { times += 1 }
    }
}
