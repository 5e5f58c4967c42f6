/// Math alphabets: `\mathbf{x}`, `\mathbb{R}`, `\boldsymbol`, and
/// unicode-math's `\sym…` names, which MathJax also reads. The characters
/// themselves change (MathML Core has no `mathvariant` but on `mi`). The old
/// switches `\bf`, `\rm`… act on the rest of their group
/// (`TeXParser.expressionCommands`).
extension TeXParser {
    static let fontCommands: [Command] = [
        // No alphabet: upright.
        font(["mathrm", "mathup", "symrm", "symup"], nil),
        font(["mathit", "mathnormal", "symnormal", "symit"], .italic),
        font(["mathbf", "pmb", "mathbfup", "symbf", "symbfup"], .bold),
        font(["boldsymbol", "bm"], .boldSymbol),
        font(["mathbfit", "symbfit"], .boldItalic),
        font(["mathsf", "mathsfup", "symsf", "symsfup"], .sansSerif),
        font(["mathsfit", "symsfit"], .sansSerifItalic),
        font(["mathbfsf", "mathbfsfup", "symbfsf", "symbfsfup"], .sansSerifBold),
        font(["mathbfsfit", "symbfsfit"], .sansSerifBoldItalic),
        font(["mathtt", "symtt"], .monospace),
        font(["mathcal", "mathscr", "symscr", "symcal"], .script),
        font(["mathbfscr", "mathbfcal", "symbfscr", "symbfcal"], .boldScript),
        font(["mathbb", "Bbb", "symbb"], .doubleStruck),
        font(["mathfrak", "frak", "symfrak"], .fraktur),
        font(["mathbffrak", "symbffrak"], .boldFraktur),
    ]

    private static func font(_ names: [String], _ alphabet: MathAlphabet?) -> Command {
        Command(names, [.math]) { parser, call in Atom(base: Self.restyle(try parser.mathArgument(&call), alphabet)) }
    }
}
