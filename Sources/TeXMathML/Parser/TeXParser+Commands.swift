/// Commands: everything after a backslash.
extension TeXParser {
    mutating func command(_ name: String, at offset: Int) throws -> Atom {
        switch Self.tableCommands[name] {
        case .symbol(let symbol)?:
            return Self.atom(for: symbol)
        case .space(let width)?:
            return Atom(base: Self.space(width))
        case .construct(let build)?:
            return try build(&self, name)
        case nil:
            var error = TeXError("unknown command \\\(name)", command: "\\\(name)", offset: offset)
            error.isUnknownCommand = true
            throw error
        }
    }
}

extension TeXParser {
    /// A command that reads its own arguments: given the parser and its name.
    typealias Construct = @Sendable (inout TeXParser, String) throws -> Atom

    /// Commands the tables define, in one dictionary so a command costs one lookup.
    enum TableCommand {
        case symbol(TeXSymbol)
        case space(String)
        case construct(Construct)
    }

    /// Commands with arguments. Each is its own function rather than a case
    /// of one big switch: the parser recurses through `command` once per
    /// nesting level, and a switch over every construct takes the stack of
    /// all of them at every level.
    static let constructs: [String: Construct] = {
        var table = ConstructTable()
        table.add(["frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom"]) { Atom(base: try $0.fraction($1)) }
        table.add(["genfrac"]) { parser, _ in Atom(base: try parser.generalFraction()) }
        table.add(["sqrt"]) { parser, _ in
            let index = try parser.parseRootIndex()
            let radicand = try parser.parseArgument()
            return Atom(base: index.map { MathElement("mroot", children: [radicand, $0]) } ?? MathElement("msqrt", children: [radicand]))
        }
        table.add(["left"]) { parser, _ in Atom(base: try parser.leftRight(), texClass: .inner) }
        let textStyles: [([String], String?)] = [
            (["text", "textrm", "textnormal", "mbox", "hbox", "textup", "textmd"], nil), (["textbf"], "bold"),
            (["textit", "emph", "textsl"], "italic"), (["textsf"], "sans-serif"), (["texttt"], "monospace"),
        ]
        for (names, style) in textStyles {
            table.add(names) { parser, _ in Atom(base: try parser.text(style: style)) }
        }
        table.add(["operatorname", "operatorname*"]) { try $0.operatorName(limits: $1.hasSuffix("*")) }
        table.add(["mathop"]) { parser, _ in
            let argument = try parser.parseArgument()
            let base = argument.name == "mi" || argument.name == "mo"
                ? MathElement("mo", text: argument.text ?? "", [("movablelimits", "true"), ("form", "prefix")]) : argument
            // Without an operator to carry `movablelimits`, the style decides where limits go.
            let limits: Limits = Self.hasOperatorCore(base) ? .movable : parser.style == .display ? .always : .never
            return Atom(base: base, limits: limits, texClass: .op)
        }
        let classCommands: [String: TeXClass] = [
            "mathord": .ord, "mathbin": .bin, "mathrel": .rel, "mathopen": .open, "mathclose": .close,
            "mathpunct": .punct, "mathinner": .inner,
        ]
        table.add(Array(classCommands.keys)) { parser, name in
            Atom(base: try parser.parseArgument(), texClass: classCommands[name])
        }
        // amsmath's `\overset` and `\underset` take the class of their base
        // (`\overset{?}{=}` is a relation), `\stackrel` is a relation.
        table.add(["overset", "stackrel", "stackbin"]) { parser, name in
            let over = try parser.parseArgument(in: parser.style.script)
            var atom = try parser.parseAtomArgument()
            atom.base = MathElement("mover", children: [atom.base, over])
            atom.texClass = name == "stackrel" ? .rel : name == "stackbin" ? .bin : atom.spacingClass == .rel || atom.spacingClass == .bin ? atom.spacingClass : .ord
            atom.dictionaryClass = nil
            return atom
        }
        table.add(["underset"]) { parser, _ in
            let under = try parser.parseArgument(in: parser.style.script)
            var atom = try parser.parseAtomArgument()
            atom.base = MathElement("munder", children: [atom.base, under])
            atom.texClass = atom.spacingClass == .rel || atom.spacingClass == .bin ? atom.spacingClass : .ord
            atom.dictionaryClass = nil
            return atom
        }
        table.add(Array(arrows.keys)) { Atom(base: try $0.extensibleArrow($1), texClass: .rel) }
        table.add(["not"]) { parser, _ in try parser.negated() }
        table.add(["cancel", "bcancel", "xcancel"]) { parser, name in
            // MathML Core has no menclose: the strike is a CSS gradient line
            // across the box, the same in every browser.
            let strokes = [name != "bcancel" ? "to top right" : nil, name != "cancel" ? "to bottom right" : nil].compactMap { $0 }.map { direction in
                "linear-gradient(\(direction),transparent calc(50% - 0.04em),currentColor calc(50% - 0.04em),currentColor calc(50% + 0.04em),transparent calc(50% + 0.04em))"
            }
            return Atom(base: MathElement("mrow", [("style", "background:" + strokes.joined(separator: ",") + ";padding:0 0.1em")], children: [try parser.parseArgument()]))
        }
        table.add(["boxed", "fbox"]) { parser, name in
            let content = name == "fbox" ? try parser.text(style: nil) : try parser.parseArgument()
            return Atom(base: MathElement("mrow", [("style", "border:0.06em solid;padding:0.2em 0.3em")], children: [content]))
        }
        table.add(["textcolor"]) { parser, _ in
            let color = try parser.colorArgument()
            return Atom(base: MathElement("mstyle", [("mathcolor", color)], children: [try parser.parseArgument()]))
        }
        table.add(["colorbox"]) { parser, _ in
            let color = try parser.colorArgument()
            return Atom(base: MathElement("mstyle", [("mathbackground", color)], children: [try parser.text(style: nil)]))
        }
        table.add(["phantom"]) { parser, _ in Atom(base: MathElement("mphantom", children: [try parser.parseArgument()])) }
        table.add(["hphantom"]) { parser, _ in
            Atom(base: MathElement("mpadded", [("height", "0"), ("depth", "0")], children: [MathElement("mphantom", children: [try parser.parseArgument()])]))
        }
        table.add(["vphantom"]) { parser, _ in
            Atom(base: MathElement("mpadded", [("width", "0")], children: [MathElement("mphantom", children: [try parser.parseArgument()])]))
        }
        table.add(["smash"]) { parser, _ in
            // `\smash[t]` hides the height only, `\smash[b]` the depth only.
            let side = try parser.readRawOptional()?.trimmingCharacters(in: .whitespaces)
            let hidden: [(name: String, value: String)] = side == "t" ? [("height", "0")] : side == "b" ? [("depth", "0")] : [("height", "0"), ("depth", "0")]
            return Atom(base: MathElement("mpadded", hidden, children: [try parser.parseArgument()]))
        }
        table.add(["mathstrut", "strut"]) { _, _ in
            Atom(base: MathElement("mpadded", [("width", "0")], children: [MathElement("mphantom", children: [MathElement("mo", text: "(")])]))
        }
        table.add(["hspace", "hspace*", "kern", "mkern", "hskip", "mskip", "mspace"]) { parser, name in
            Atom(base: MathElement("mspace", [("width", Self.em(try parser.readLength(for: name)))]))
        }
        table.add(["bmod"]) { _, _ in Atom(base: MathElement("mo", text: "mod"), texClass: .bin) }
        table.add(["pmod"]) { parser, _ in
            let argument = try parser.parseArgument()
            return Atom(base: MathElement("mrow", children: [
                MathElement("mspace", [("width", "1em")]), MathElement("mo", text: "("), MathElement("mi", text: "mod"),
                MathElement("mspace", [("width", "0.3333em")]), argument, MathElement("mo", text: ")"),
            ]))
        }
        table.add(["mod", "pod"]) { parser, name in
            let argument = try parser.parseArgument()
            var children = [MathElement("mspace", [("width", "1em")])]
            if name == "mod" { children += [MathElement("mi", text: "mod"), MathElement("mspace", [("width", "0.3333em")])] }
            children += name == "pod" ? [MathElement("mo", text: "("), argument, MathElement("mo", text: ")")] : [argument]
            return Atom(base: MathElement("mrow", children: children))
        }
        table.add(["substack"]) { parser, _ in Atom(base: try parser.substack()) }
        table.add(["begin"]) { parser, _ in Atom(base: try parser.environment()) }
        // What shows nothing leaves an empty row, which `finish` drops.
        table.add(["label"]) { parser, _ in
            try parser.label()
            return Atom(base: MathElement("mrow"))
        }
        table.add(["tag", "tag*"]) { parser, name in
            try parser.tag(parenthesized: name == "tag")
            return Atom(base: MathElement("mrow"))
        }
        table.add(["notag", "nonumber"]) { parser, name in
            guard parser.row != nil else { throw parser.error("\\\(name) outside a display formula", command: "\\\(name)") }
            parser.row?.mode = .none
            return Atom(base: MathElement("mrow"))
        }
        table.add(["eqref", "ref"]) { parser, name in
            let label = try parser.readRawArgument()
            return Atom(base: .reference(label, parenthesized: name == "eqref"))
        }
        table.add(["newcommand", "renewcommand", "providecommand"]) { parser, name in
            try parser.defineCommand(name)
            return Atom(base: MathElement("mrow"))
        }
        table.add(["def"]) { parser, _ in
            try parser.defineMacro()
            return Atom(base: MathElement("mrow"))
        }
        table.add(["DeclareMathOperator", "DeclareMathOperator*"]) { parser, name in
            try parser.declareOperator(limits: name.hasSuffix("*"))
            return Atom(base: MathElement("mrow"))
        }
        table.add(["{", "}", "|", "$", "%", "#", "&", "_"]) { _, name in
            let text = name == "|" ? "‖" : name
            let element = name == "{" || name == "}" || name == "|"
                ? MathElement("mo", text: text, [("stretchy", "false")]) : MathElement("mi", text: text, [("mathvariant", "normal")])
            var atom = Atom(base: element, texClass: name == "{" ? .open : name == "}" ? .close : .ord)
            if name == "{" || name == "}" { atom.dictionaryClass = atom.texClass }
            return atom
        }
        table.add(["\\"]) { parser, _ in throw parser.error("\\\\ outside a table", command: "\\\\") }
        return table.constructs
    }()

