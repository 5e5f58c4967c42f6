/// About how far a formula reaches above and below its baseline, in em of
/// the font it starts in, as TeX would set it: enough to choose the size
/// of the delimiters around it, as TeX does, instead of leaving it to
/// browsers, which stretch them to different heights (Chromium's
/// `\left(\sum_{i=1}^n\right)` is twice Firefox's) and make Chromium's
/// boxes as wide as the widest glyph. Parameters are Computer Modern's.
struct ExtentEstimate {
    var height: Double
    var depth: Double

    /// TeX's math axis, which delimiters are centred on.
    static let axis = 0.25

    /// The delimiter size (an index into `DelimiterVariants.heights`)
    /// TeX's `\left` chooses for content this tall: it covers at least
    /// 90.1% of twice the content's greater reach from the axis, and
    /// comes short of it by at most 0.5em. Nil when only an assembled
    /// delimiter is tall enough, which the browsers build alike.
    var delimiterSize: Int? {
        let reach = max(height - Self.axis, depth + Self.axis)
        return DelimiterVariants.size(covering: max(2 * reach * 0.901, 2 * reach - 0.5))
    }

    /// The extent of `element` set in `style`.
    init(_ element: MathElement, style: MathStyle) {
        self = Self.measure(element, level: Self.level(style), display: style == .display)
    }

    private init(height: Double, depth: Double) {
        self.height = height
        self.depth = depth
    }

    private static let empty = ExtentEstimate(height: 0, depth: 0)

    /// Script level: 0 text and display, 1 script, 2 scriptscript.
    private static func level(_ style: MathStyle) -> Int {
        max(0, style.rawValue - 1)
    }

    private static let scales = [1.0, 0.7, 0.5]

    private func scaled(_ factor: Double) -> ExtentEstimate {
        ExtentEstimate(height: height * factor, depth: depth * factor)
    }

    private static func union(_ extents: [ExtentEstimate]) -> ExtentEstimate {
        ExtentEstimate(height: extents.map(\.height).max() ?? 0, depth: extents.map(\.depth).max() ?? 0)
    }

    /// In em of the font at `level`, scaled at the end by its parent.
    private static func measure(_ element: MathElement, level: Int, display: Bool) -> ExtentEstimate {
        let scriptLevel = min(level + 1, 2)
        let scriptScale = scales[scriptLevel] / scales[level]
        func child(_ index: Int, level childLevel: Int? = nil, display childDisplay: Bool? = nil) -> ExtentEstimate {
            guard index < element.children.count else { return empty }
            let target = childLevel ?? level
            return measure(element.children[index], level: target, display: childDisplay ?? display).scaled(scales[target] / scales[level])
        }
        switch element.name {
        case "mi", "mn", "mtext", "ms":
            return text(element.text ?? "")
        case "mo":
            return mark(element, display: display)
        case "mspace":
            return ExtentEstimate(height: length(element.attribute("height")), depth: length(element.attribute("depth")))
        case "msup", "msub", "msubsup", "mmultiscripts":
            return scripted(base: child(0), sub: element.name == "msup" ? nil : child(1, level: scriptLevel),
                            sup: element.name == "msub" ? nil : child(element.name == "msup" ? 1 : 2, level: scriptLevel),
                            scale: scriptScale, onCharacter: isCharacter(element.children.first), display: display)
        case "munder", "mover", "munderover":
            let base = element.children.first
            let isLimits = base?.attribute("movablelimits") == "true"
            let under = element.name == "mover" ? nil : child(1, level: scriptLevel)
            let over = element.name == "munder" ? nil : child(element.name == "mover" ? 1 : 2, level: scriptLevel)
            if isLimits && !display { return scripted(base: child(0), sub: under, sup: over, scale: scriptScale, onCharacter: true, display: false) }
            let accent = element.attribute("accent") == "true" || element.attribute("accentunder") == "true"
            var extent = child(0)
            // TeX's rule 13a: a limit's baseline at least 0.2em above the
            // base (0.6em below), its ink 0.111em (0.167em) off it, and 0.1em
            // more beyond; an accent sits on its base.
            if let over {
                extent.height += accent ? max(0, over.height - 0.45) : max(0.111, 0.2 - over.depth) + over.height + over.depth + 0.1
            }
            if let under {
                extent.depth += accent ? 0.1 : max(0.167, 0.6 - under.height) + under.height + under.depth + 0.1
            }
            return extent
        case "mfrac":
            return fraction(numerator: child(0, level: display ? level : scriptLevel, display: false),
                            denominator: child(1, level: display ? level : scriptLevel, display: false), display: display)
        case "msqrt", "mroot":
            // The radical's clearance and rule above the radicand.
            let radicand = child(0)
            return ExtentEstimate(height: max(radicand.height, 0.6) + 0.15, depth: max(radicand.depth, 0.1) + 0.05)
        case "mtable":
            return table(element, level: level)
        case "mstyle":
            let childLevel = element.attribute("scriptlevel").flatMap(Int.init).map { min(max($0, 0), 2) } ?? level
            let childDisplay = element.attribute("displaystyle").map { $0 == "true" } ?? display
            return union(element.children.indices.map { child($0, level: childLevel, display: childDisplay) })
        default:
            // mrow, mpadded, menclose, mphantom and the like: their content.
            return union(element.children.indices.map { child($0) })
        }
    }

