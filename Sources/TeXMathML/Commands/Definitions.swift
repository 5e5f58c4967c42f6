/// Definitions a formula makes for the rest of itself: macros
/// (`\newcommand`, `\renewcommand`, `\providecommand`, `\def`), operator
/// names (`\DeclareMathOperator`), and `\require`, MathJax's loading of an
/// extension. They show nothing: an empty row, which `finish` drops.
extension TeXParser {
    static let definitionCommands: [Command] = [
        Command(["newcommand", "renewcommand", "providecommand"], [.definedName, .optionalRaw, .optionalRaw, .raw]) { parser, call in
            try parser.defineCommand(&call)
            return Atom(base: MathElement("mrow"))
        },
        Command(["def"], [.definedName, .raw]) { parser, call in
            try parser.defineMacro(&call)
            return Atom(base: MathElement("mrow"))
        },
        Command(["DeclareMathOperator", "DeclareMathOperator*"], [.definedName, .raw]) { parser, call in
            let name = try parser.definedName(&call, for: "DeclareMathOperator")
            let text = try parser.rawArgument(&call)
            parser.macros[name] = TeXMacro(definition: "\\operatorname\(call.name.hasSuffix("*") ? "*" : ""){\(text)}")
            return Atom(base: MathElement("mrow"))
        },
        Command(["require"], [.raw]) { parser, call in
            let name = try parser.rawArgument(&call).trimmingCharacters(in: .whitespaces)
            // MathJax 3 writes `[tex]/cancel` as well as `cancel`.
            let package = name.hasPrefix("[tex]/") ? String(name.dropFirst("[tex]/".count)) : name
            guard supportedPackages.contains(package.lowercased()) else {
                throw parser.error("\\require{\(name)}: the \(package) package is not supported", command: "\\require")
            }
            return Atom(base: MathElement("mrow"))
        },
    ]

    /// The packages, by their MathJax 3 and MathJax 2 names in lower case,
    /// whose commands are always here: requiring one changes nothing. Any
    /// other is an error, as its commands would be.
    static let supportedPackages: Set = [
        "ams", "amsmath", "amssymbols", "amssymb", "base", "bbox", "boldsymbol", "braket", "cancel", "color", "html", "mathtools",
        "newcommand", "noerrors", "noundefined",
    ]

    /// Reads `\newcommand{\name}[n][default]{body}` (and `\renewcommand`,
    /// `\providecommand`) after the command name.
    private mutating func defineCommand(_ call: inout CommandCall) throws {
        let command = call.name
        let name = try definedName(&call, for: command)
        var count = 0
        if let text = try optionalRawArgument(&call) {
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)), (0...9).contains(number) else {
                throw error("the argument count of \\\(name) must be 0 to 9", command: "\\\(command)")
            }
            count = number
        }
        call.take(.optionalRaw)
        let fallback = try readOptionalTokens()
        call.take(.raw)
        let body = try readArgumentTokens(for: command)
        macros[name] = TeXMacro(parameterCount: count, optionalDefault: fallback, body: body)
    }

    /// The name `\newcommand` or `\DeclareMathOperator` defines: a `\name`,
    /// or as MathJax allows the name without its backslash, in braces
    /// (`{tr}` defines `\tr`) or as one character. Read as written, unexpanded.
    private mutating func definedName(_ call: inout CommandCall, for command: String) throws -> String {
        call.take(.definedName)
        try skipRawSpaces()
        guard position < tokens.count else { throw error("\\\(command) needs a name", command: "\\\(command)") }
        var name = tokens[position..<position + 1]
        position += 1
        if name.first?.kind == .beginGroup {
            let start = position
            while position < tokens.count, tokens[position].kind != .endGroup { position += 1 }
            guard position < tokens.count else { throw error("unbalanced braces: a { is never closed") }
            name = tokens[start..<position].trimmingSpaces()
            position += 1
        }
        switch name.first?.kind {
        case .command(let text)? where name.count == 1:
            return text
        case .character? where name.count == 1 || name.allSatisfy({ if case .character(let scalar) = $0.kind { TeXLexer.isLetter(scalar) } else { false } }):
            return Self.text(of: Array(name))
        default:
            throw error("\\\(command) needs a name: \\name, {\\name} or letters", command: "\\\(command)")
        }
    }

    /// Reads `\def\name#1#2{body}` after `\def`.
    private mutating func defineMacro(_ call: inout CommandCall) throws {
        call.take(.definedName)
        try skipRawSpaces()
        guard position < tokens.count, case .command(let name) = tokens[position].kind else { throw error("\\def needs a \\name", command: "\\def") }
        position += 1
        var count = 0
        while position < tokens.count, case .parameter(let number) = tokens[position].kind {
            guard number == count + 1 else { throw error("\\def parameters must be #1, #2, … in order", command: "\\def") }
            count = number
            position += 1
        }
        call.take(.raw)
        let body = try readArgumentTokens(for: "def")
        macros[name] = TeXMacro(parameterCount: count, optionalDefault: nil, body: body)
    }

    private mutating func skipRawSpaces() throws {
        while position < tokens.count, tokens[position].kind == .space { position += 1 }
    }
}
