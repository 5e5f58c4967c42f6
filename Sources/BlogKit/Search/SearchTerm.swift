/// One term of the search index: a Latin word (or number), case-folded, or
/// one or two Chinese characters.
///
/// Chinese has no spaces, and a word list would miss the coinages of a
/// technical blog, so Chinese text is indexed as its characters and the
/// pairs of neighbouring characters: a query of two or more characters is
/// found as its pairs (自编码器 → 自编 编码 码器, all of which 变分自编码器
/// has), a one-character query as that character. `assets/search.js` splits
/// queries by the same rules; the two must change together.
enum SearchTerm: Hashable, Sendable {
    /// One or two characters, packed: a pair as `1 << 42 | first << 21 | second`.
    case characters(UInt64)
    case word(String)

    /// Words longer than this (hashes, base64 in a post) are not indexed.
    static let longestWord = 40

    /// The term as written in the index's files.
    var text: String {
        switch self {
        case .word(let word):
            return word
        case .characters(let code):
            var text = String.UnicodeScalarView()
            if code >> 42 == 1 { text.append(Unicode.Scalar(UInt32(truncatingIfNeeded: code >> 21 & 0x1F_FFFF))!) }
            text.append(Unicode.Scalar(UInt32(truncatingIfNeeded: code & 0x1F_FFFF))!)
            return String(text)
        }
    }

    /// Which shard file holds the term: FNV-1a over its code points, as
    /// `search.js` computes it.
    func shard(of count: Int) -> Int {
        var hash: UInt32 = 0x811C_9DC5
        func mix(_ value: UInt32) { hash = (hash ^ value) &* 0x0100_0193 }
        switch self {
        case .word(let word):
            for scalar in word.unicodeScalars { mix(scalar.value) }
        case .characters(let code):
            if code >> 42 == 1 { mix(UInt32(truncatingIfNeeded: code >> 21 & 0x1F_FFFF)) }
            mix(UInt32(truncatingIfNeeded: code & 0x1F_FFFF))
        }
        return Int(hash % UInt32(count))
    }

}
