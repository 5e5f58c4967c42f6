/// Delimiters: `\left … \middle … \right`, which grow with what they
/// enclose, `\big` and its kin at TeX's fixed sizes, and the escaped
/// characters `\{ \} \|` (with `\$ \% \# \& \_`, which are no delimiters
/// but are escaped the same way).
extension TeXParser {
    static let delimiterCommands: [Command] = [
        Command(["left"], [.delimiter, .until("right")]) { parser, call in Atom(base: try parser.leftRight(&call), texClass: .inner) },
        Command(["{", "}", "|", "$", "%", "#", "&", "_"]) { _, call in
            let name = call.name
            let text = name == "|" ? "‖" : name
            let element = name == "{" || name == "}" || name == "|"
                ? MathElement("mo", text: text, [("stretchy", "false")]) : MathElement("mi", text: text, [("mathvariant", "normal")])
            var atom = Atom(base: element, texClass: name == "{" ? .open : name == "}" ? .close : .ord)
            if name == "{" || name == "}" { atom.dictionaryClass = atom.texClass }
            return atom
        },
    ] + [("big", 1), ("Big", 2), ("bigg", 3), ("Bigg", 4)].map { base, size in
        // The sizes are indices into `DelimiterVariants.heights`.
        Command(["", "l", "r", "m"].map { base + $0 }, [.delimiter]) { parser, call in try parser.bigDelimiter(size: size, &call) }
    }

    /// `\left( … \middle| … \right)`: delimiters that grow with the content.
    /// As in TeX, every delimiter of the group is as tall as the whole needs.
    private mutating func leftRight(_ call: inout CommandCall) throws -> MathElement {
        call.take(.delimiter)
        var delimiters = [try delimiter("left")]
        call.take(.until("right"))
        var parts: [[MathElement]] = []
        while true {
            parts.append(try parseExpression([.right]))
            guard let token = try next(), case .command(let name) = token.kind else { throw error("\\left without \\right", command: "\\left") }
            delimiters.append(try delimiter(name))
            if name == "right" { break }
        }
        let size = ExtentEstimate(MathElement("mrow", children: parts.flatMap { $0 }), style: style).delimiterSize
        var children = [Self.stretchy(delimiters[0], size: size)]
        for (part, delimiter) in zip(parts, delimiters.dropFirst()) {
            children += part + [Self.stretchy(delimiter, size: size)]
        }
        return MathElement("mrow", children: children)
    }

    private mutating func bigDelimiter(size: Int, _ call: inout CommandCall) throws -> Atom {
        let name = call.name
        call.take(.delimiter)
        // `\Big{\{}`: the delimiter may come in braces.
        try skipSpaces()
        let braced = try peek()?.kind == .beginGroup
        if braced { position += 1 }
        let text = try delimiter(name)
        if braced {
            try skipSpaces()
            try expectEndGroup()
        }
        // `\big` is ordinary, as in plain TeX; `\bigl` opens, `\bigr` closes, `\bigm` relates.
        let texClass: TeXClass = name.hasSuffix("l") ? .open : name.hasSuffix("r") ? .close : name.hasSuffix("m") ? .rel : .ord
        return Atom(base: DelimiterVariants.sized(text, size: size, [("stretchy", "true"), ("symmetric", "true")]), texClass: texClass)
    }

    /// The delimiter after `\left`, `\big` and friends; `.` is none.
    mutating func delimiter(_ command: String) throws -> String {
        guard let token = try nextNonSpace() else { throw error("\\\(command) needs a delimiter", command: "\\\(command)") }
        switch token.kind {
        case .character("."): return ""
        case .character("<"): return "⟨"
        case .character(">"): return "⟩"
        case .character(let scalar):
            if let symbol = SymbolTable.character(scalar), Self.isDelimiter(symbol) { return symbol.text }
            if scalar == "/" { return "/" }
        case .command(let name):
            if name == "|" { return "‖" }
            if name == "lt" || name == "gt" { return name == "lt" ? "⟨" : "⟩" }
            if name == "{" || name == "}" { return name }
            if let symbol = SymbolTable.commands[name], Self.isDelimiter(symbol) || Self.arrowDelimiters.contains(name) || name == "backslash" {
                return symbol.text
            }
        default: break
        }
        throw TeXError("\\\(command) needs a delimiter such as ( [ \\{ | or .", command: "\\\(command)", offset: token.offset)
    }

    private static let arrowDelimiters: Set = ["uparrow", "downarrow", "updownarrow", "Uparrow", "Downarrow", "Updownarrow"]

    private static func isDelimiter(_ symbol: TeXSymbol) -> Bool {
        switch symbol.kind {
        case .open, .close, .fence: true
        default: false
        }
    }
}
