/// Fractions and binomials with their parts as arguments: `\frac`,
/// `\dfrac`, `\cfrac`, `\binom`…, and amsmath's `\genfrac`. The infix
/// `\over`, `\choose` and their kin act on the expression around them
/// (`TeXParser.expressionCommands`).
extension TeXParser {
    static let fractionCommands: [Command] = [
        Command(["frac", "dfrac", "tfrac", "binom", "dbinom", "tbinom"], [.math, .math]) { parser, call in
            Atom(base: try parser.fraction(&call, side: nil))
        },
        Command(["cfrac"], [.optionalRaw, .math, .math]) { parser, call in
            let side = try parser.continuedFractionSide(&call)
            return Atom(base: try parser.fraction(&call, side: side))
        },
        Command(["genfrac"], [.delimiter, .delimiter, .raw, .raw, .math, .math]) { parser, call in
            Atom(base: try parser.generalFraction(&call))
        },
    ]

    /// A fraction's parts and what the command sets around them; `side` is
    /// the side `\cfrac` sets its numerator on.
    private mutating func fraction(_ call: inout CommandCall, side: String?) throws -> MathElement {
        let name = call.name
        // `\dfrac` sets display style, whose parts are in text style; `\tfrac` text style.
        let partStyle: MathStyle = ["dfrac", "cfrac", "dbinom"].contains(name) ? .text : ["tfrac", "tbinom"].contains(name) ? .script : style.fraction
        let numerator = try mathArgument(&call, in: partStyle)
        let denominator = try mathArgument(&call, in: partStyle)
        var fraction = MathElement("mfrac", children: [numerator, denominator])
        if let side { fraction.setAttribute("numalign", side) }
        if name.hasSuffix("binom") {
            fraction.setAttribute("linethickness", "0")
        }
        switch name {
        case "dfrac", "cfrac", "dbinom": fraction = MathElement("mstyle", [("displaystyle", "true"), ("scriptlevel", "0")], children: [fraction])
        case "tfrac", "tbinom": fraction = MathElement("mstyle", [("displaystyle", "false"), ("scriptlevel", "0")], children: [fraction])
        default: break
        }
        guard name.hasSuffix("binom") else { return fraction }
        return MathElement("mrow", children: [MathElement("mo", text: "("), fraction, MathElement("mo", text: ")")])
    }

    /// The side `\cfrac[l]` or `\cfrac[r]` sets its numerator on; nil for the
    /// centre. MathML Core has no `numalign`: Firefox and Safari honour it,
    /// Chromium centres.
    private mutating func continuedFractionSide(_ call: inout CommandCall) throws -> String? {
        switch try optionalRawArgument(&call)?.trimmingCharacters(in: .whitespaces) {
        case nil, "", "c": return nil
        case "l": return "left"
        case "r": return "right"
        case let other?: throw error("\\cfrac[\(other)]: the alignment must be l, c or r", command: "\\cfrac")
        }
    }

    /// `\genfrac{(}{)}{0pt}{1}{n}{k}`, amsmath's general fraction: its own
    /// delimiters (empty for none), rule thickness (empty for the default)
    /// and style (0 display, 1 text, 2 script, 3 scriptscript; empty keeps
    /// the surrounding one).
    private mutating func generalFraction(_ call: inout CommandCall) throws -> MathElement {
        let open = try bracedDelimiter(&call)
        let close = try bracedDelimiter(&call)
        let thickness = try rawArgument(&call).filter { $0 != " " }
        let style = try rawArgument(&call).filter { $0 != " " }
        let partStyle = ["0": MathStyle.text, "1": .script, "2": .scriptScript, "3": .scriptScript][style] ?? self.style.fraction
        var fraction = MathElement("mfrac", children: [try mathArgument(&call, in: partStyle), try mathArgument(&call, in: partStyle)])
        if !thickness.isEmpty {
            guard let width = Self.length(thickness) else { throw error("cannot read the rule thickness '\(thickness)'", command: "\\genfrac") }
            fraction.setAttribute("linethickness", Self.ruleThickness(width))
        }
        let styles: [String: [(name: String, value: String)]] = [
            "0": [("displaystyle", "true"), ("scriptlevel", "0")], "1": [("displaystyle", "false"), ("scriptlevel", "0")],
            "2": [("displaystyle", "false"), ("scriptlevel", "1")], "3": [("displaystyle", "false"), ("scriptlevel", "2")],
        ]
        if let attributes = styles[style] {
            fraction = MathElement("mstyle", attributes, children: [fraction])
        }
        guard !open.isEmpty || !close.isEmpty else { return fraction }
        return MathElement("mrow", children: [MathElement("mo", text: open), fraction, MathElement("mo", text: close)].filter { $0.name != "mo" || $0.text != "" })
    }

    /// A delimiter in braces, `{(}` or `{\langle}`; `{}` is none.
    private mutating func bracedDelimiter(_ call: inout CommandCall) throws -> String {
        call.take(.delimiter)
        guard let open = try nextNonSpace(), open.kind == .beginGroup else { throw error("\\genfrac needs its delimiters in {…}", command: "\\genfrac") }
        try skipSpaces()
        if let next = try peek(), next.kind == .endGroup {
            position += 1
            return ""
        }
        let text = try delimiter("genfrac")
        try skipSpaces()
        try expectEndGroup()
        return text
    }
}
