/// Splits text into search terms (`SearchTerm`): runs of letters and digits
/// are words, case-folded (full-width ASCII as ASCII); runs of Chinese
/// characters or kana give each character and each pair of neighbours;
/// everything else separates. A formula's TeX is text like any other, so
/// `\alpha` is found as `alpha`.
enum SearchTokenizer {
    /// Calls `characters` with each character and pair code of `text`, and
    /// `word` with each word, in order, repeats included.
    static func scan(_ text: String, characters: (UInt64) -> Void, word: (String) -> Void) {
        var previous: UInt64?
        var current = String.UnicodeScalarView()
        var wordLength = 0
        func endWord() {
            if wordLength > 0 && wordLength <= SearchTerm.longestWord { word(String(current)) }
            current = String.UnicodeScalarView()
            wordLength = 0
        }
        for original in text.unicodeScalars {
            // Chinese has no case: most scalars skip folding.
            let scalar = isCharacter(original) ? original : fold(original)
            if isCharacter(scalar) {
                endWord()
                let code = UInt64(scalar.value)
                characters(code)
                if let previous { characters(1 << 42 | previous << 21 | code) }
                previous = code
            } else if isWordPart(scalar) {
                previous = nil
                current.append(scalar)
                wordLength += 1
            } else {
                previous = nil
                endWord()
            }
        }
        endWord()
    }

    /// Full-width ASCII as ASCII, then lower case where that is one scalar.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var scalar = scalar
        if (0xFF01...0xFF5E).contains(scalar.value) { scalar = Unicode.Scalar(scalar.value - 0xFEE0)! }
        if scalar.isASCII {
            return (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    /// Ideographs, radicals, kana and bopomofo: indexed one by one and in pairs.
    static func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3040...0x30FF, 0x3100...0x312F, 0x31A0...0x31BF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
            0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    /// Letters and digits of any other script, as JavaScript's `[\p{L}\p{N}]`.
    static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (48...57).contains(scalar.value) || (97...122).contains(scalar.value) || (65...90).contains(scalar.value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
