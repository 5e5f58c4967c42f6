/// Style switches, `\displaystyle`, `\color{…}`, `\large` and the old font
/// switches (`\bf`): they change the rest of their group, which
/// `expressionCommand` reads.
extension TeXParser {
    /// What a style switch sets: `mstyle` attributes, and the alphabet of old
    /// font switches (`\bf`), which MathML Core leaves to the characters.
    typealias StyleSwitch = (attributes: [(name: String, value: String)], alphabet: MathAlphabet?)

    /// `elements` in the style a switch sets.
    static func styled(_ elements: [MathElement], _ style: StyleSwitch) -> MathElement {
        MathElement("mstyle", style.attributes, children: style.alphabet.map { alphabet in elements.map { restyle($0, alphabet) } } ?? elements)
    }

    /// The style `\displaystyle` and its kin switch to; nil for other switches.
    static func mathStyle(switchedBy name: String) -> MathStyle? {
        ["displaystyle": .display, "textstyle": .text, "scriptstyle": .script, "scriptscriptstyle": .scriptScript][name]
    }

    mutating func switchStyle(_ name: String) throws -> StyleSwitch {
        switch name {
        case "displaystyle": return ([("displaystyle", "true"), ("scriptlevel", "0")], nil)
        case "textstyle": return ([("displaystyle", "false"), ("scriptlevel", "0")], nil)
        case "scriptstyle": return ([("displaystyle", "false"), ("scriptlevel", "1")], nil)
        case "scriptscriptstyle": return ([("displaystyle", "false"), ("scriptlevel", "2")], nil)
        case "color": return ([("mathcolor", try colorArgument())], nil)
        case "bf": return ([], .bold)
        case "it": return ([], .italic)
        case "cal": return ([], .script)
        case "sf": return ([], .sansSerif)
        case "tt": return ([], .monospace)
        default: return (Self.sizeSwitches[name].map { [("mathsize", $0)] } ?? [], nil)
        }
    }

    /// A colour for `\color`, `\textcolor` and `\colorbox`: letters, digits and `#` (`red`, `#c00`).
    mutating func colorArgument() throws -> String {
        let color = try readRawArgument().trimmingCharacters(in: .whitespaces)
        guard !color.isEmpty, color.unicodeScalars.allSatisfy({ TeXLexer.isLetter($0) || $0 == "#" || TeXLexer.isDigit($0) }) else {
            throw error("unknown color '\(color)'", command: "\\color")
        }
        return color
    }
}
