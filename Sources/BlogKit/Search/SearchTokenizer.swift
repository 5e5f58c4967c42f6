/// Splits text into search terms (`SearchTerm`): runs of letters and digits
/// are words, case-folded (full-width ASCII as ASCII); runs of Chinese
/// characters or kana give each character and each pair of neighbours;
/// everything else separates. A formula's TeX is text like any other, so
/// `\alpha` is found as `alpha`.
enum SearchTokenizer {
    /// Calls `characters` with each character and each pair of `text`, and
    /// `word` with each word's UTF-8 bytes, in order, repeats included.
    static func scan(_ text: String, characters: (SearchTerm) -> Void, word: ([UInt8]) -> Void) {
        var previous: UInt32?
        var current: [UInt8] = []
        current.reserveCapacity(64)
        var wordLength = 0
        func endWord() {
            if wordLength > 0 && wordLength <= SearchTerm.longestWord { word(current) }
            current.removeAll(keepingCapacity: true)
            wordLength = 0
        }
        for original in text.unicodeScalars {
            let value = original.value
            // Most of a Chinese post is ideographs, most of the rest ASCII:
            // both are told apart without Unicode's property tables.
            if value < 0x80 {
                previous = nil
                if let byte = asciiWordPart(UInt8(value)) {
                    current.append(byte)
                    wordLength += 1
                } else {
                    endWord()
                }
            } else if isCharacter(original) {
                endWord()
                characters(SearchTerm(character: value))
                if let previous { characters(SearchTerm(first: previous, second: value)) }
                previous = value
            } else {
                previous = nil
                let scalar = fold(original)
                if scalar.isASCII, let byte = asciiWordPart(UInt8(scalar.value)) {
                    current.append(byte)
                    wordLength += 1
                } else if !scalar.isASCII && isWordPart(scalar) {
                    UTF8.encode(scalar) { current.append($0) }
                    wordLength += 1
                } else {
                    endWord()
                }
            }
        }
        endWord()
    }

    /// An ASCII letter (lower-cased) or digit; nil for anything else.
    private static func asciiWordPart(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
        default: nil
        }
    }

    /// Full-width ASCII as ASCII, then lower case where that is one scalar.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if (0xFF01...0xFF5E).contains(scalar.value) { return fold(Unicode.Scalar(scalar.value - 0xFEE0)!) }
        if scalar.isASCII {
            return (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        // Punctuation, most of what gets here, has no case: asking first
        // spares making its lower-case string.
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    /// Ideographs, radicals, kana and bopomofo: indexed one by one and in pairs.
    private static func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3040...0x30FF, 0x3100...0x312F, 0x31A0...0x31BF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
            0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    /// Letters and digits of scripts past ASCII, as JavaScript's `[\p{L}\p{N}]`.
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
