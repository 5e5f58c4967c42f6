/// Commands that set the TeX class of their argument, which decides the
/// spaces around it: `\mathrel{x}` and its kin, and `\not`, which negates
/// the relation after it.
extension TeXParser {
    static let classCommands: [Command] = [
        texClass("mathord", .ord), texClass("mathbin", .bin), texClass("mathrel", .rel), texClass("mathopen", .open),
        texClass("mathclose", .close), texClass("mathpunct", .punct), texClass("mathinner", .inner),
        Command(["not"], [.atom]) { parser, call in try parser.negated(&call) },
    ]

    private static func texClass(_ name: String, _ texClass: TeXClass) -> Command {
        Command([name], [.math]) { parser, call in Atom(base: try parser.mathArgument(&call), texClass: texClass) }
    }

    /// `\not` as MathJax sets it: a relation's negated form where Unicode
    /// has one, a combining long solidus over any other single character,
    /// and a slash laid over the start of anything larger (`\not{ab}`).
    private mutating func negated(_ call: inout CommandCall) throws -> Atom {
        var atom = try atomArgument(&call)
        if let text = atom.base.text, text.unicodeScalars.count == 1 {
            atom.base.text = Self.negations[text] ?? text + "\u{338}"
        } else {
            // MathJax's slash is ⧸, which common math fonts lack.
            let slash = MathElement("mpadded", [("width", "0")], children: [MathElement("mtext", text: "/")])
            atom.base = MathElement("mrow", children: [slash, atom.base])
        }
        return atom
    }

    /// MathJax's negated relations: arrows, membership, order, equivalence, inclusion, turnstiles.
    private static let negations: [String: String] = [
        "←": "↚", "→": "↛", "↔": "↮", "⇐": "⇍", "⇒": "⇏", "⇔": "⇎", "∈": "∉", "∋": "∌", "∣": "∤", "∥": "∦",
        "∼": "≁", "≃": "≄", "≅": "≇", "≈": "≉", "≍": "≭", "=": "≠", "≡": "≢", "<": "≮", ">": "≯", "≤": "≰",
        "≥": "≱", "≲": "≴", "≳": "≵", "≶": "≸", "≷": "≹", "≺": "⊀", "≻": "⊁", "⊂": "⊄", "⊃": "⊅", "⊆": "⊈",
        "⊇": "⊉", "⊢": "⊬", "⊨": "⊭", "⊩": "⊮", "⊫": "⊯", "≼": "⋠", "≽": "⋡", "⊑": "⋢", "⊒": "⋣", "⊲": "⋪",
        "⊳": "⋫", "⊴": "⋬", "⊵": "⋭", "∃": "∄",
    ]
}
