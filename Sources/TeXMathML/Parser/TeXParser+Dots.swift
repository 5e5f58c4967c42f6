/// `\ldots` and `\cdots`, and `\dots`, which amsmath sets by what follows it.
extension TeXParser {
    /// TeX's `\ldots` and `\cdots`: `\mathinner{\ldotp\ldotp\ldotp}`,
    /// three punctuation dots a thin space apart, 1.17em wide. The font's
    /// … and ⋯ are one glyph with the dots closer (0.84em and 0.78em).
    static func dots(centred: Bool) -> Atom {
        let thin = em(mu: 3)
        let dots = [thin, thin, "0"].map { MathElement("mo", text: centred ? "⋅" : ".", [("lspace", "0"), ("rspace", $0)]) }
        return Atom(base: MathElement("mrow", children: dots), texClass: .inner)
    }

    /// `\dots` is `\cdots` (⋯) before a binary operator or a relation
    /// (`a+\dots+b`, `\dots=0`) and `\ldots` (…) elsewhere (`x_1,\dots,x_n`),
    /// the rule MathJax applies. `\dotsb`, `\dotsc` and the others name their
    /// dots and are symbols.
    static let dotsConstructs: [String: Construct] = [
        "dots": { parser, _ in
            try parser.skipSpaces()
            let centred = try parser.peek().map(Self.isBinaryOrRelation) ?? false
            return dots(centred: centred)
        },
    ]

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
