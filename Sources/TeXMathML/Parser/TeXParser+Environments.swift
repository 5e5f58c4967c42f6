/// `\begin{…}…\end{…}`: numbered displays, alignments, matrices, cases.
extension TeXParser {
    /// Environments that number their rows (or the whole) and may only stand
    /// alone at the top of a display formula.
    static let numberedEnvironments: Set = [
        "equation", "equation*", "align", "align*", "flalign", "flalign*", "alignat", "alignat*",
        "gather", "gather*", "multline", "multline*", "eqnarray", "eqnarray*", "xalignat", "xalignat*", "xxalignat",
    ]

    /// The element a numbered environment leaves in the expression; the
    /// formula itself is in `numberedBlock`.
    static let blockPlaceholder = "#numbered-block"

    mutating func environment() throws -> MathElement {
        let beginOffset = offset
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
        switch name {
        case "aligned", "split", "alignedat":
            if name == "alignedat" { _ = try readRawArgument() }
            let content = try tableRows(name)
            return Self.table(content, styles: Self.alignStyles(columns: Self.columnCount(content.rows)), display: true)
        case "gathered":
            return Self.table(try tableRows(name), styles: ["text-align:center"], display: true)
        case "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix",
            "matrix*", "pmatrix*", "bmatrix*", "Bmatrix*", "vmatrix*", "Vmatrix*":
            let align = name.hasSuffix("*") ? (try readRawOptional()).map(Self.alignment) ?? "center" : "center"
            var table = Self.table(try tableRows(name), styles: ["text-align:\(align)"], display: false)
            if name == "smallmatrix" { table.setAttribute("scriptlevel", "1") }
            let fences: [String: (String, String)] = [
                "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"), "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"),
            ]
            guard let (open, close) = fences[String(name.prefix { $0 != "*" })] else { return table }
            return MathElement("mrow", children: [Self.stretchy(open), table, Self.stretchy(close)])
        case "cases", "dcases", "rcases", "cases*":
            let table = Self.table(try tableRows(name), styles: ["text-align:left;padding-left:0", "text-align:left;padding-left:1em"], display: name == "dcases")
            return MathElement("mrow", children: name == "rcases" ? [table, Self.stretchy("}")] : [Self.stretchy("{"), table])
        case "array", "subarray", "darray":
            guard let styles = Self.arrayColumnStyles(try readRawArgument()) else {
                throw error("the column spec of \\begin{\(name)} reads more than \(Self.maximumColumnSpecLength) characters with its repetitions", command: "\\begin{\(name)}")
            }
            var table = Self.table(try tableRows(name), styles: styles.isEmpty ? ["text-align:center"] : styles, display: name == "darray")
            if name == "subarray" { table.setAttribute("scriptlevel", "1") }
            return table
        case "math", "displaymath", "indentalign":
            // MathJax's `indentalign` sets how broken lines indent: only its content shows here.
            if name == "indentalign" {
                while try readRawOptional() != nil {}
                _ = try readRawArgument()
            }
            let content = MathElement.row(try parseExpression([.end]))
            try expectEnd(name)
            return content
        default:
            throw TeXError("unknown environment \(name)", command: "\\begin{\(name)}", offset: beginOffset)
        }
    }

    mutating func substack() throws -> MathElement {
        guard let open = try nextNonSpace(), open.kind == .beginGroup else { throw error("\\substack needs {…}", command: "\\substack") }
        var rows: [[MathElement]] = []
        while true {
            rows.append([.row(try parseExpression([.group, .row]))])
            guard let token = try next() else { throw error("unbalanced braces: a { is never closed") }
            if token.kind == .endGroup { break }
        }
        var table = Self.table(TableContent(rows: rows), styles: ["text-align:center;padding:0"], display: false)
        table.setAttribute("scriptlevel", "1")
        return table
    }

    /// `equation`, `align` and the other numbered environments.
    private mutating func numbered(_ name: String) throws -> NumberedBlock {
        // `xxalignat` is `xalignat*` under another name.
        let starred = name.hasSuffix("*") || name == "xxalignat"
        let base = String(name.prefix { $0 != "*" })
        let outer = row
        defer { row = outer }
        switch base {
        case "equation":
            row = RowNumbering(mode: starred ? .none : .automatic)
            let content = try parseExpression([.end])
            try expectEnd(name)
            return NumberedBlock(rows: [[.row(content)]], numbering: [row!], columnStyles: ["text-align:center"])
        case "multline":
            // One number for the whole: the rows are one cell of the numbered row.
            row = RowNumbering(mode: starred ? .none : .automatic)
            insideMultline = true
            let rows = Self.shoved(try tableRows(name, numbering: nil).rows)
            insideMultline = false
            // The first row to the left, the last to the right, the others
            // centred, unless `\shoveleft` or `\shoveright` says otherwise.
            let cells = rows.enumerated().map { index, row in
                let side = row.side ?? (rows.count == 1 ? "center" : index == 0 ? "left" : index == rows.count - 1 ? "right" : "center")
                return MathElement("mtr", children: [.cell([row.cell], style: "text-align:\(side)")])
            }
            let table = MathElement("mtable", [("displaystyle", "true")], children: cells)
            return NumberedBlock(rows: [[table]], numbering: [row!], columnStyles: ["text-align:center"])
        default:
            if ["alignat", "xalignat", "xxalignat"].contains(base) { _ = try readRawArgument() }
            var numbering: [RowNumbering] = []
            let rows = try tableRows(name, numbering: RowNumbering(mode: starred ? .none : .automatic), collect: &numbering).rows
            let styles: [String]
            switch base {
            case "gather": styles = ["text-align:center"]
            case "eqnarray": styles = ["text-align:right;padding-right:0", "text-align:center;padding:0 0.3em", "text-align:left;padding-left:0"]
            default: styles = Self.alignStyles(columns: Self.columnCount(rows))
            }
            return NumberedBlock(rows: rows, numbering: numbering, columnStyles: styles)
        }
    }

    /// Rows of a table, and which have a `\hline` above them (the row count
    /// itself: a rule below the last row).
    struct TableContent {
        var rows: [[MathElement]]
        var ruled: Set<Int> = []
    }

    private mutating func tableRows(_ name: String, numbering start: RowNumbering? = nil) throws -> TableContent {
        var ignored: [RowNumbering] = []
        return try tableRows(name, numbering: start, collect: &ignored)
    }

    /// Reads rows of `&`-separated cells up to `\end{name}`. With `start`,
    /// each row gets its own numbering, collected in `collect`.
    private mutating func tableRows(_ name: String, numbering start: RowNumbering?, collect: inout [RowNumbering]) throws -> TableContent {
        var rows: [[MathElement]] = []
        var ruled: Set<Int> = []
        var cells: [MathElement] = []
        if let start { row = start }
        while true {
            if cells.isEmpty {
                while try skipRule() { ruled.insert(rows.count) }
            }
            cells.append(.row(try parseExpression(.cell)))
            guard let token = try next() else { throw error("\\begin{\(name)} is never ended", command: "\\begin{\(name)}") }
            switch token.kind {
            case .alignment:
                continue
            case .command("end"):
                try expectEndName(name)
                let isEmptyLast = !rows.isEmpty && cells.count == 1 && cells[0].name == "mrow" && cells[0].children.isEmpty
                if !isEmptyLast || (start != nil && (row?.label != nil || row?.mode != start?.mode)) {
                    rows.append(cells)
                    if start != nil, let row { collect.append(row) }
                }
                // Every row is padded to the widest: a few wide rows among many
                // would make the output grow with rows × columns.
                guard rows.count * Self.columnCount(rows) <= Self.maximumTableCells else {
                    throw error("\\begin{\(name)} has more than \(Self.maximumTableCells) cells (rows × columns)", command: "\\begin{\(name)}")
                }
                return TableContent(rows: rows, ruled: ruled)
            default:
                // `\\` or `\cr`, maybe with a spacing like `\\[8pt]`.
                _ = try readRawOptional()
                rows.append(cells)
                cells = []
                if let start {
                    if let row { collect.append(row) }
                    row = start
                }
            }
        }
    }

    /// Consumes a `\hline` or `\hdashline`, if one is next.
    private mutating func skipRule() throws -> Bool {
        try skipSpaces()
        guard let token = try peek(), token.kind == .command("hline") || token.kind == .command("hdashline") else { return false }
        position += 1
        return true
    }

    private mutating func expectEnd(_ name: String) throws {
        guard let token = try next(), token.kind == .command("end") else { throw error("\\begin{\(name)} is never ended", command: "\\begin{\(name)}") }
        try expectEndName(name)
    }

    private mutating func expectEndName(_ name: String) throws {
        let ended = try readRawArgument().trimmingCharacters(in: .whitespaces)
        guard ended == name else { throw error("\\begin{\(name)} is ended by \\end{\(ended)}", command: "\\end{\(ended)}") }
    }

    /// Right- and left-aligned column pairs, as `align` sets them.
    static func alignStyles(columns: Int) -> [String] {
        (0..<max(columns, 1)).map { column in
            column % 2 == 0
                ? "text-align:right;padding-right:0;padding-left:\(column == 0 ? "0" : "1em")"
                : "text-align:left;padding-left:0;padding-right:0"
        }
    }

    static func columnCount(_ rows: [[MathElement]]) -> Int {
        rows.map(\.count).max() ?? 1
    }

    /// An `mtable`; each cell styled by its column (the last style repeats).
    static func table(_ content: TableContent, styles: [String], display: Bool) -> MathElement {
        let rows = content.rows
        let columns = columnCount(rows)
        let mathRows = rows.enumerated().map { index, cells in
            MathElement("mtr", children: (0..<columns).map { column in
                var style = styles[min(column, styles.count - 1)]
                if content.ruled.contains(index) { style += ";border-top:0.06em solid" }
                if index == rows.count - 1 && content.ruled.contains(rows.count) { style += ";border-bottom:0.06em solid" }
                return MathElement.cell(column < cells.count ? [cells[column]] : [], style: style)
            })
        }
        return MathElement("mtable", [("displaystyle", display ? "true" : "false")], children: mathRows)
    }

    /// Cells a table may have, rows × columns.
    static let maximumTableCells = 10_000

    /// Characters an array's column spec may read, each repetition of a
    /// `*{n}{…}` read again: nested repetitions multiply.
    static let maximumColumnSpecLength = 10_000

    /// The style of each column of an array's spec (`{c|c}`, `{r@{}l}`,
    /// `*{3}{c}`, `{p{3cm}l}`): its alignment, and the rules `|` draws
    /// between columns as borders (MathML Core has no `columnlines`). `||`
    /// draws a double rule; `@{…}`, `!{…}`, `>{…}`, `<{…}` and widths are
    /// skipped. Nil when the spec reads more than `maximumColumnSpecLength`
    /// characters.
    static func arrayColumnStyles(_ spec: String) -> [String]? {
        var styles: [String] = []
        var rules = 0
        // The text being read, innermost repetition last: what is left of
        // it, the body it repeats, and how many times more.
        var frames: [(rest: Substring, body: Substring, repeats: Int)] = [(Substring(spec), "", 0)]
        var budget = maximumColumnSpecLength
        func rule(_ count: Int) -> String {
            count > 1 ? "0.2em double" : "0.06em solid"
        }
        /// The text of the `{…}` group at the start of the innermost text, which it drops.
        func group() -> Substring {
            var rest = frames[frames.count - 1].rest.drop { $0 == " " }
            defer { frames[frames.count - 1].rest = rest }
            guard rest.first == "{" else { return "" }
            var depth = 0
            var end = rest.startIndex
            for index in rest.indices {
                if rest[index] == "{" { depth += 1 } else if rest[index] == "}" { depth -= 1 }
                if depth == 0 { end = index; break }
            }
            let content = rest[rest.index(after: rest.startIndex)..<max(end, rest.index(after: rest.startIndex))]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            return content
        }
        while let frame = frames.last {
            budget -= 1
            guard budget >= 0 else { return nil }
            guard let character = frames[frames.count - 1].rest.popFirst() else {
                if frame.repeats > 0 {
                    frames[frames.count - 1].rest = frame.body
                    frames[frames.count - 1].repeats -= 1
                } else {
                    frames.removeLast()
                }
                continue
            }
            switch character {
            case "|":
                rules += 1
            case "l", "c", "r", "p", "m", "b":
                var style = "text-align:" + (character == "r" ? "right" : character == "c" ? "center" : "left")
                if "pmb".contains(character) { _ = group() }
                if rules > 0 { style += ";border-left:" + rule(rules) }
                rules = 0
                styles.append(style)
            case "@", "!", ">", "<":
                _ = group()
            case "*":
                let count = Int(String(group().filter { $0 != " " })) ?? 1
                let body = group()
                if count > 0 { frames.append((body, body, count - 1)) }
            default:
                break
            }
        }
        if rules > 0, !styles.isEmpty {
            styles[styles.count - 1] += ";border-right:" + rule(rules)
        }
        return styles
    }

    static func stretchy(_ text: String) -> MathElement {
        MathElement("mo", text: text, [("fence", "true"), ("stretchy", "true"), ("symmetric", "true")])
    }

    private static func alignment(_ letter: String) -> String {
        switch letter.trimmingCharacters(in: .whitespaces) {
        case "l": "left"
        case "r": "right"
        default: "center"
        }
    }
}
