/// Text inside math, `\text{…}` and its styled kin (read by
/// `TeXParser.text(style:)`), and TeX's logos.
extension TeXParser {
    static let textCommands: [Command] = [
        text(["text", "textrm", "textnormal", "mbox", "hbox", "textup", "textmd"], nil), text(["textbf"], "bold"),
        text(["textit", "emph", "textsl"], "italic"), text(["textsf"], "sans-serif"), text(["texttt"], "monospace"),
        Command(["TeX", "LaTeX"]) { _, call in Atom(base: Self.logo(call.name)) },
    ]

    private static func text(_ names: [String], _ style: String?) -> Command {
        Command(names, [.text]) { parser, call in Atom(base: try parser.textArgument(&call, style: style)) }
    }

    /// TeX's logos, kerned and lowered as plain TeX draws them.
    private static func logo(_ name: String) -> MathElement {
        let tex: [MathElement] = [
            MathElement("mi", text: "T", [("mathvariant", "normal")]), space("-0.1667em"),
            raised(MathElement("mi", text: "E", [("mathvariant", "normal")]), by: "-0.5ex"),
            space("-0.125em"), MathElement("mi", text: "X", [("mathvariant", "normal")]),
        ]
        guard name == "LaTeX" else { return MathElement("mrow", children: tex) }
        let la: [MathElement] = [
            MathElement("mi", text: "L", [("mathvariant", "normal")]), space("-0.325em"),
            raised(MathElement("mstyle", [("scriptlevel", "1")], children: [MathElement("mi", text: "A", [("mathvariant", "normal")])]), by: "0.21em"),
            space("-0.17em"),
        ]
        return MathElement("mrow", children: la + tex)
    }
}
