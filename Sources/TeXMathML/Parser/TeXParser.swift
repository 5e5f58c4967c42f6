/// Parses TeX math into MathML elements in one pass: macros are expanded as
/// tokens are read, and every construct becomes its MathML at once.
struct TeXParser {
    /// Where an expression stops, besides the end of input.
    struct Stops: OptionSet {
        let rawValue: Int
        static let group = Stops(rawValue: 1)
        static let alignment = Stops(rawValue: 2)
        static let row = Stops(rawValue: 4)
        static let end = Stops(rawValue: 8)
        static let right = Stops(rawValue: 16)
        static let bracket = Stops(rawValue: 32)
        /// `\\` outside a table, where it breaks lines (see `lines`).
        static let line = Stops(rawValue: 64)
        static let cell: Stops = [.alignment, .row, .end]
    }

    /// How a base takes scripts.
    enum Limits {
        /// Always as sub- and superscripts.
        case never
        /// Above and below in display style, as scripts inline (`\sum`).
        case movable
        /// Always above and below (`\overbrace`, `\sum\limits`).
        case always
    }

    /// A base with its scripts, finished into MathML when the expression ends.
    struct Atom {
        var base: MathElement
        var limits: Limits = .never
        var lower: MathElement?
        var upper: MathElement?
        var primes = 0
        /// Whether a function application sign follows (`\sin x`).
        var appliesFunction = false
        /// The atom's class in TeX's spacing; nil takes it from the base
        /// (see `spacingClass`).
        var texClass: TeXClass?
        /// The class the browsers' operator dictionary gives the base's
        /// `mo` (a relation's `=`): where the spacing agrees, no attributes
        /// need say it.
        var dictionaryClass: TeXClass?
        /// A style switch's rest of the group (`\color{red} b`), spaced
        /// inside as if it went on this list.
        var continuesList = false

        init(base: MathElement, limits: Limits = .never, texClass: TeXClass? = nil) {
            self.base = base
            self.limits = limits
            self.texClass = texClass
        }
    }

    var tokens: [TeXToken]
    var position = 0
    var macros: [String: TeXMacro]
    /// The numbering of the row being read, where `\tag`, `\label` and
    /// `\notag` may stand (display formulas only).
    var row: RowNumbering?
    /// Set by a numbered environment standing at the top of a display formula.
    var numberedBlock: NumberedBlock?
    /// How far macros have expanded: calls, and tokens their bodies produced.
    var expansions = 0
    var expandedTokens = 0
    /// Parses under way in the recursion (`{` inside `{`, an argument of an
    /// argument); see `maximumDepth`.
    var depth = 0
    /// Inside an inner environment (`aligned`, `cases`…), where numbered
    /// environments may not stand.
    var insideEnvironment = false
    /// Inside a `multline`, where `\shoveleft` and `\shoveright` may stand.
    var insideMultline = false
    /// The innermost `aligned`, `alignedat`, `gathered` or `split` being
    /// read: its rows take no `\tag`, as in amsmath and MathJax.
    var untaggableEnvironment: String?
    /// Set while a root's index is read, where `\uproot` and `\leftroot` may stand.
    var rootIndexShift: RootIndexShift?
    /// What the style switches (`\color{red}`) met on the lines `lines` has
    /// read so far set: they style the lines after theirs too.
    var carriedStyle: StyleSwitch?
    /// The style being read in: scripts and fractions shrink it, and spaces
    /// around relations and binary operators vanish in script styles.
    var style = MathStyle.text
    /// How the next expression read meets the cells around it: set for the
    /// cells of an alignment, taken by `parseExpression`.
    var cellContext: ListContext?

    init(_ tex: String, macros: [String: TeXMacro], display: Bool) {
        self.tokens = TeXLexer.tokens(tex)
        self.macros = macros
        self.row = display ? RowNumbering(mode: .none) : nil
        self.style = display ? .display : .text
    }

    // MARK: Tokens

    var atEnd: Bool { position >= tokens.count }

    var offset: Int { position < tokens.count ? tokens[position].offset : (tokens.last.map { $0.offset + 1 } ?? 0) }

    /// The next token after expanding macros, without consuming it.
    mutating func peek() throws -> TeXToken? {
        if macros.isEmpty {
            return position < tokens.count ? tokens[position] : nil
        }
        while position < tokens.count {
            guard case .command(let name) = tokens[position].kind, let macro = macros[name] else { return tokens[position] }
            try expand(macro, named: name)
        }
        return nil
    }

    mutating func next() throws -> TeXToken? {
        let token = try peek()
        if token != nil { position += 1 }
        return token
    }

