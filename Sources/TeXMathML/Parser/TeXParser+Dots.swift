/// `\dots`, which amsmath sets by what follows it.
extension TeXParser {
    /// `\dots` is `\cdots` (⋯) before a binary operator or a relation
    /// (`a+\dots+b`, `\dots=0`) and `\ldots` (…) elsewhere (`x_1,\dots,x_n`),
    /// the rule MathJax applies. `\dotsb`, `\dotsc` and the others name their
    /// dots and are symbols.
    static let dotsConstructs: [String: Construct] = [
        "dots": { parser, _ in
            try parser.skipSpaces()
            let centred = try parser.peek().map(Self.isBinaryOrRelation) ?? false
            return Atom(base: MathElement("mo", text: centred ? "⋯" : "…"))
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