    /// Whether `element` is one character, which TeX's scripts sit on by
    /// the font's shifts alone.
    private static func isCharacter(_ element: MathElement?) -> Bool {
        guard let element, ["mi", "mn", "mo"].contains(element.name), let text = element.text else { return false }
        return text.unicodeScalars.count == 1
    }

    /// Latin and Greek letters and digits, also in the math alphabets:
    /// capitals and ascenders 0.69em high (digits 0.644em), the others the x-height; descenders 0.19em
    /// deep; a bracket or bar 0.75em high and 0.25em deep; any other
    /// character as high as a capital.
    private static func text(_ text: String) -> ExtentEstimate {
        var extent = empty
        for scalar in text.unicodeScalars {
            let letter = plainLetter(scalar) ?? scalar
            if xHeightLetters.contains(letter) {
                extent.height = max(extent.height, 0.43)
            } else if descenders.contains(letter) {
                extent = union([extent, ExtentEstimate(height: 0.43, depth: 0.19)])
            } else if tallDescenders.contains(letter) {
                extent = union([extent, ExtentEstimate(height: 0.69, depth: 0.19)])
            } else if fences.contains(letter) {
                extent = union([extent, ExtentEstimate(height: 0.75, depth: 0.25)])
            } else if TeXLexer.isDigit(scalar) {
                extent.height = max(extent.height, 0.644)
            } else {
                extent = union([extent, ExtentEstimate(height: 0.69, depth: capitalDescenders.contains(letter) ? 0.19 : 0)])
            }
        }
        return extent
    }

    // Sets of scalars, not strings searched: this runs for every character
    // of every formula with a \left or a matrix.
    private static let xHeightLetters = Set("acemnorsuvwxzαεικνοπστυω".unicodeScalars)
    private static let descenders = Set("gpqyγημρςφχψ".unicodeScalars)
    private static let tallDescenders = Set("βζξ".unicodeScalars)
    private static let fences = Set("()[]{}|/\\‖".unicodeScalars)
    private static let capitalDescenders = Set("fjQ".unicodeScalars)