    mutating func skipSpaces() throws {
        while let token = try peek(), token.kind == .space { position += 1 }
    }

    /// The next token that is not white space.
    mutating func nextNonSpace() throws -> TeXToken? {
        try skipSpaces()
        return try next()
    }

    func error(_ message: String, command: String? = nil) -> TeXError {
        TeXError(message, command: command, offset: offset)
    }

    // MARK: Limits

    /// How deep groups, arguments, environments, `\left`, `\not` and
    /// `\text` may nest. The parser recurses once per level; at this depth
    /// it stays within a 512 KB thread stack (Dispatch's worker threads on
    /// macOS; the build renders posts on them) in an optimized build, and
    /// within the 8 MB main stack unoptimized. No real formula comes near.
    static let maximumDepth = 50

    /// Macro calls one formula may make (`\def\a{\a}` never ends)…
    static let maximumExpansions = 10_000
    /// …and tokens their bodies may produce in all (`\def\a{\b\b}`,
    /// `\def\b{\c\c}`, … doubles at each step): time and memory
    /// stay proportional to the formula.
    static let maximumExpandedTokens = 100_000

    /// Enters one level of nesting, or throws where the limit is passed.
    mutating func descend() throws {
        guard depth < Self.maximumDepth else {
            throw error("the formula nests more than \(Self.maximumDepth) levels deep (groups, arguments, environments)")
        }
        depth += 1
    }

    /// Counts `count` tokens produced by a macro, or throws past the budget.
    mutating func countExpansion(of name: String, producing count: Int) throws {
        expansions += 1
        expandedTokens += count
        guard expansions <= Self.maximumExpansions else { throw error("macros expand without end", command: "\\\(name)") }
        guard expandedTokens <= Self.maximumExpandedTokens else {
            throw error("macros expand to more than \(Self.maximumExpandedTokens) tokens", command: "\\\(name)")
        }
    }

    // MARK: Expressions

    /// Reads elements until a stop; the stop token is left unread.
    mutating func parseExpression(_ stops: Stops) throws -> [MathElement] {
        // A whole display formula: `\\` there breaks lines.
        if stops.isEmpty, depth == 0, row != nil { return try lines([]) }
        try descend()
        defer { depth -= 1 }
        let context = cellContext ?? ListContext()
        cellContext = nil
        var atoms: [Atom] = []
        loop: while let token = try peek() {
            switch token.kind {
            case .space:
                position += 1
            case .endGroup:
                guard stops.contains(.group) else { throw error("unbalanced braces: an extra }") }
                break loop
            case .alignment:
                guard stops.contains(.alignment) else { throw error("& outside a table", command: "&") }
                break loop
            case .raise, .lower:
                position += 1
                if atoms.isEmpty { atoms.append(Atom(base: MathElement("mrow"))) }
                let argument = try parseArgument(in: style.script)
                if token.kind == .raise {
                    guard atoms[atoms.count - 1].upper == nil else { throw error("double superscript", command: "^") }
                    atoms[atoms.count - 1].upper = argument
                } else {
                    guard atoms[atoms.count - 1].lower == nil else { throw error("double subscript", command: "_") }
                    atoms[atoms.count - 1].lower = argument
                }
            case .prime:
                position += 1
                if atoms.isEmpty { atoms.append(Atom(base: MathElement("mrow"))) }
                atoms[atoms.count - 1].primes += 1
            case .character("]") where stops.contains(.bracket):
                break loop
            case .command(let name) where Self.expressionCommands.contains(name):
                if try expressionCommand(name, stops: stops, context: context, atoms: &atoms) { break loop }
            default:
                atoms.append(try parseAtom())
            }
        }
        return finish(atoms, context: context)
    }

    /// Commands that act on the expression around them rather than make an atom.
    static let expressionCommands: Set<String> = Set([
        "\\", "newline", "cr", "end", "right", "middle", "over", "choose", "atop", "above", "brace", "brack",
        "overwithdelims", "atopwithdelims", "abovewithdelims", "limits", "nolimits", "displaylimits", "displaystyle",
        "textstyle", "scriptstyle", "scriptscriptstyle", "color", "rm", "bf", "it", "cal", "sf", "tt", "mit", "oldstyle",
    ]).union(sizeSwitches.keys)

