/// Equation numbers and references to them: `\label`, `\tag`, `\notag`
/// (see `RowNumbering`), `\eqref` and `\ref`, which `MathDocument` resolves.
/// What only numbers shows nothing: an empty row, which `finish` drops.
extension TeXParser {
    static let referenceCommands: [Command] = [
        Command(["label"], [.raw]) { parser, call in
            try parser.label(&call)
            return Atom(base: MathElement("mrow"))
        },
        Command(["tag", "tag*"], [.raw]) { parser, call in
            try parser.tag(&call, parenthesized: call.name == "tag")
            return Atom(base: MathElement("mrow"))
        },
        Command(["notag", "nonumber"]) { parser, call in
            guard parser.row != nil else { throw parser.error("\\\(call.name) outside a display formula", command: "\\\(call.name)") }
            parser.row?.mode = .none
            return Atom(base: MathElement("mrow"))
        },
        Command(["eqref", "ref"], [.raw]) { parser, call in
            let label = try parser.rawArgument(&call)
            return Atom(base: .reference(label, parenthesized: call.name == "eqref"))
        },
    ]
}