    /// The Latin letter a letter of the math alphabets (`𝒖`, `𝔸`) is a
    /// style of: from U+1D400 they come 52 to an alphabet, A–Z then a–z.
    private static func plainLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard (0x1D400...0x1D6A3).contains(scalar.value) else { return nil }
        let index = (scalar.value - 0x1D400) % 52
        return Unicode.Scalar(index < 26 ? 0x41 + index : 0x61 + index - 26)
    }

    /// An operator: a large one (`\sum`, `\int`) bigger in display style,
    /// a delimiter already sized by its `minsize`, centred on the axis.
    private static func mark(_ element: MathElement, display: Bool) -> ExtentEstimate {
        if let size = element.attribute("minsize").map(length), size > 0 {
            return ExtentEstimate(height: size / 2 + axis, depth: size / 2 - axis)
        }
        let text = element.text ?? ""
        if text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first, (0x222B...0x2233).contains(scalar.value) || (0x2A0B...0x2A1C).contains(scalar.value) {
            return display ? ExtentEstimate(height: 1.36, depth: 0.86) : ExtentEstimate(height: 0.8, depth: 0.3)
        }
        if text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first, (0x220F...0x2211).contains(scalar.value) || (0x22C0...0x22C3).contains(scalar.value) || (0x2A00...0x2A0A).contains(scalar.value) {
            return display ? ExtentEstimate(height: 0.95, depth: 0.45) : ExtentEstimate(height: 0.75, depth: 0.25)
        }
        return Self.text(text)
    }

    /// TeX's rule 18: a superscript raised 0.363em (0.413em in display
    /// style), a subscript lowered 0.15em, 0.247em with a superscript; on
    /// more than a character, at least to the base's top (bottom) less
    /// 0.386em (plus 0.05em) of the script's size.
    private static func scripted(base: ExtentEstimate, sub: ExtentEstimate?, sup: ExtentEstimate?, scale: Double, onCharacter: Bool, display: Bool) -> ExtentEstimate {
        var extent = base
        if let sup {
            let shift = max(display ? 0.413 : 0.363, onCharacter ? 0 : base.height - 0.386 * scale)
            extent.height = max(extent.height, shift + sup.height)
        }
        if let sub {
            let shift = max(sup == nil ? 0.15 : 0.247, onCharacter ? 0 : base.depth + 0.05 * scale)
            extent.depth = max(extent.depth, shift + sub.depth)
        }
        return extent
    }

    /// TeX's rule 15: numerator and denominator shifted from the baseline
    /// (display style 0.677 and 0.686em, text 0.394 and 0.345em), and
    /// further if they would come closer to the bar than 0.12em (0.04em in text).
    private static func fraction(numerator: ExtentEstimate, denominator: ExtentEstimate, display: Bool) -> ExtentEstimate {
        let clearance = (display ? 0.12 : 0.04) + 0.02
        let up = max(display ? 0.677 : 0.394, axis + clearance + numerator.depth)
        let down = max(display ? 0.686 : 0.345, clearance - axis + denominator.height)
        return ExtentEstimate(height: up + numerator.height, depth: down + denominator.depth)
    }

    /// The extent of each row of `table` (an `mtable`) set in `style`.
    static func rows(of table: MathElement, style: MathStyle) -> [ExtentEstimate] {
        rows(of: table, level: level(style))
    }

    private static func rows(of table: MathElement, level: Int) -> [ExtentEstimate] {
        let childLevel = table.attribute("scriptlevel").flatMap(Int.init).map { min(max($0, 0), 2) } ?? level
        let display = table.attribute("displaystyle") == "true"
        return table.children.map { row in
            union(row.children.map { measure($0, level: childLevel, display: display) }).scaled(scales[childLevel] / scales[level])
        }
    }

    /// Rows one on another (each as tall as the strut `TableSpacing`
    /// gives it), the whole centred on the axis.
    private static func table(_ element: MathElement, level: Int) -> ExtentEstimate {
        let total = rows(of: element, level: level).reduce(0) { $0 + $1.height + $1.depth }
        return ExtentEstimate(height: total / 2 + axis, depth: total / 2 - axis)
    }

    /// An `em` length, as the converter writes them; anything else zero.
    private static func length(_ value: String?) -> Double {
        guard let value, value.hasSuffix("em"), let number = Double(value.dropLast(2)) else { return 0 }
        return number
    }
}
