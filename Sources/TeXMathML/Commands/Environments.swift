/// Tables and displays: `\begin{…}…\end{…}` with the environments it
/// reads by name, plain TeX's tables in braces (`\matrix{a&b\cr c&d}`,
/// `\cases`, `\eqalign`), `\displaylines`, and what may only stand in some
/// environments (`\shoveleft` in `multline`, `\intertext` between rows).
/// The rows and cells are read by `TeXParser+Environments`; `\\`, `\cr`
/// and `\end` end them (`TeXParser.expressionCommands`).
extension TeXParser {
    static let environmentCommands: [Command] = [
        Command(["begin"], [.environment]) { parser, call in Atom(base: try parser.environment(&call)) },
        Command(["matrix", "pmatrix", "cases", "array", "eqalign", "eqalignno", "leqalignno"], [.rows]) { parser, call in
            Atom(base: try parser.bracedTable(&call))
        },
        // Plain TeX's lines of a display, which MathJax offers: centred, in display style.
        Command(["displaylines"], [.rows]) { parser, call in
            Atom(base: Self.table(TableContent(rows: try parser.bracedRows(&call, cells: false)), styles: ["text-align:center"], display: true))
        },
        Command(["shoveleft", "shoveright"]) { parser, call in
            guard parser.insideMultline else { throw parser.error("\\\(call.name) only allowed in multline", command: "\\\(call.name)") }
            // A mark `multline` takes off its row, aligning the row.
            return Atom(base: MathElement("mrow", [(Self.shoveAttribute, call.name == "shoveleft" ? "left" : "right")], children: [MathElement("mspace")]))
        },
        // Read by the rows of a numbered environment (`tableRows`); met anywhere else, misplaced.
        Command(["intertext", "shortintertext"]) { parser, call in
            throw parser.error("\\\(call.name) may only start a row of align, gather or another numbered environment", command: "\\\(call.name)")
        },
        // Met here only as a lone argument (`x^\\`): in an expression it ends a row or a line.
        Command(["\\"]) { parser, _ in throw parser.error("\\\\ outside a table", command: "\\\\") },
    ]

    /// Builds an environment whose name `\begin{…}` has just read.
    typealias EnvironmentBuild = @Sendable (inout TeXParser, String) throws -> MathElement

