/// One term of the search index: a Latin word (or number), case-folded, or
/// one or two Chinese characters.
///
/// Chinese has no spaces, and a word list would miss the coinages of a
/// technical blog, so Chinese text is indexed as its characters and the
/// pairs of neighbouring characters: a query of two or more characters is
/// found as its pairs (自编码器 → 自编 编码 码器, all of which 变分自编码器
/// has), a one-character query as that character. `assets/search.js` splits
/// queries by the same rules; the two must change together.
///
/// A term is packed in 64 bits, so that counting a post's terms and sorting
/// the index's lists is integer work, not string hashing:
///
/// - characters: a pair as `1 << 42 | first << 21 | second`, one alone as its code;
/// - a word of at most 7 UTF-8 bytes: the bytes from the low end, tagged `1 << 62`;
/// - a longer word: its number in a table of words, tagged `2 << 62`.
///   Only that kind needs the table to be read (`text(words:)`).
struct SearchTerm: Hashable, Comparable, Sendable {
    let code: UInt64

    /// Words longer than this, in scalars (hashes, base64 in a post), are not indexed.
    static let longestWord = 40

    private static let shortWordTag: UInt64 = 1 << 62
    private static let longWordTag: UInt64 = 2 << 62

    /// The term `code` packs, as `code` gives it.
    init(code: UInt64) { self.code = code }

    /// One character, by its scalar value.
    init(character: UInt32) { code = UInt64(character) }

    /// Two neighbouring characters.
    init(first: UInt32, second: UInt32) { code = 1 << 42 | UInt64(first) << 21 | UInt64(second) }

    /// A word short enough to pack, given as its UTF-8 bytes; nil if it is longer.
    init?(shortWord utf8: some Collection<UInt8>) {
        guard utf8.count <= 7 else { return nil }
        var code: UInt64 = 0
        for (position, byte) in utf8.enumerated() { code |= UInt64(byte) << (8 * position) }
        self.code = Self.shortWordTag | code
    }

    /// A longer word, number `number` in its table.
    init(longWord number: Int) { code = Self.longWordTag | UInt64(number) }

    /// The number of a longer word in its table; nil for any other term.
    var longWordNumber: Int? { code >> 62 == 2 ? Int(code & 0xFFFF_FFFF) : nil }

    /// The term as written in the index's files; `words` is the table of
    /// longer words its number refers to.
    func text(words: [String]) -> String {
        switch code >> 62 {
        case 2:
            return words[Int(code & 0xFFFF_FFFF)]
        case 1:
            var bytes = code & 0xFF_FFFF_FFFF_FFFF
            var utf8: [UInt8] = []
            while bytes != 0 {
                utf8.append(UInt8(truncatingIfNeeded: bytes))
                bytes >>= 8
            }
            return String(decoding: utf8, as: UTF8.self)
        default:
            var text = String.UnicodeScalarView()
            if let first { text.append(Unicode.Scalar(first)!) }
            text.append(Unicode.Scalar(last)!)
            return String(text)
        }
    }

    /// Which shard file holds the term: FNV-1a over its code points, as
    /// `search.js` computes it.
    func shard(of count: Int, words: [String]) -> Int {
        var hash: UInt32 = 0x811C_9DC5
        func mix(_ value: UInt32) { hash = (hash ^ value) &* 0x0100_0193 }
        if code >> 62 == 0 {
            if let first { mix(first) }
            mix(last)
        } else if code >> 62 == 1 && code & 0x8080_8080_8080_80 == 0 {
            // ASCII, nearly every word: each byte is its code point.
            var bytes = code & 0xFF_FFFF_FFFF_FFFF
            while bytes != 0 {
                mix(UInt32(truncatingIfNeeded: bytes & 0xFF))
                bytes >>= 8
            }
        } else {
            for scalar in text(words: words).unicodeScalars { mix(scalar.value) }
        }
        return Int(hash % UInt32(count))
    }

    static func < (left: SearchTerm, right: SearchTerm) -> Bool { left.code < right.code }

    /// Of characters: the first of a pair; nil for one alone.
    private var first: UInt32? { code >> 42 == 1 ? UInt32(truncatingIfNeeded: code >> 21 & 0x1F_FFFF) : nil }
    /// Of characters: the one alone, or the second of a pair.
    private var last: UInt32 { UInt32(truncatingIfNeeded: code & 0x1F_FFFF) }
}
