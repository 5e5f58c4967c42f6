/// MathJax's own commands, which its TeX input suite uses: `\mmlToken`,
/// one MathML token element, and `\breakAlign`, a hint for breaking cells.
extension TeXParser {
    static let mathJaxCommands: [Command] = [
        Command(["mmlToken"], [.raw, .optionalRaw, .raw]) { parser, call in
            let kind = try parser.rawArgument(&call).trimmingCharacters(in: .whitespaces)
            guard ["mi", "mo", "mn", "mtext", "ms"].contains(kind) else { throw parser.error("\(kind) is not a token element", command: "\\\(call.name)") }
            // Attributes are MathJax's internals (and mostly not MathML Core's): left out.
            _ = try parser.optionalRawArgument(&call)
            return Atom(base: MathElement(kind, text: try parser.rawArgument(&call)))
        },
        Command(["breakAlign"], [.raw, .raw]) { parser, call in
            // Where a cell may break across lines: browsers do not break tables.
            _ = try parser.rawArgument(&call)
            _ = try parser.rawArgument(&call)
            return Atom(base: MathElement("mrow"))
        },
    ]
}