    static let tableCommands: [String: TableCommand] = {
        var commands: [String: TableCommand] = [:]
        for (name, size) in bigSizes { commands[name] = .construct { try $0.bigDelimiter(size: size, name: $1) } }
        for (name, width) in spaces { commands[name] = .space(width) }
        for (name, font) in fonts { commands[name] = .construct { parser, _ in Atom(base: Self.restyle(try parser.parseArgument(), font.alphabet)) } }
        for (name, accent) in SymbolTable.accents { commands[name] = .construct { try $0.accented(accent, name: $1) } }
        for (name, symbol) in SymbolTable.commands { commands[name] = .symbol(symbol) }
        for (name, construct) in constructs { commands[name] = .construct(construct) }
        // Each concept's own table; a name in two of them would silently
        // take the later one.
        var defined = Set(constructs.keys)
        for table in [plainTeXConstructs, boxConstructs, stylingConstructs, amsConstructs, braketConstructs, dotsConstructs, rootConstructs, packageConstructs, lineConstructs] {
            for (name, construct) in table {
                let (isNew, _) = defined.insert(name)
                assert(isNew, "\\\(name) is defined in two tables of constructs")
                commands[name] = .construct(construct)
            }
        }
        return commands
    }()

    struct Font {
        var alphabet: MathAlphabet?
    }

