/// Text inside math: `\text{…}` and friends, with `$…$` inside.
extension TeXParser {
    /// Reads a `{…}` argument in text mode.
    mutating func text(style: String?) throws -> MathElement {
        try descend()
        defer { depth -= 1 }
        guard let open = try nextNonSpace() else { throw error("\\text needs {…}", command: "\\text") }
        guard open.kind == .beginGroup else {
            return Self.textElement(Self.text(of: [open]), style: style)
        }
        return try textRun(style: style, inCell: false)
    }

    /// Reads a table cell in text mode, up to the `&`, `\\`, `\cr` or `}`
    /// that ends it, which is left unread: plain TeX's `\cases` sets its
    /// second column as text.
    mutating func textCell() throws -> MathElement {
        try descend()
        defer { depth -= 1 }
        // As in TeX, the spaces around a cell's text are not part of it.
        while position < tokens.count, tokens[position].kind == .space { position += 1 }
        return try textRun(style: nil, inCell: true)
    }

    /// Text up to the `}` closing a group already opened, which is read; or,
    /// `inCell`, up to what ends a cell, which is not.
    private mutating func textRun(style: String?, inCell: Bool) throws -> MathElement {
        var parts: [MathElement] = []
        var buffer = ""
        func flush() {
            if !buffer.isEmpty {
                parts.append(Self.textElement(buffer, style: style))
                buffer = ""
            }
        }
        var depth = 0
        while true {
            guard position < tokens.count else { throw error("unbalanced braces: a { is never closed") }
            let token = tokens[position]
            position += 1
            let endsCell = inCell && depth == 0 && Self.endsCell(token.kind)
            if endsCell || (token.kind == .endGroup && depth == 0) {
                if endsCell {
                    position -= 1
                    while buffer.hasSuffix("\u{A0}") { buffer.removeLast() }
                }
                flush()
                return parts.count == 1 ? parts[0] : MathElement("mrow", children: parts)
            }
            switch token.kind {
            case .beginGroup:
                depth += 1
            case .endGroup:
                depth -= 1
            case .character("$"):
                flush()
                parts.append(try innerMath(closedBy: .character("$")))
            case .character(let scalar):
                buffer.unicodeScalars.append(scalar)
            case .space:
                // A plain space at the edge of `mtext` would collapse away.
                buffer += "\u{A0}"
            case .tilde:
                buffer += "\u{A0}"
            case .prime:
                buffer += "’"
            case .raise:
                buffer += "^"
            case .lower:
                buffer += "_"
            case .alignment, .parameter:
                throw TeXError("& or # inside \\text", command: "\\text", offset: token.offset)
            case .command(let name):
                switch name {
                case "$", "%", "&", "#", "_", "{", "}": buffer += name
                case " ", ",", ";", ":", "quad", "qquad", "enspace":
                    buffer += name == "quad" ? "\u{2003}" : name == "qquad" ? "\u{2003}\u{2003}" : "\u{A0}"
                case "textbackslash": buffer += "\\"
                case "(":
                    // `\(…\)` is math in text, as `$…$` is.
                    flush()
                    parts.append(try innerMath(closedBy: .command(")")))
                case "\\", "newline":
                    // Text in math does not break (MathJax shows a space).
                    buffer += "\u{A0}"
                case "eqref", "ref":
                    flush()
                    parts.append(.reference(try readRawArgument().trimmingCharacters(in: .whitespaces), parenthesized: name == "eqref"))
                case "U":
                    // MathJax's `\U{65}`: a character by its hexadecimal code.
                    let code = try readRawArgument()
                    guard code.count <= 6, let value = UInt32(code, radix: 16), let scalar = Unicode.Scalar(value), value >= 0x20 else {
                        throw TeXError("\\U needs a character code in hexadecimal", command: "\\U", offset: token.offset)
                    }
                    buffer.unicodeScalars.append(scalar)
                case "text", "textrm", "textbf", "textit", "emph", "textsf", "texttt", "mbox":
                    flush()
                    let styles = ["textbf": "bold", "textit": "italic", "emph": "italic", "textsf": "sans-serif", "texttt": "monospace"]
                    parts.append(try text(style: styles[name] ?? style))
                default:
                    if let macro = macros[name], macro.parameterCount == 0 {
                        try countExpansion(of: name, producing: macro.body.count)
                        buffer += Self.text(of: macro.body)
                    } else {
                        throw TeXError("\\\(name) inside \\text is not supported", command: "\\\(name)", offset: token.offset)
                    }
                }
            }
        }
    }

    private static func endsCell(_ kind: TeXToken.Kind) -> Bool {
        switch kind {
        case .alignment, .endGroup, .command("\\"), .command("cr"): true
        default: false
        }
    }

    /// The math of `$…$` or `\(…\)` in text, read up to `close`.
    private mutating func innerMath(closedBy close: TeXToken.Kind) throws -> MathElement {
        let start = position
        while position < tokens.count && tokens[position].kind != close { position += 1 }
        guard position < tokens.count else { throw error("math in \\text is never closed", command: "\\text") }
        var inner = TeXParser(tokens: Array(tokens[start..<position]), inside: self)
        position += 1
        let math = MathElement.row(try inner.parseExpression([]))
        expansions = inner.expansions
        expandedTokens = inner.expandedTokens
        return math
    }

    static func textElement(_ text: String, style: String?) -> MathElement {
        // MathML Core styles text through CSS, not mathvariant.
        let styles = ["bold": "font-weight:bold", "italic": "font-style:italic", "sans-serif": "font-family:sans-serif", "monospace": "font-family:monospace"]
        return MathElement("mtext", text: text, style.flatMap { styles[$0] }.map { [("style", $0)] } ?? [])
    }

    /// A parser for math inside `\text` of `parent`: its macros, and the
    /// nesting and macro budgets it has left.
    private init(tokens: [TeXToken], inside parent: TeXParser) {
        self.tokens = tokens
        self.macros = parent.macros
        self.row = nil
        self.depth = parent.depth
        self.expansions = parent.expansions
        self.expandedTokens = parent.expandedTokens
    }
}
