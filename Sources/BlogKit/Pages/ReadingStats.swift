/// How long a post is, as a Chinese reader counts it: each Chinese
/// character (or kana) is a word, as are runs of Latin letters and digits;
/// punctuation and formulas' TeX are not counted.
public struct ReadingStats: Sendable, Hashable, Codable {
    /// Chinese, Japanese and Korean characters.
    public var characters: Int
    /// Latin words and numbers.
    public var words: Int

    /// What a word count shows: characters and words together, as a
    /// Chinese editor counts 字.
    public var count: Int { characters + words }

    /// Whole minutes, at least one: 400 characters and 200 words a minute,
    /// the usual figures for reading Chinese and English prose.
    public var minutes: Int {
        max(1, (characters * 3 + words * 6 + 1_199) / 1_200)
    }

    /// Counts `text`, plain text with formulas already left out.
    public init(text: String) {
        var characters = 0
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isLetter = Self.isLetter(scalar)
            if isLetter && CJK.contains(scalar) {
                characters += 1
                inWord = false
            } else if isLetter || inWord && (scalar == "'" || scalar == "’" || scalar == "-") {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        self.characters = characters
        self.words = words
    }

    /// A letter or digit of any script. Unicode's property tables are asked
    /// only past ASCII and the common ideographs: a post is nearly all
    /// those, and the tables cost a lookup per character.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}