    /// Font commands; `nil` alphabet means upright (`\mathrm`).
    static let fonts: [String: Font] = [
        "mathbf": Font(alphabet: .bold), "boldsymbol": Font(alphabet: .boldSymbol),
        "bm": Font(alphabet: .boldSymbol), "mathit": Font(alphabet: .italic), "mathrm": Font(alphabet: nil),
        "mathup": Font(alphabet: nil), "mathsf": Font(alphabet: .sansSerif), "mathtt": Font(alphabet: .monospace),
        "mathcal": Font(alphabet: .script), "mathscr": Font(alphabet: .script), "mathbb": Font(alphabet: .doubleStruck),
        "mathfrak": Font(alphabet: .fraktur), "mathbfit": Font(alphabet: .boldItalic), "pmb": Font(alphabet: .bold),
        "mathsfit": Font(alphabet: .sansSerifItalic), "Bbb": Font(alphabet: .doubleStruck),
        "frak": Font(alphabet: .fraktur), "mathnormal": Font(alphabet: .italic), "mathbfup": Font(alphabet: .bold),
        "mathsfup": Font(alphabet: .sansSerif), "mathbfsf": Font(alphabet: .sansSerifBold),
        "mathbfsfup": Font(alphabet: .sansSerifBold), "mathbfsfit": Font(alphabet: .sansSerifBoldItalic),
        "mathbffrak": Font(alphabet: .boldFraktur), "mathbfscr": Font(alphabet: .boldScript),
        "mathbfcal": Font(alphabet: .boldScript),
        // unicode-math's \sym… names, which MathJax also reads.
        "symrm": Font(alphabet: nil), "symup": Font(alphabet: nil), "symnormal": Font(alphabet: .italic),
        "symbf": Font(alphabet: .bold), "symbfup": Font(alphabet: .bold), "symit": Font(alphabet: .italic),
        "symbfit": Font(alphabet: .boldItalic), "symbb": Font(alphabet: .doubleStruck), "symfrak": Font(alphabet: .fraktur),
        "symbffrak": Font(alphabet: .boldFraktur), "symscr": Font(alphabet: .script), "symbfscr": Font(alphabet: .boldScript),
        "symsf": Font(alphabet: .sansSerif), "symsfup": Font(alphabet: .sansSerif), "symbfsf": Font(alphabet: .sansSerifBold),
        "symbfsfup": Font(alphabet: .sansSerifBold), "symsfit": Font(alphabet: .sansSerifItalic),
        "symbfsfit": Font(alphabet: .sansSerifBoldItalic), "symtt": Font(alphabet: .monospace),
        "symcal": Font(alphabet: .script), "symbfcal": Font(alphabet: .boldScript),
    ]