    /// The environments besides the numbered ones (`numberedEnvironments`), by name.
    static let environments: [String: EnvironmentBuild] = {
        var table: [String: EnvironmentBuild] = [:]
        func add(_ names: [String], _ build: @escaping EnvironmentBuild) {
            for name in names {
                let previous = table.updateValue(build, forKey: name)
                assert(previous == nil, "environment \(name) is defined twice")
            }
        }
        add(["aligned", "split", "alignedat"]) { parser, name in
            let side = name != "split" ? try parser.verticalAlignment() : nil
            if name == "alignedat" { _ = try parser.readRawArgument() }
            let content = try parser.tableRows(name)
            return parser.aligned(Self.table(content, styles: Self.alignStyles(columns: Self.columnCount(content.rows)), display: true, spacing: .aligned), side)
        }
        add(["gathered"]) { parser, name in
            let side = try parser.verticalAlignment()
            return parser.aligned(Self.table(try parser.tableRows(name), styles: ["text-align:center"], display: true, spacing: .aligned), side)
        }
        add(["matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "matrix*", "pmatrix*", "bmatrix*", "Bmatrix*", "vmatrix*", "Vmatrix*"]) { parser, name in
            let align = name.hasSuffix("*") ? (try parser.readRawOptional()).map(Self.alignment) ?? "center" : "center"
            var table = Self.table(try parser.tableRows(name), styles: ["text-align:\(align)"], display: false, spacing: name == "smallmatrix" ? .small : .matrix)
            if name == "smallmatrix" { table.setAttribute("scriptlevel", "1") }
            let fences: [String: (String, String)] = [
                "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"), "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"),
            ]
            guard let (open, close) = fences[String(name.prefix { $0 != "*" })] else { return table }
            let size = ExtentEstimate(table, style: parser.style).delimiterSize
            return MathElement("mrow", children: [Self.stretchy(open, size: size), table, Self.stretchy(close, size: size)])
        }
        add(["cases", "dcases", "rcases", "cases*"]) { parser, name in
            let table = Self.table(try parser.tableRows(name), styles: ["text-align:left", "text-align:left;padding-left:1em"], display: name == "dcases", spacing: .cases)
            let size = ExtentEstimate(table, style: parser.style).delimiterSize
            return MathElement("mrow", children: name == "rcases" ? [table, Self.stretchy("}", size: size)] : [Self.stretchy("{", size: size), table])
        }
        add(["array", "subarray", "darray"]) { parser, name in
            let side = name == "array" ? try parser.verticalAlignment() : nil
            guard let template = ArrayTemplate(try parser.readRawArgument()) else {
                throw parser.error("the column spec of \\begin{\(name)} reads more than \(ArrayTemplate.maximumLength) characters with its repetitions", command: "\\begin{\(name)}")
            }
            let styles = template.columns.map(\.style)
            let content = try parser.tableRows(name, template: template.columns)
            var table = Self.table(content, styles: styles.isEmpty ? ["text-align:center"] : styles, display: name == "darray", spacing: name == "subarray" ? .small : .array)
            if name == "subarray" { table.setAttribute("scriptlevel", "1") }
            return parser.aligned(table, side)
        }
        add(["math", "displaymath", "indentalign"]) { parser, name in
            // MathJax's `indentalign` sets how broken lines indent: only its content shows here.
            if name == "indentalign" {
                while try parser.readRawOptional() != nil {}
                _ = try parser.readRawArgument()
            }
            let content = MathElement.row(try parser.parseExpression([.end]))
            try parser.expectEnd(name)
            return content
        }
        return table
    }()

    private mutating func environment(_ call: inout CommandCall) throws -> MathElement {
        let beginOffset = offset
        call.take(.environment)
        let name = try readRawArgument().trimmingCharacters(in: .whitespaces)
        let wasInside = insideEnvironment
        defer { insideEnvironment = wasInside }
        if Self.numberedEnvironments.contains(name) {
            guard row != nil, numberedBlock == nil, !insideEnvironment else {
                throw TeXError("\\begin{\(name)} must stand alone in a display formula", command: "\\begin{\(name)}", offset: beginOffset)
            }
            // Inside, another numbered environment is as misplaced as in `aligned`.
            insideEnvironment = true
            numberedBlock = try numbered(name)
            return MathElement(Self.blockPlaceholder)
        }
        insideEnvironment = true
        let outerUntaggable = untaggableEnvironment
        defer { untaggableEnvironment = outerUntaggable }
        if ["aligned", "split", "alignedat", "gathered"].contains(name) { untaggableEnvironment = name }
        guard let build = Self.environments[name] else {
            throw TeXError("unknown environment \(name)", command: "\\begin{\(name)}", offset: beginOffset)
        }
        return try build(&self, name)
    }

    /// A table whose rows end at `\\` or `\cr`, in braces after the command.
    private mutating func bracedTable(_ call: inout CommandCall) throws -> MathElement {
        let name = call.name
        try descend()
        defer { depth -= 1 }
        try skipSpaces()
        // `\matrix a`: one token is a one-cell table, as in MathJax. The
        // second column of `\cases` is text, as in plain TeX.
        let rows: [[MathElement]]
        if try peek()?.kind == .beginGroup {
            rows = try bracedRows(&call, cells: true, textFrom: name == "cases" ? 1 : .max)
        } else {
            call.take(.rows)
            rows = [[.row(finish([try parseAtom()]))]]
        }
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

    static let shoveAttribute = "data-shove"

    /// Aligns each row of a `multline` that begins with `\shoveleft` or
    /// `\shoveright`, and takes the mark off.
    static func shoved(_ rows: [[MathElement]]) -> [(cell: MathElement, side: String?)] {
        rows.map { cells in
            let cell = cells.first ?? MathElement("mrow")
            let parts = cell.name == "mrow" ? cell.children : [cell]
            let side = parts.last { $0.attribute(shoveAttribute) != nil }?.attribute(shoveAttribute)
            return (.row(parts.filter { $0.attribute(shoveAttribute) == nil }), side)
        }
    }
}
