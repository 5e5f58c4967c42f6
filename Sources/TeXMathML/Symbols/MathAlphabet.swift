/// The math alphabets of `\mathbb`, `\mathcal`…, mapped to Unicode's Mathematical
/// Alphanumeric Symbols (MathML Core supports only `mathvariant="normal"`, so
/// styled letters must be the styled characters themselves).
enum MathAlphabet: String, Sendable, CaseIterable {
    case bold, italic, boldItalic, script, boldScript, fraktur, boldFraktur, doubleStruck
    case sansSerif, sansSerifBold, sansSerifItalic, sansSerifBoldItalic, monospace
    /// TeX's `\boldsymbol` (and `\bm`): each symbol in the bold of its own
    /// shape, so letters and lowercase Greek bold italic, but digits and
    /// capital Greek, which math sets upright, bold upright.
    case boldSymbol

    /// The styled form of one character; characters without one (punctuation,
    /// CJK, most symbols) come back unchanged.
    func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if let letterlike = exceptions[scalar] {
            return letterlike
        }
        let value = scalar.value
        if self == .boldSymbol {
            if let bold = Self.emboldened(scalar) { return bold }
            let isUpright = (0x30...0x39).contains(value) || (0x0391...0x03A9).contains(value) || value == 0x03F4 || value == 0x2207
            return (isUpright ? Self.bold : Self.boldItalic).map(scalar)
        }
        let styled: UInt32?
        switch value {
        case 0x41...0x5A: styled = latinStart.map { $0 + value - 0x41 }
        case 0x61...0x7A: styled = latinStart.map { $0 + 26 + value - 0x61 }
        case 0x30...0x39: styled = digitStart.map { $0 + value - 0x30 }
        default: styled = Self.greekOffset(value).flatMap { offset in greekStart.map { $0 + offset } }
        }
        return styled.flatMap(Unicode.Scalar.init) ?? scalar
    }

    /// `text` with every character mapped.
    func map(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.map(map))
        return String(result)
    }

    /// Where A comes in the Mathematical Alphanumeric Symbols block; a–z follow Z.
    private var latinStart: UInt32? {
        switch self {
        case .bold: 0x1D400
        case .italic: 0x1D434
        case .boldItalic: 0x1D468
        case .script: 0x1D49C
        case .boldScript: 0x1D4D0
        case .fraktur: 0x1D504
        case .doubleStruck: 0x1D538
        case .boldFraktur: 0x1D56C
        case .sansSerif: 0x1D5A0
        case .sansSerifBold: 0x1D5D4
        case .sansSerifItalic: 0x1D608
        case .sansSerifBoldItalic: 0x1D63C
        case .monospace: 0x1D670
        case .boldSymbol: nil
        }
    }

    /// Where 0 comes; only five alphabets have digits.
    private var digitStart: UInt32? {
        switch self {
        case .bold: 0x1D7CE
        case .doubleStruck: 0x1D7D8
        case .sansSerif: 0x1D7E2
        case .sansSerifBold: 0x1D7EC
        case .monospace: 0x1D7F6
        default: nil
        }
    }

    /// Where capital Alpha comes; only five alphabets have Greek.
    private var greekStart: UInt32? {
        switch self {
        case .bold: 0x1D6A8
        case .italic: 0x1D6E2
        case .boldItalic: 0x1D71C
        case .sansSerifBold: 0x1D756
        case .sansSerifBoldItalic: 0x1D790
        default: nil
        }
    }

    /// A script or Fraktur letter (`\boldsymbol{\mathcal R}`) in the bold of
    /// its alphabet; nil for any other character.
    private static func emboldened(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        for (plain, bold) in [(MathAlphabet.script, MathAlphabet.boldScript), (.fraktur, .boldFraktur)] {
            let start = plain.latinStart!
            if (start..<start + 52).contains(scalar.value) {
                return Unicode.Scalar(bold.latinStart! + scalar.value - start)
            }
            if let letter = plain.exceptions.first(where: { $0.value == scalar })?.key {
                return bold.map(letter)
            }
        }
        return nil
    }

    /// A Greek character's place in each 58-character Greek run: Α–Ω with ϴ
    /// in the gap at U+03A2, ∇, α–ω, ∂, then the variants ϵ ϑ ϰ ϕ ϱ ϖ.
    private static func greekOffset(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x0391...0x03A9 where value != 0x03A2: value - 0x0391
        case 0x03F4: 17  // ϴ
        case 0x2207: 25  // ∇
        case 0x03B1...0x03C9: 26 + value - 0x03B1
        case 0x2202: 51  // ∂
        case 0x03F5: 52  // ϵ
        case 0x03D1: 53  // ϑ
        case 0x03F0: 54  // ϰ
        case 0x03D5: 55  // ϕ
        case 0x03F1: 56  // ϱ
        case 0x03D6: 57  // ϖ
        default: nil
        }
    }

    /// Characters outside the arithmetic: the holes Unicode left in the block
    /// for letters already in Letterlike Symbols, and a few extras.
    private var exceptions: [Unicode.Scalar: Unicode.Scalar] {
        switch self {
        case .italic: Self.italicExceptions
        case .script: Self.scriptExceptions
        case .fraktur: Self.frakturExceptions
        case .doubleStruck: Self.doubleStruckExceptions
        case .bold: Self.boldExceptions
        default: [:]
        }
    }

    private static let italicExceptions: [Unicode.Scalar: Unicode.Scalar] = [
        "h": "\u{210E}", "ı": "\u{1D6A4}", "ȷ": "\u{1D6A5}",
    ]
    private static let scriptExceptions: [Unicode.Scalar: Unicode.Scalar] = [
        "B": "\u{212C}", "E": "\u{2130}", "F": "\u{2131}", "H": "\u{210B}", "I": "\u{2110}", "L": "\u{2112}",
        "M": "\u{2133}", "R": "\u{211B}", "e": "\u{212F}", "g": "\u{210A}", "o": "\u{2134}",
    ]
    private static let frakturExceptions: [Unicode.Scalar: Unicode.Scalar] = [
        "C": "\u{212D}", "H": "\u{210C}", "I": "\u{2111}", "R": "\u{211C}", "Z": "\u{2128}",
    ]
    private static let doubleStruckExceptions: [Unicode.Scalar: Unicode.Scalar] = [
        "C": "\u{2102}", "H": "\u{210D}", "N": "\u{2115}", "P": "\u{2119}", "Q": "\u{211A}", "R": "\u{211D}",
        "Z": "\u{2124}",
    ]
    /// Digamma exists only in bold.
    private static let boldExceptions: [Unicode.Scalar: Unicode.Scalar] = [
        "Ϝ": "\u{1D7CA}", "ϝ": "\u{1D7CB}",
    ]
}
