/// Splits text into search terms (`SearchTerm`): runs of letters and digits
/// are words, case-folded (full-width ASCII as ASCII); runs of Chinese
/// characters or kana give each character and each pair of neighbours;
/// everything else separates. A formula's TeX is text like any other, so
/// `\alpha` is found as `alpha`.
enum SearchTokenizer {
    /// Gives `sink` each character, pair and word of `text`, in order,
    /// repeats included.
    static func scan<Sink: SearchTermSink>(_ text: String, into sink: inout Sink) {
        var text = text
        text.withUTF8 { scan($0, into: &sink) }
    }

    /// The scan over the bytes, every variable its own: state a closure
    /// captured would be checked for exclusive access at each use.
    private static func scan<Sink: SearchTermSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        var previous: UInt32?
        var word = Word()
        var at = 0
        while at < bytes.count {
            // Decoded by hand: the bytes are a String's, so valid UTF-8.
            let lead = bytes[at]
            if lead < 0x80 {
                at += 1
                previous = nil
                if let byte = asciiWordPart(lead) { word.append(byte) } else { word.end(into: &sink) }
                continue
            }
            let value: UInt32
            if lead < 0xE0 {
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[at + 1] & 0x3F)
                at += 2
            } else if lead < 0xF0 {
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F)
                at += 3
            } else {
                value = UInt32(lead & 0x07) << 18 | UInt32(bytes[at + 1] & 0x3F) << 12 | UInt32(bytes[at + 2] & 0x3F) << 6 | UInt32(bytes[at + 3] & 0x3F)
                at += 4
            }
            if isCharacter(value) {
                word.end(into: &sink)
                sink.add(SearchTerm(character: value))
                if let previous { sink.add(SearchTerm(first: previous, second: value)) }
                previous = value
                continue
            }
            previous = nil
            let scalar = fold(Unicode.Scalar(value)!)
            if scalar.isASCII, let byte = asciiWordPart(UInt8(scalar.value)) {
                word.append(byte)
            } else if !scalar.isASCII && isWordPart(scalar) {
                word.append(scalar)
            } else {
                word.end(into: &sink)
            }
        }
        word.end(into: &sink)
    }

    /// The word being read: its bytes, folded, and its length in scalars.
    private struct Word {
        var utf8: [UInt8] = []
        var length = 0

        init() { utf8.reserveCapacity(64) }

        mutating func append(_ byte: UInt8) {
            utf8.append(byte)
            length += 1
        }

        mutating func append(_ scalar: Unicode.Scalar) {
            UTF8.encode(scalar) { utf8.append($0) }
            length += 1
        }

        /// Gives the word to `sink`, unless it is too long, and starts the next.
        mutating func end<Sink: SearchTermSink>(into sink: inout Sink) {
            guard length > 0 else { return }
            if length <= SearchTerm.longestWord { sink.add(word: utf8) }
            utf8.removeAll(keepingCapacity: true)
            length = 0
        }
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
    @inline(__always)
    private static func isCharacter(_ value: UInt32) -> Bool {
        switch value {
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