    /// Horizontal spaces, in em (negative ones pull together).
    static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em", "medspace": "0.2222em",
        ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em", "negthinspace": "-0.1667em",
        "negmedspace": "-0.2222em", "negthickspace": "-0.2778em", "quad": "1em", "qquad": "2em", "enspace": "0.5em",
        " ": "0.3333em", "space": "0.3333em", "nobreakspace": "0.3333em",
    ]

    /// `\big` and friends: the size the delimiter is drawn at, an index into `DelimiterVariants.heights`.
    static let bigSizes: [String: Int] = {
        var sizes: [String: Int] = [:]
        for (base, size) in [("big", 1), ("Big", 2), ("bigg", 3), ("Bigg", 4)] {
            for suffix in ["", "l", "r", "m"] {
                sizes[base + suffix] = size
            }
        }
        return sizes
    }()

    static func space(_ width: String) -> MathElement {
        MathElement("mspace", [("width", width)])
    }

    private mutating func fraction(_ name: String) throws -> MathElement {
        let side = name == "cfrac" ? try continuedFractionSide() : nil
        // `\dfrac` sets display style, whose parts are in text style; `\tfrac` text style.
        let partStyle: MathStyle = ["dfrac", "cfrac", "dbinom"].contains(name) ? .text : ["tfrac", "tbinom"].contains(name) ? .script : style.fraction
        let numerator = try parseArgument(in: partStyle)
        let denominator = try parseArgument(in: partStyle)
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
    private mutating func continuedFractionSide() throws -> String? {
        switch try readRawOptional()?.trimmingCharacters(in: .whitespaces) {
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
    private mutating func generalFraction() throws -> MathElement {
        let open = try delimiterArgument()
        let close = try delimiterArgument()
        let thickness = try readRawArgument().filter { $0 != " " }
        let style = try readRawArgument().filter { $0 != " " }
        let partStyle = ["0": MathStyle.text, "1": .script, "2": .scriptScript, "3": .scriptScript][style] ?? self.style.fraction
        var fraction = MathElement("mfrac", children: [try parseArgument(in: partStyle), try parseArgument(in: partStyle)])
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
    private mutating func delimiterArgument() throws -> String {
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

    private mutating func accented(_ accent: TeXAccent, name: String) throws -> Atom {
        let base = try parseArgument()
        if accent.isRule { return Atom(base: Self.ruled(base, under: accent.isUnder)) }
        var mark = MathElement("mo", text: accent.text, [("stretchy", accent.stretchy ? "true" : "false")])
        if let style = accent.style { mark.setAttribute("style", style) }
        if accent.isUnder {
            let isBrace = name == "underbrace" || name == "underparen"
            return Atom(
                base: MathElement("munder", isBrace ? [] : [("accentunder", "true")], children: [base, mark]),
                limits: isBrace ? .always : .never)
        }
        let isBrace = name == "overbrace" || name == "overparen"
        return Atom(base: MathElement("mover", isBrace ? [] : [("accent", "true")], children: [base, mark]), limits: isBrace ? .always : .never)
    }

    /// `base` with a rule over or under it, as thick and as far from it as
    /// Latin Modern Math's overbar (0.04em, 0.12em away).
    static func ruled(_ base: MathElement, under: Bool) -> MathElement {
        let side = under ? "bottom" : "top"
        let children = base.name == "mrow" && base.attributes.isEmpty ? base.children : [base]
        return MathElement("mrow", [("style", "border-\(side):0.04em solid;padding-\(side):0.12em")], children: children)
    }

    /// `\left( … \middle| … \right)`: delimiters that grow with the content.
    /// As in TeX, every delimiter of the group is as tall as the whole needs.
    private mutating func leftRight() throws -> MathElement {
        var delimiters = [try delimiter("left")]
        var parts: [[MathElement]] = []
        while true {
            parts.append(try parseExpression([.right]))
            guard let token = try next(), case .command(let name) = token.kind else { throw error("\\left without \\right", command: "\\left") }
            delimiters.append(try delimiter(name))
            if name == "right" { break }
        }
        let size = ExtentEstimate(MathElement("mrow", children: parts.flatMap { $0 }), style: style).delimiterSize
        var children = [Self.stretchy(delimiters[0], size: size)]
        for (part, delimiter) in zip(parts, delimiters.dropFirst()) {
            children += part + [Self.stretchy(delimiter, size: size)]
        }
        return MathElement("mrow", children: children)
    }

    /// The delimiter after `\left`, `\big` and friends; `.` is none.
    mutating func delimiter(_ command: String) throws -> String {
        guard let token = try nextNonSpace() else { throw error("\\\(command) needs a delimiter", command: "\\\(command)") }
        switch token.kind {
        case .character("."): return ""
        case .character("<"): return "⟨"
        case .character(">"): return "⟩"
        case .character(let scalar):
            if let symbol = SymbolTable.character(scalar), Self.isDelimiter(symbol) { return symbol.text }
            if scalar == "/" { return "/" }
        case .command(let name):
            if name == "|" { return "‖" }
            if name == "lt" || name == "gt" { return name == "lt" ? "⟨" : "⟩" }
            if name == "{" || name == "}" { return name }
            if let symbol = SymbolTable.commands[name], Self.isDelimiter(symbol) || Self.arrowDelimiters.contains(name) || name == "backslash" {
                return symbol.text
            }
        default: break
        }
        throw TeXError("\\\(command) needs a delimiter such as ( [ \\{ | or .", command: "\\\(command)", offset: token.offset)
    }

    private static let arrowDelimiters: Set = ["uparrow", "downarrow", "updownarrow", "Uparrow", "Downarrow", "Updownarrow"]

    private static func isDelimiter(_ symbol: TeXSymbol) -> Bool {
        switch symbol.kind {
        case .open, .close, .fence: true
        default: false
        }
    }

    private mutating func bigDelimiter(size: Int, name: String) throws -> Atom {
        // `\Big{\{}`: the delimiter may come in braces.
        try skipSpaces()
        let braced = try peek()?.kind == .beginGroup
        if braced { position += 1 }
        let text = try delimiter(name)
        if braced {
            try skipSpaces()
            try expectEndGroup()
        }
        // `\big` is ordinary, as in plain TeX; `\bigl` opens, `\bigr` closes, `\bigm` relates.
        let texClass: TeXClass = name.hasSuffix("l") ? .open : name.hasSuffix("r") ? .close : name.hasSuffix("m") ? .rel : .ord
        return Atom(base: DelimiterVariants.sized(text, size: size, [("stretchy", "true"), ("symmetric", "true")]), texClass: texClass)
    }

    private mutating func operatorName(limits: Bool) throws -> Atom {
        let content = try parseArgument()
        // Letters and spaces (`arg\,max`) make one name; a thin space stands for the spaces.
        let parts = content.name == "mrow" ? content.children : [content]
        let text = parts.allSatisfy({ ($0.name == "mi" && $0.text != nil) || $0.name == "mspace" })
            ? parts.map { $0.text ?? "\u{2009}" }.joined() : nil
        if limits {
            let base = text.map { MathElement("mo", text: $0, [("movablelimits", "true"), ("form", "prefix")]) } ?? Self.restyle(content, nil)
            return Atom(base: base, limits: .movable, texClass: .op)
        }
        var atom: Atom
        if let text {
            atom = Atom(base: MathElement("mi", text: text, text.unicodeScalars.count == 1 ? [("mathvariant", "normal")] : []))
        } else {
            atom = Atom(base: Self.restyle(content, nil))
        }
        atom.appliesFunction = true
        atom.texClass = .op
        return atom
    }

    private mutating func declareOperator(limits: Bool) throws {
        let name = try readDefinedName(for: "DeclareMathOperator")
        let text = try readRawArgument()
        macros[name] = TeXMacro(definition: "\\operatorname\(limits ? "*" : ""){\(text)}")
    }

    /// The extensible arrows, `\xrightarrow` and friends, and what they draw.
    static let arrows: [String: String] = [
        "xrightarrow": "→", "xleftarrow": "←", "xRightarrow": "⇒", "xLeftarrow": "⇐", "xleftrightarrow": "↔",
        "xLeftrightarrow": "⇔", "xmapsto": "↦", "xhookrightarrow": "↪", "xhookleftarrow": "↩", "xlongequal": "=",
    ]

    private mutating func extensibleArrow(_ name: String) throws -> MathElement {
        let outer = style
        style = outer.script
        let below = try parseOptionalArgument()
        let above = try parseArgument()
        style = outer
        let arrow = MathElement("mo", text: Self.arrows[name] ?? "→", [("stretchy", "true"), ("minsize", "1.75em")])
        // 0.3em beside the label, so the arrow reaches past it: spaces, as
        // MathML Core's `mpadded` cannot add to its content's width.
        func padded(_ element: MathElement) -> MathElement {
            .row([Self.space("0.3em"), element, Self.space("0.3em")])
        }
        if let below {
            return MathElement("munderover", children: [arrow, padded(below), padded(above)])
        }
        return MathElement("mover", children: [arrow, padded(above)])
    }

    /// `\not` as MathJax sets it: a relation's negated form where Unicode
    /// has one, a combining long solidus over any other single character,
    /// and a slash laid over the start of anything larger (`\not{ab}`).
    private mutating func negated() throws -> Atom {
        try descend()
        defer { depth -= 1 }
        var atom = try parseAtom()
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

    private mutating func colorArgument() throws -> String {
        let color = try readRawArgument().trimmingCharacters(in: .whitespaces)
        guard !color.isEmpty, color.unicodeScalars.allSatisfy({ TeXLexer.isLetter($0) || $0 == "#" || TeXLexer.isDigit($0) }) else {
            throw error("unknown color '\(color)'", command: "\\color")
        }
        return color
    }

    /// What a style switch sets: `mstyle` attributes, and the alphabet of old
    /// font switches (`\bf`), which MathML Core leaves to the characters.
    typealias StyleSwitch = (attributes: [(name: String, value: String)], alphabet: MathAlphabet?)

    /// `elements` in the style a switch sets.
    static func styled(_ elements: [MathElement], _ style: StyleSwitch) -> MathElement {
        MathElement("mstyle", style.attributes, children: style.alphabet.map { alphabet in elements.map { restyle($0, alphabet) } } ?? elements)
    }

    /// `\displaystyle`, `\color{…}`, `\large` and old font switches: they change
    /// the rest of the group.
    /// The style `\displaystyle` and its kin switch to; nil for other switches.
    static func mathStyle(switchedBy name: String) -> MathStyle? {
        ["displaystyle": .display, "textstyle": .text, "scriptstyle": .script, "scriptscriptstyle": .scriptScript][name]
    }

    mutating func switchStyle(_ name: String) throws -> StyleSwitch {
        switch name {
        case "displaystyle": return ([("displaystyle", "true"), ("scriptlevel", "0")], nil)
        case "textstyle": return ([("displaystyle", "false"), ("scriptlevel", "0")], nil)
        case "scriptstyle": return ([("displaystyle", "false"), ("scriptlevel", "1")], nil)
        case "scriptscriptstyle": return ([("displaystyle", "false"), ("scriptlevel", "2")], nil)
        case "color": return ([("mathcolor", try colorArgument())], nil)
        case "bf": return ([], .bold)
        case "it": return ([], .italic)
        case "cal": return ([], .script)
        case "sf": return ([], .sansSerif)
        case "tt": return ([], .monospace)
        default: return (Self.sizeSwitches[name].map { [("mathsize", $0)] } ?? [], nil)
        }
    }

    /// A length for `\hspace`, `\kern`, `\above` and friends, in em: in
    /// braces (`\hspace{1em}`) or written on (`\kern-3mu`, `\above 1pt`).
    mutating func readLength(for command: String) throws -> Double {
        try skipSpaces()
        var text = ""
        if let token = try peek(), token.kind == .beginGroup {
            text = try readRawArgument()
        } else {
            // Up to the unit, spaces before it skipped (`\kern 1.5 em`), as in TeX.
            while let token = try peek() {
                if token.kind == .space, !text.isEmpty {
                    position += 1
                    continue
                }
                guard case .character(let scalar) = token.kind else { break }
                text.unicodeScalars.append(scalar)
                position += 1
                if Self.lengthUnits.contains(where: { text.hasSuffix($0.name) }) { break }
            }
        }
        return try length(text, for: command)
    }

    /// `text` read as a length, in em, for `command`.
    func length(_ text: String, for command: String) throws -> Double {
        guard let length = Self.length(text) else { throw error("cannot read the length '\(text)'", command: "\\\(command)") }
        return length
    }

    /// A length for `command`, as a CSS length.
    mutating func dimension(_ command: String) throws -> String {
        Self.em(try readLength(for: command))
    }

    /// TeX's largest length, `\maxdimen` (16383.99999pt), in em.
    static let maximumLength = 1638.4

    /// A TeX length (`2pt`, `-0.5em`, `1.5mu`) in em; nil when it is not one,
    /// or longer than `maximumLength` (`1e400pt`, `nanpt`).
    static func length(_ text: String) -> Double? {
        let text = text.trimmingCharacters(in: .whitespaces)
        for (unit, factor) in lengthUnits where text.hasSuffix(unit) {
            if let value = Double(String(text.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)), abs(value * factor) <= maximumLength {
                return value * factor
            }
        }
        return nil
    }

    /// TeX's units, and how many em each is (at 10pt).
    static let lengthUnits: [(name: String, em: Double)] = [
        ("em", 1), ("ex", 0.431), ("pt", 0.1), ("pc", 1.2), ("mu", 1.0 / 18), ("px", 0.0625), ("cm", 2.845), ("mm", 0.2845), ("in", 7.227),
    ]

    /// A fraction rule's thickness as `linethickness` takes it.
    static func ruleThickness(_ length: Double) -> String {
        length == 0 ? "0" : em(length)
    }

    static func em(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        var text = String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + "em"
    }
}
