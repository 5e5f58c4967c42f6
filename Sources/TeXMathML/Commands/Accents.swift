/// Accents over and under their argument, from `SymbolTable.accents`
/// (`\hat`, `\overline`, `\underbrace`…), and plain TeX's `\skew`.
extension TeXParser {
    static let accentCommands: [Command] = SymbolTable.accents.map { name, accent in
        Command([name], [.math]) { parser, call in try parser.accented(accent, &call) }
    } + [
        Command(["skew"], [.raw, .atom]) { parser, call in
            // `\skew7\hat A` shifts the accent by 7mu; the accent is kept, centred.
            _ = try parser.rawArgument(&call)
            return try parser.atomArgument(&call)
        },
    ]

    private mutating func accented(_ accent: TeXAccent, _ call: inout CommandCall) throws -> Atom {
        let base = try mathArgument(&call)
        if accent.isRule { return Atom(base: Self.ruled(base, under: accent.isUnder)) }
        var mark = MathElement("mo", text: accent.text, [("stretchy", accent.stretchy ? "true" : "false")])
        if let style = accent.style { mark.setAttribute("style", style) }
        if accent.isUnder {
            let isBrace = call.name == "underbrace" || call.name == "underparen"
            return Atom(
                base: MathElement("munder", isBrace ? [] : [("accentunder", "true")], children: [base, mark]),
                limits: isBrace ? .always : .never)
        }
        let isBrace = call.name == "overbrace" || call.name == "overparen"
        return Atom(base: MathElement("mover", isBrace ? [] : [("accent", "true")], children: [base, mark]), limits: isBrace ? .always : .never)
    }

    /// `base` with a rule over or under it, as thick and as far from it as
    /// Latin Modern Math's overbar (0.04em, 0.12em away).
    static func ruled(_ base: MathElement, under: Bool) -> MathElement {
        let side = under ? "bottom" : "top"
        let children = base.name == "mrow" && base.attributes.isEmpty ? base.children : [base]
        return MathElement("mrow", [("style", "border-\(side):0.04em solid;padding-\(side):0.12em")], children: children)
    }
}
