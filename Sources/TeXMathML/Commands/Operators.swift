/// Operators and named functions beyond the symbol table: `\operatorname`,
/// `\mathop`, the `\mod` family, amsmath's `\idotsint` and decorated limits
/// (`\varliminf`…), and `\dots`, which amsmath sets by what follows it.
/// `\limits` and `\nolimits` act on the atom before them
/// (`TeXParser.expressionCommands`).
extension TeXParser {
    static let operatorCommands: [Command] = [
        Command(["operatorname", "operatorname*"], [.math]) { parser, call in
            try parser.operatorName(&call, limits: call.name.hasSuffix("*"))
        },
        Command(["mathop"], [.math]) { parser, call in
            let argument = try parser.mathArgument(&call)
            let base = argument.name == "mi" || argument.name == "mo"
                ? MathElement("mo", text: argument.text ?? "", [("movablelimits", "true"), ("form", "prefix")]) : argument
            // Without an operator to carry `movablelimits`, the style decides where limits go.
            let limits: Limits = Self.hasOperatorCore(base) ? .movable : parser.style == .display ? .always : .never
            return Atom(base: base, limits: limits, texClass: .op)
        },
        Command(["bmod"]) { _, _ in Atom(base: MathElement("mo", text: "mod"), texClass: .bin) },
        Command(["pmod"], [.math]) { parser, call in
            let argument = try parser.mathArgument(&call)
            return Atom(base: MathElement("mrow", children: [
                MathElement("mspace", [("width", "1em")]), MathElement("mo", text: "("), MathElement("mi", text: "mod"),
                MathElement("mspace", [("width", "0.3333em")]), argument, MathElement("mo", text: ")"),
            ]))
        },
        Command(["mod", "pod"], [.math]) { parser, call in
            let argument = try parser.mathArgument(&call)
            var children = [MathElement("mspace", [("width", "1em")])]
            if call.name == "mod" { children += [MathElement("mi", text: "mod"), MathElement("mspace", [("width", "0.3333em")])] }
            children += call.name == "pod" ? [MathElement("mo", text: "("), argument, MathElement("mo", text: ")")] : [argument]
            return Atom(base: MathElement("mrow", children: children))
        },
        Command(["idotsint"]) { _, _ in
            Atom(base: MathElement("mrow", children: [MathElement("mo", text: "∫"), MathElement("mo", text: "⋯"), MathElement("mo", text: "∫")]))
        },
        decoratedLimit("varliminf", under: true, arrow: nil),
        decoratedLimit("varlimsup", under: false, arrow: nil),
        decoratedLimit("varinjlim", under: true, arrow: "→"),
        decoratedLimit("varprojlim", under: true, arrow: "←"),
        // `\dots` is `\cdots` (⋯) before a binary operator or a relation
        // (`a+\dots+b`, `\dots=0`) and `\ldots` (…) elsewhere (`x_1,\dots,x_n`),
        // the rule MathJax applies. `\dotsb`, `\dotsc` and the others name their
        // dots and are symbols.
        Command(["dots"]) { parser, _ in
            try parser.skipSpaces()
            let centred = try parser.peek().map(Self.isBinaryOrRelation) ?? false
            return dots(centred: centred)
        },
    ]

    /// `\varliminf` and its kin: "lim" ruled over or under, or with an arrow under it.
    private static func decoratedLimit(_ name: String, under: Bool, arrow: String?) -> Command {
        Command([name]) { _, _ in
            let lim = MathElement("mi", text: "lim")
            let decorated: MathElement
            if let arrow {
                // An accent, so that the arrow stretches over the whole word.
                let mark = MathElement("mo", text: arrow, [("stretchy", "true")])
                decorated = MathElement("munder", [("accentunder", "true")], children: [lim, mark])
            } else {
                decorated = Self.ruled(lim, under: under)
            }
            var atom = Atom(base: decorated, limits: .movable)
            atom.appliesFunction = true
            return atom
        }
    }

    private mutating func operatorName(_ call: inout CommandCall, limits: Bool) throws -> Atom {
        let content = try mathArgument(&call)
        // Letters and spaces (`arg\,max`) make one name; a thin space stands for the spaces.
        let parts = content.name == "mrow" ? content.children : [content]
        let text = parts.allSatisfy({ ($0.name == "mi" && $0.text != nil) || $0.name == "mspace" })
            ? parts.map { $0.text ?? "\u{2009}" }.joined() : nil
        if limits {
            let base = text.map { MathElement("mo", text: $0, [("movablelimits", "true"), ("form", "prefix")]) } ?? Self.restyle(content, nil)
            return Atom(base: base, limits: .movable, texClass: .op)
        }
        var atom: Atom
        if let text {
            atom = Atom(base: MathElement("mi", text: text, text.unicodeScalars.count == 1 ? [("mathvariant", "normal")] : []))
        } else {
            atom = Atom(base: Self.restyle(content, nil))
        }
        atom.appliesFunction = true
        atom.texClass = .op
        return atom
    }

    /// TeX's `\ldots` and `\cdots`: `\mathinner{\ldotp\ldotp\ldotp}`,
    /// three punctuation dots a thin space apart, 1.17em wide. The font's
    /// … and ⋯ are one glyph with the dots closer (0.84em and 0.78em).
    static func dots(centred: Bool) -> Atom {
        let thin = em(mu: 3)
        let dots = [thin, thin, "0"].map { MathElement("mo", text: centred ? "⋅" : ".", [("lspace", "0"), ("rspace", $0)]) }
        return Atom(base: MathElement("mrow", children: dots), texClass: .inner)
    }

    private static func isBinaryOrRelation(_ token: TeXToken) -> Bool {
        let symbol: TeXSymbol?
        switch token.kind {
        case .character(let scalar): symbol = SymbolTable.character(scalar)
        case .command(let name): symbol = SymbolTable.commands[name]
        default: symbol = nil
        }
        switch symbol?.kind {
        case .binary?, .relation?: return true
        default: return false
        }
    }
}
