/// Colour and CSS: `\textcolor`, `\colorbox`, MathJax's `\bbox`, and
/// `\style`, `\class` and `\cssId` of its html extension, each an `mrow`
/// or `mstyle` with the attribute; and `\mathchoice`, which picks by
/// style. `\color` and `\displaystyle` act on the rest of their group
/// (`TeXParser.expressionCommands`).
extension TeXParser {
    static let stylingCommands: [Command] = [
        Command(["textcolor"], [.raw, .math]) { parser, call in
            let color = try parser.colorArgument(&call)
            return Atom(base: MathElement("mstyle", [("mathcolor", color)], children: [try parser.mathArgument(&call)]))
        },
        Command(["colorbox"], [.raw, .text]) { parser, call in
            let color = try parser.colorArgument(&call)
            return Atom(base: MathElement("mstyle", [("mathbackground", color)], children: [try parser.textArgument(&call)]))
        },
        Command(["bbox"], [.optionalRaw, .math]) { parser, call in Atom(base: try parser.bbox(&call)) },
        Command(["style"], [.raw, .math]) { parser, call in
            let css = try parser.rawArgument(&call)
            guard let style = CSSDeclarations.sanitized(css) else {
                throw parser.error("\\style{\(css)}: only plain CSS declarations may style math", command: "\\style")
            }
            return Atom(base: MathElement("mrow", [("style", style)], children: [try parser.mathArgument(&call)]))
        },
        Command(["class"], [.raw, .math]) { parser, call in
            let names = try parser.rawArgument(&call).trimmingCharacters(in: .whitespaces)
            guard !names.isEmpty, names.unicodeScalars.allSatisfy({ isNamePart($0) || $0 == " " }) else {
                throw parser.error("\\class{\(names)}: a class is letters, digits, - and _", command: "\\class")
            }
            return Atom(base: MathElement("mrow", [("class", names)], children: [try parser.mathArgument(&call)]))
        },
        Command(["cssId"], [.raw, .math]) { parser, call in
            let id = try parser.rawArgument(&call).trimmingCharacters(in: .whitespaces)
            guard let first = id.unicodeScalars.first, TeXLexer.isLetter(first), id.unicodeScalars.allSatisfy(isNamePart) else {
                throw parser.error("\\cssId{\(id)}: an id is a letter, then letters, digits, - and _", command: "\\cssId")
            }
            return Atom(base: MathElement("mrow", [("id", id)], children: [try parser.mathArgument(&call)]))
        },
        Command(["mathchoice"], [.math, .math, .math, .math]) { parser, call in
            // MathML Core cannot choose by style: the text-style choice, which
            // inline formulas (most of a blog's) show.
            _ = try parser.mathArgument(&call)
            let text = try parser.mathArgument(&call)
            _ = try parser.mathArgument(&call)
            _ = try parser.mathArgument(&call)
            return Atom(base: text)
        },
    ]

    private static func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
        TeXLexer.isLetter(scalar) || TeXLexer.isDigit(scalar) || scalar == "-" || scalar == "_"
    }

    /// `\bbox[yellow, 5px, border: 1px solid red]{x}`: its options, split at
    /// commas as MathJax splits them, are a background colour, a padding
    /// length and a CSS declaration, each at most once.
    private mutating func bbox(_ call: inout CommandCall) throws -> MathElement {
        let options = try optionalRawArgument(&call) ?? ""
        let content = try mathArgument(&call)
        var background: String?
        var padding: String?
        var style: String?
        func set(_ slot: inout String?, _ value: String, _ what: String) throws {
            guard slot == nil else { throw error("\\bbox[\(options)] gives its \(what) twice", command: "\\bbox") }
            slot = value
        }
        for option in options.split(separator: ",") {
            let option = String(option).trimmingCharacters(in: .whitespaces)
            if option.isEmpty { continue }
            if let length = Self.length(option), length >= 0 {
                try set(&padding, Self.em(length), "padding")
            } else if Self.isBoxColor(option) {
                try set(&background, option, "background")
            } else if option.contains(":"), let css = CSSDeclarations.sanitized(option) {
                try set(&style, css, "style")
            } else {
                throw error("\\bbox: '\(option)' is not a colour, a padding or a plain CSS declaration", command: "\\bbox")
            }
        }
        let css = [background.map { "background-color:" + $0 }, padding.map { "padding:" + $0 }, style].compactMap { $0 }
        guard !css.isEmpty else { return content }
        return MathElement("mrow", [("style", css.joined(separator: ";"))], children: [content])
    }

    /// A colour as MathJax's `\bbox` takes one: a name, or `#` and three or six hex digits.
    private static func isBoxColor(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        if scalars.first == "#" {
            return (scalars.count == 4 || scalars.count == 7) && scalars.dropFirst().allSatisfy(\.properties.isASCIIHexDigit)
        }
        return !scalars.isEmpty && scalars.allSatisfy { TeXLexer.isLetter($0) || TeXLexer.isDigit($0) }
    }
}