    /// Handles one of `expressionCommands`; returns whether the expression
    /// ends there. Not inlined: every nesting level pays `parseExpression`'s
    /// stack frame, and these rare cases would make it larger.
    @inline(never)
    private mutating func expressionCommand(_ name: String, stops: Stops, context: ListContext, atoms: inout [Atom]) throws -> Bool {
        switch name {
        case "\\", "newline", "cr":
            if stops.contains(.row) || (name != "cr" && stops.contains(.line)) { return true }
            guard name != "cr" else { throw error("\\cr outside a table", command: "\\cr") }
            // In a group, or inline, MathJax 3 shows no break: the lines run on.
            position += 1
            try skipRowBreakOptions()
            return false
        case "end":
            guard stops.contains(.end) else { throw error("\\end without \\begin", command: "\\end") }
            return true
        case "right", "middle":
            guard stops.contains(.right) else { throw error("\\\(name) without \\left", command: "\\\(name)") }
            return true
        case "over", "choose", "atop", "above", "brace", "brack":
            position += 1
            // `a \above 1pt b`: the rule's thickness comes first.
            let thickness = name == "above" ? try readLength(for: name) : nil
            let outer = style
            style = outer.fraction
            defer { style = outer }
            let numerator = MathElement.row(finish(atoms))
            let denominator = MathElement.row(try parseExpression(stops))
            var fraction = Self.fraction(numerator, denominator, infix: name)
            if let thickness { fraction.setAttribute("linethickness", Self.ruleThickness(thickness)) }
            atoms = [Atom(base: fraction)]
            return true
        case "overwithdelims", "atopwithdelims", "abovewithdelims":
            position += 1
            let outer = style
            style = outer.fraction
            defer { style = outer }
            let numerator = MathElement.row(finish(atoms))
            atoms = [Atom(base: try delimitedFraction(name, numerator: numerator, stops: stops, outer: outer))]
            return true
        case "limits", "nolimits", "displaylimits":
            position += 1
            guard !atoms.isEmpty else { throw error("\\\(name) needs an operator before it", command: "\\\(name)") }
            atoms[atoms.count - 1].limits = name == "limits" ? .always : name == "nolimits" ? .never : .movable
            if name == "limits", atoms[atoms.count - 1].base.isOperator {
                atoms[atoms.count - 1].base.setAttribute("movablelimits", "false")
            }
            return false
        default:
            // A style switch changes the rest of the group.
            position += 1
            let switched = try switchStyle(name)
            let outer = style
            style = Self.mathStyle(switchedBy: name) ?? outer
            defer { style = outer }
            // The rest is spaced as if it went on this list.
            let before = Self.lastSettledClass(atoms, before: context.before)
            cellContext = ListContext(before: before, after: context.after)
            let rest = try parseExpression(stops)
            if stops.contains(.line), try isAtLineBreak() { carry(switched) }
            var atom = Atom(base: Self.styled(rest, switched))
            atom.continuesList = true
            atoms.append(atom)
            return true
        }
    }

    /// One base: a group, a character run, a symbol or a command with its arguments.
    mutating func parseAtom() throws -> Atom {
        guard let token = try next() else { throw error("a formula ended too early") }
        switch token.kind {
        case .beginGroup:
            let content = try parseExpression(.group)
            try expectEndGroup()
            // `{}` is an ordinary atom, which makes `{}=x` a relation.
            return Atom(base: .row(content), texClass: .ord)
        case .character(let scalar):
            return try character(scalar)
        case .command(let name):
            return try command(name, at: token.offset)
        case .tilde:
            return Atom(base: MathElement("mtext", text: "\u{A0}"))
        case .parameter:
            throw TeXError("# outside a macro definition", command: "#", offset: token.offset)
        default:
            throw TeXError("unexpected \(token.kind)", offset: token.offset)
        }
    }

    /// A required argument: a group, or a single token (`\frac12`).
    mutating func parseArgument() throws -> MathElement {
        try skipSpaces()
        guard let token = try peek() else { throw error("an argument is missing") }
        if token.kind == .beginGroup {
            position += 1
            let content = try parseExpression(.group)
            try expectEndGroup()
            return .row(content)
        }
        if case .character(let scalar) = token.kind, TeXLexer.isDigit(scalar) {
            position += 1
            return MathElement("mn", text: String(scalar))
        }
        try descend()
        defer { depth -= 1 }
        // An argument that renders nothing (`x^\text{}`, `x^\def\a{b}`)
        // is an empty row.
        return .row(finish([try parseAtom()]))
    }

    /// A required argument read in `style` (a script, a fraction's part).
    mutating func parseArgument(in style: MathStyle) throws -> MathElement {
        let outer = self.style
        self.style = style
        defer { self.style = outer }
        return try parseArgument()
    }

    /// An optional `[…]` argument, if present.
    mutating func parseOptionalArgument() throws -> MathElement? {
        try skipSpaces()
        guard let token = try peek(), token.kind == .character("[") else { return nil }
        position += 1
        let content = try parseExpression([.bracket])
        guard let close = try next(), close.kind == .character("]") else { throw error("an optional argument is not closed with ]") }
        return .row(content)
    }

