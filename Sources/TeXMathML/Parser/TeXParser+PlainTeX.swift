/// Plain TeX's constructs, which MathJax's base package keeps: tables in
/// braces (`\matrix{a&b\cr c&d}`), `\root…\of`, boxes moved by a length,
/// fractions with their own delimiters, and commands that only guide line
/// breaking or spacing in TeX.
extension TeXParser {
    static let plainTeXConstructs: [String: Construct] = {
        var table = ConstructTable()
        table.add(["matrix", "pmatrix", "cases", "array", "eqalign", "eqalignno", "leqalignno"]) {
            Atom(base: try $0.bracedTable($1))
        }
        table.add(["root"]) { parser, _ in
            let index = try parser.parseUntil("of", for: "root")
            return Atom(base: MathElement("mroot", children: [try parser.parseArgument(), index]))
        }
        table.add(["buildrel"]) { parser, _ in
            // `\buildrel a \over b`: a set over the relation b.
            let over = try parser.parseUntil("over", for: "buildrel")
            return Atom(base: MathElement("mover", children: [try parser.parseArgument(), over]))
        }
        table.add(["raise", "lower"]) { parser, name in
            let length = try parser.readLength(for: name)
            let box = try parser.parseArgument()
            return Atom(base: Self.raised(box, by: Self.em(name == "raise" ? length : -length)))
        }
        table.add(["moveleft", "moveright"]) { parser, name in
            let length = try parser.readLength(for: name)
            let shift = name == "moveright" ? length : -length
            let box = try parser.parseArgument()
            return Atom(base: .row([Self.space(Self.em(shift)), box, Self.space(Self.em(-shift))]))
        }
        table.add(["hfil", "hfill", "hfilll", "break", "goodbreak", "badbreak", "nobreak", "allowbreak", "nonscript"]) { _, _ in
            // Stretch and break hints: a browser lays the row out itself.
            Atom(base: MathElement("mrow"))
        }
        table.add(["skew"]) { parser, name in
            // `\skew7\hat A` shifts the accent by 7mu; the accent is kept, centred.
            _ = try parser.readRawArgument()
            // `\skew1\skew1…` recurses through parseAtom: a level each.
            try parser.descend()
            defer { parser.depth -= 1 }
            return try parser.parseAtom()
        }
        table.add(["mathchoice"]) { parser, _ in
            // MathML Core cannot choose by style: the text-style choice, which
            // inline formulas (most of a blog's) show.
            _ = try parser.parseArgument()
            let text = try parser.parseArgument()
            _ = try parser.parseArgument()
            _ = try parser.parseArgument()
            return Atom(base: text)
        }
        table.add(["hsize"]) { parser, name in
            // `\hsize=2cm` sets a width for `\vbox`; boxes here take their content's.
            try parser.skipSpaces()
            if try parser.peek()?.kind == .character("=") { parser.position += 1 }
            _ = try parser.dimension(name)
            return Atom(base: MathElement("mrow"))
        }
        table.add(["vbox", "vtop", "vcenter"]) { parser, _ in Atom(base: .row([try parser.parseArgument()])) }
        table.add(["TeX", "LaTeX"]) { _, name in Atom(base: Self.logo(name)) }
        return table.constructs
    }()

    /// `\overwithdelims` `\atopwithdelims` `\abovewithdelims`: everything
    /// before over everything after, between delimiters, as `\choose` is
    /// between parentheses; `outer` is the style around the fraction.
    mutating func delimitedFraction(_ name: String, numerator: MathElement, stops: Stops, outer: MathStyle) throws -> MathElement {
        let open = try delimiter(name)
        let close = try delimiter(name)
        var fraction = MathElement("mfrac")
        if name == "abovewithdelims" {
            fraction.setAttribute("linethickness", Self.ruleThickness(try readLength(for: name)))
        } else if name != "overwithdelims" {
            fraction.setAttribute("linethickness", "0")
        }
        fraction.children = [numerator, .row(try parseExpression(stops))]
        // TeX's fixed sizes for them, whatever the parts: 2.39em in display
        // style, 1.01em in the others (`\bigg` and `\big`).
        let size = outer == .display ? 3 : 1
        let fences = [open, close].map { $0.isEmpty ? nil : Self.stretchy($0, size: size) }
        return MathElement("mrow", children: [fences[0], fraction, fences[1]].compactMap { $0 })
    }

    /// A table whose rows end at `\\` or `\cr`, in braces after the command.
    private mutating func bracedTable(_ name: String) throws -> MathElement {
        try descend()
        defer { depth -= 1 }
        try skipSpaces()
        // `\matrix a`: one token is a one-cell table, as in MathJax. The
        // second column of `\cases` is text, as in plain TeX.
        let rows = try peek()?.kind == .beginGroup ? try bracedRows(name, cells: true, textFrom: name == "cases" ? 1 : .max) : [[.row(finish([try parseAtom()]))]]
        guard rows.count * Self.columnCount(rows) <= Self.maximumTableCells else {
            throw error("\\\(name) has more than \(Self.maximumTableCells) cells (rows × columns)", command: "\\\(name)")
        }
        let content = TableContent(rows: rows)
        switch name {
        case "pmatrix":
            let table = Self.table(content, styles: ["text-align:center"], display: false, spacing: .matrix)
            let size = ExtentEstimate(table, style: style).delimiterSize
            return MathElement("mrow", children: [Self.stretchy("(", size: size), table, Self.stretchy(")", size: size)])
        case "cases":
            let table = Self.table(content, styles: ["text-align:left", "text-align:left;padding-left:1em"], display: false, spacing: .cases)
            return MathElement("mrow", children: [Self.stretchy("{", size: ExtentEstimate(table, style: style).delimiterSize), table])
        case "eqalign", "eqalignno", "leqalignno":
            return Self.table(content, styles: Self.alignStyles(columns: Self.columnCount(rows)), display: true, spacing: .aligned)
        default:
            // Plain TeX's `\matrix` puts a quad between columns, as amsmath's does.
            return Self.table(content, styles: ["text-align:center"], display: false, spacing: .matrix)
        }
    }

    /// What comes before `\name` (`\root 3 \of`, `\buildrel a \over`), at
    /// this level of braces.
    private mutating func parseUntil(_ name: String, for command: String) throws -> MathElement {
        try descend()
        defer { depth -= 1 }
        var atoms: [Atom] = []
        while true {
            try skipSpaces()
            guard let token = try peek() else { throw error("\\\(command) needs a \\\(name)", command: "\\\(command)") }
            if token.kind == .command(name) {
                position += 1
                return .row(finish(atoms))
            }
            if token.kind == .endGroup { throw error("\\\(command) needs a \\\(name)", command: "\\\(command)") }
            atoms.append(try parseAtom())
        }
    }

    /// `box` moved up by `shift`, a CSS length (down where negative). Only its ink
    /// moves: MathML Core's `mpadded` sizes are lengths, not MathML 3's
    /// increments (`height="+2pt"` would make the box 2pt tall), and the
    /// box's own height is unknown here; KaTeX and Temml move it the same way.
    static func raised(_ box: MathElement, by shift: String) -> MathElement {
        MathElement("mpadded", [("voffset", shift)], children: [box])
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