    /// The raw text of a `{…}` group (or one token): labels, environment
    /// names, colors, sizes. Macros are not expanded in it.
    mutating func readRawArgument() throws -> String {
        Self.text(of: try readArgumentTokens(for: nil))
    }

    /// The raw text of an optional `[…]`, if present.
    mutating func readRawOptional() throws -> String? {
        try skipSpaces()
        guard position < tokens.count, tokens[position].kind == .character("[") else { return nil }
        position += 1
        var collected: [TeXToken] = []
        while position < tokens.count, tokens[position].kind != .character("]") {
            collected.append(tokens[position])
            position += 1
        }
        guard position < tokens.count else { throw error("an optional argument is not closed with ]") }
        position += 1
        return Self.text(of: collected)
    }

    mutating func expectEndGroup() throws {
        guard let token = try next(), token.kind == .endGroup else { throw error("unbalanced braces: a { is never closed") }
    }

    static func text(of tokens: [TeXToken]) -> String {
        var text = ""
        for token in tokens {
            switch token.kind {
            case .command(let name): text += "\\" + name
            case .character(let scalar): text.unicodeScalars.append(scalar)
            case .beginGroup: text += "{"
            case .endGroup: text += "}"
            case .raise: text += "^"
            case .lower: text += "_"
            case .alignment: text += "&"
            case .parameter(let number): text += "#\(number)"
            case .space: text += " "
            case .tilde: text += "~"
            case .prime: text += "'"
            }
        }
        return text
    }

    // MARK: Macros

    /// Replaces a macro call with its body, arguments substituted.
    private mutating func expand(_ macro: TeXMacro, named name: String) throws {
        let start = position
        position += 1
        var arguments: [[TeXToken]] = []
        for index in 0..<macro.parameterCount {
            if index == 0, let fallback = macro.optionalDefault {
                arguments.append(try readOptionalTokens() ?? fallback)
            } else {
                arguments.append(try readArgumentTokens(for: name))
            }
        }
        var body: [TeXToken] = []
        body.reserveCapacity(macro.body.count)
        for token in macro.body {
            if case .parameter(let number) = token.kind {
                guard number >= 1 && number <= arguments.count else { throw error("#\(number) in \\\(name) has no argument", command: "\\\(name)") }
                body += arguments[number - 1]
            } else {
                body.append(TeXToken(kind: token.kind, offset: tokens[start].offset))
            }
        }
        try countExpansion(of: name, producing: body.count)
        // Braces keep a macro's body one unit, as TeX's grouping would not,
        // but `\R^2` must stay `ℝ^2`, so no braces are added.
        tokens.replaceSubrange(start..<position, with: body)
        position = start
    }

    /// The tokens of a `{…}` group without its braces, or one token.
    /// - Parameter name: the command the argument is for, in errors.
    mutating func readArgumentTokens(for name: String?) throws -> [TeXToken] {
        while position < tokens.count, tokens[position].kind == .space { position += 1 }
        guard position < tokens.count else {
            throw error(name.map { "\\\($0) is missing an argument" } ?? "an argument is missing", command: name.map { "\\\($0)" })
        }
        let first = tokens[position]
        position += 1
        guard first.kind == .beginGroup else { return [first] }
        var depth = 0
        var collected: [TeXToken] = []
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            if token.kind == .beginGroup { depth += 1 }
            if token.kind == .endGroup {
                if depth == 0 { return collected }
                depth -= 1
            }
            collected.append(token)
        }
        throw error("unbalanced braces: a { is never closed")
    }

    mutating func readOptionalTokens() throws -> [TeXToken]? {
        while position < tokens.count, tokens[position].kind == .space { position += 1 }
        guard position < tokens.count, tokens[position].kind == .character("[") else { return nil }
        position += 1
        var collected: [TeXToken] = []
        var depth = 0
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            if token.kind == .beginGroup { depth += 1 }
            if token.kind == .endGroup { depth -= 1 }
            if token.kind == .character("]") && depth == 0 { return collected }
            collected.append(token)
        }
        throw error("an optional argument is not closed with ]")
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

extension ArraySlice where Element == TeXToken {
    func trimmingSpaces() -> ArraySlice<TeXToken> {
        let start = firstIndex { $0.kind != .space } ?? endIndex
        let end = lastIndex { $0.kind != .space }.map { $0 + 1 } ?? start
        return self[start..<end]
    }
}

extension Set where Element == Character {
    static let whitespaces: Set<Character> = [" ", "\t", "\n", "\r"]
}
