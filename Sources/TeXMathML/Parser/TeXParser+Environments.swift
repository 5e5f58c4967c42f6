/// What environments are made of: their rows and cells, numbered displays, and the
/// MathML tables they become. `Commands/Environments` names the environments.
extension TeXParser {
    /// Environments that number their rows (or the whole) and may only stand
    /// alone at the top of a display formula.
    static let numberedEnvironments: Set = [
        "equation", "equation*", "align", "align*", "flalign", "flalign*", "alignat", "alignat*",
        "gather", "gather*", "multline", "multline*", "eqnarray", "eqnarray*", "xalignat", "xalignat*", "xxalignat",
    ]

    /// Environments whose columns pair up around `&` (`a &= b`).
    static let alignmentEnvironments: Set = [
        "align", "align*", "flalign", "flalign*", "alignat", "alignat*", "xalignat", "xalignat*", "xxalignat",
        "eqnarray", "eqnarray*", "aligned", "alignedat", "split",
    ]

    /// Whether numbered environment `name` numbers no row: a starred one,
    /// or `xxalignat`, which is `xalignat*` under another name.
    static func numbersNoRow(_ name: String) -> Bool {
        name.hasSuffix("*") || name == "xxalignat"
    }

    /// The element a numbered environment leaves in the expression; the
    /// formula itself is in `numberedBlock`.
    static let blockPlaceholder = "#numbered-block"

    /// Rows in braces after `command`, split at `\\` or `\cr`, and where
    /// `cells` allows it their cells at `&`: `\substack{i<n\\j<m}`,
    /// `\matrix{a&b\cr c&d}`. As in an environment, a `\\` before the
    /// closing brace starts no row. Cells from `textFrom` on are text.
    mutating func bracedRows(_ call: inout CommandCall, cells: Bool, textFrom: Int = .max) throws -> [[MathElement]] {
        call.take(.rows)
        let command = call.name
        guard let open = try nextNonSpace(), open.kind == .beginGroup else { throw error("\\\(command) needs {…}", command: "\\\(command)") }
        var rows: [[MathElement]] = []
        var row: [MathElement] = []
        while true {
            let cell = row.count >= textFrom ? [try textCell()] : try parseExpression(cells ? [.group, .alignment, .row] : [.group, .row])
            row.append(.row(cell))
            guard let token = try next() else { throw error("unbalanced braces: a { is never closed") }
            if token.kind == .alignment { continue }
            if token.kind != .endGroup || rows.isEmpty || row.count > 1 || !cell.isEmpty { rows.append(row) }
            if token.kind == .endGroup { return rows }
            row = []
            try skipRowBreakOptions()
        }
    }

    /// Skips what may follow `\\`: a `*` (no page break here) and a
    /// spacing, `[4pt]`, which lines do not take.
    mutating func skipRowBreakOptions() throws {
        _ = try rowBreakSpace()
    }

    /// Reads what may follow `\\`: a `*` (no page break here) and a
    /// spacing, `[4pt]`, in em (0 for none, or one that cannot be read).
    /// MathJax reads them only right after the `\\`: `\\ [a]` starts a
    /// line with a bracket.
    private mutating func rowBreakSpace() throws -> Double {
        if position < tokens.count, tokens[position].kind == .character("*") { position += 1 }
        guard position < tokens.count, tokens[position].kind == .character("["), let text = try readRawOptional() else { return 0 }
        return Self.length(text) ?? 0
    }

    /// The `[t]`, `[c]`, `[m]` or `[b]` of `array`, `aligned` and
    /// `gathered`: `t` or `b`, or nil for the centre. Another bracket is the
    /// table's first cell (MathJax would take it for an alignment and lose it).
    mutating func verticalAlignment() throws -> Character? {
        let start = position
        if let option = (try? readRawOptional())??.trimmingCharacters(in: .whitespaces), ["t", "c", "m", "b"].contains(option) {
            return option == "t" || option == "b" ? option.first : nil
        }
        position = start
        return nil
    }

    /// `table` with its first row's baseline (`t`) or its last row's (`b`)
    /// on the baseline around it. MathML Core centres every table on the
    /// axis and has no `align`, so an `mpadded` moves it by the rows' estimated
    /// heights and gives it the box TeX's would have.
    func aligned(_ table: MathElement, _ side: Character?) -> MathElement {
        let rows = ExtentEstimate.rows(of: table, style: style)
        guard let side, let first = rows.first, let last = rows.last else { return table }
        let total = rows.reduce(0) { $0 + $1.height + $1.depth }
        let height = side == "t" ? first.height : total - last.depth
        // Centred, the table's top is half its height above the axis; a
        // single row of strut height is where `t` or `b` would put it.
        let raise = height - (total / 2 + ExtentEstimate.axis)
        guard abs(raise) >= 0.0005 else { return table }
        return MathElement("mpadded", [("voffset", Self.em(raise)), ("height", Self.em(height)), ("depth", Self.em(total - height))], children: [table])
    }

    /// `equation`, `align` and the other numbered environments.
    mutating func numbered(_ name: String) throws -> NumberedBlock {
        let starred = Self.numbersNoRow(name)
        let base = String(name.prefix { $0 != "*" })
        let outer = row
        defer { row = outer }
        switch base {
        case "equation":
            row = RowNumbering(mode: starred ? .none : .automatic)
            let content = try lines([.end])
            try expectEnd(name)
            return NumberedBlock(rows: [[.row(content)]], numbering: [row!], columnStyles: ["text-align:center"])
        case "multline":
            // One number for the whole (on the last line).
            row = RowNumbering(mode: starred ? .none : .automatic)
            insideMultline = true
            let lines = Self.shoved(try tableRows(name, numbering: nil).rows)
            insideMultline = false
            // The first line to the left, the last to the right, the others
            // centred, unless `\shoveleft` or `\shoveright` says otherwise;
            // the outer lines `\multlinegap` (MathJax's 1em) from the margins,
            // the last one's right margin taken by its number if it has one.
            var styles: [Int: String] = [:]
            for (index, line) in lines.enumerated() {
                let side = line.side ?? (lines.count == 1 ? "center" : index == 0 ? "left" : index == lines.count - 1 ? "right" : "center")
                var style = "text-align:\(side);width:100%"
                if index == 0 { style += ";padding-left:1em" }
                if index == lines.count - 1 { style += row!.mode == .none ? ";padding-right:1em" : ";padding-right:0" }
                if style != Self.multlineStyle { styles[index] = style }
            }
            return NumberedBlock(
                rows: lines.map { [$0.cell] }, numbering: [row!], columnStyles: [Self.multlineStyle], layout: .spread, rowStyles: styles, numberedOnce: true)
        default:
            if ["alignat", "xalignat", "xxalignat"].contains(base) { _ = try readRawArgument() }
            var numbering: [RowNumbering] = []
            let content = try tableRows(name, numbering: RowNumbering(mode: starred ? .none : .automatic), collect: &numbering)
            if base == "flalign" { return Self.flushed(content, numbering: numbering) }
            let rows = content.rows
            let styles: [String]
            switch base {
            case "gather": styles = ["text-align:center"]
            case "eqnarray": styles = ["text-align:right;padding-right:0", "text-align:center;padding:0 0.3em", "text-align:left;padding-left:0"]
            default: styles = Self.alignStyles(columns: Self.columnCount(rows))
            }
            return NumberedBlock(rows: rows, numbering: numbering, columnStyles: styles, spanning: content.spanning)
        }
    }

    /// A line of `multline` between the first and the last: centred in the line.
    private static let multlineStyle = "text-align:center;width:100%"

    /// `flalign`: the first column pair at the left margin, the last at the
    /// right, the others spread evenly between, as MathJax's empty "fit"
    /// columns between pairs do; a lone pair at the left.
    private static func flushed(_ content: TableContent, numbering: [RowNumbering]) -> NumberedBlock {
        let columns = columnCount(content.rows)
        let pairs = (columns + 1) / 2
        let gaps = max(pairs - 1, 1)
        let gapStyle = "width:\(100 / gaps)%;padding:0"
        /// Whether an empty cell follows `column`: the end of a pair (or of a lone last column) but the last pair's.
        let gapAfter = { (column: Int) in (column % 2 == 1 || column == columns - 1) && column / 2 < gaps }
        var styles: [String] = []
        for (column, style) in alignStyles(columns: columns).enumerated() {
            styles.append(style)
            if gapAfter(column) { styles.append(gapStyle) }
        }
        let rows = content.rows.enumerated().map { index, cells in
            guard !content.spanning.contains(index) else { return cells }
            var spread: [MathElement] = []
            for column in 0..<columns {
                spread.append(column < cells.count ? cells[column] : MathElement("mrow"))
                if gapAfter(column) { spread.append(MathElement("mrow")) }
            }
            return spread
        }
        return NumberedBlock(rows: rows, numbering: numbering, columnStyles: styles, layout: .spread, spanning: content.spanning)
    }

    /// Rows of a table, and the rules `\hline` and `\hdashline` draw above
    /// rows, by row (the row count itself: a rule below the last row).
    struct TableContent {
        var rows: [[MathElement]]
        var rules: [Int: String] = [:]
        /// Rows of one cell across every column: `\intertext`.
        var spanning: Set<Int> = []
        /// Space added below a row by the `\\[4pt]` that ends it, in em, by row.
        var rowSpace: [Int: Double] = [:]
    }

    mutating func tableRows(_ name: String, numbering start: RowNumbering? = nil, template: [ArrayTemplate.Column] = []) throws -> TableContent {
        var ignored: [RowNumbering] = []
        return try tableRows(name, numbering: start, template: template, collect: &ignored)
    }

    /// Reads rows of `&`-separated cells up to `\end{name}`, with what
    /// `template` puts in them. With `start`, each row gets its own
    /// numbering, collected in `collect`.
    private mutating func tableRows(
        _ name: String, numbering start: RowNumbering?, template: [ArrayTemplate.Column] = [], collect: inout [RowNumbering]
    ) throws -> TableContent {
        var rows: [[MathElement]] = []
        var rules: [Int: String] = [:]
        var spanning: Set<Int> = []
        var rowSpace: [Int: Double] = [:]
        var cells: [MathElement] = []
        /// How many cells of the row the input holds, the template's aside.
        var ownCells = 0
        if let start { row = start }
        while true {
            if cells.isEmpty {
                // Text between the rows of a numbered environment, on a row of its own without a number.
                if start != nil, let text = try intertext() {
                    spanning.insert(rows.count)
                    rows.append([text])
                    collect.append(RowNumbering(mode: .none))
                }
                while let rule = try skipRule() { rules[rows.count] = rules[rows.count] == nil ? rule : ArrayTemplate.doubleRule }
                try fillMaterialColumns(template, &cells, for: name)
            }
            let column = cells.count < template.count ? template[cells.count] : nil
            if let prefix = column?.prefix, !prefix.isEmpty { try insert(prefix, for: name) }
            if Self.alignmentEnvironments.contains(name) {
                // As amsmath's `{}` at the start of a right-hand column, and as
                // MathJax keeps a relation's space at the end of a cell
                // (`=&\,`), so that the rows' signs line up.
                cellContext = ListContext(before: cells.count % 2 == 1 ? .ord : nil, after: .ord)
            }
            var cell = try parseExpression(.cell)
            let isEmptyCell = cell.isEmpty
            if let suffix = column?.suffix, !suffix.isEmpty { cell.append(try parseInserted(suffix, for: name)) }
            cells.append(.row(cell))
            ownCells += 1
            try fillMaterialColumns(template, &cells, for: name)
            guard let token = try next() else { throw error("\\begin{\(name)} is never ended", command: "\\begin{\(name)}") }
            switch token.kind {
            case .alignment:
                continue
            case .command("end"):
                try expectEndName(name)
                let isEmptyLast = !rows.isEmpty && ownCells == 1 && isEmptyCell
                if !isEmptyLast || (start != nil && (row?.label != nil || row?.mode != start?.mode)) {
                    rows.append(cells)
                    if start != nil, let row { collect.append(row) }
                }
                // Every row is padded to the widest: a few wide rows among many
                // would make the output grow with rows × columns.
                guard rows.count * Self.columnCount(rows) <= Self.maximumTableCells else {
                    throw error("\\begin{\(name)} has more than \(Self.maximumTableCells) cells (rows × columns)", command: "\\begin{\(name)}")
                }
                return TableContent(rows: rows, rules: rules, spanning: spanning, rowSpace: rowSpace)
            default:
                // `\\`, `\newline` or `\cr`, maybe with a spacing like `\\[8pt]`.
                let space = try rowBreakSpace()
                if space != 0 { rowSpace[rows.count] = space }
                rows.append(cells)
                cells = []
                ownCells = 0
                if let start {
                    if let row { collect.append(row) }
                    row = start
                }
            }
        }
    }

    /// The text of an `\intertext{…}` (or mathtools' `\shortintertext`), if one is next.
    private mutating func intertext() throws -> MathElement? {
        try skipSpaces()
        guard let token = try peek(), token.kind == .command("intertext") || token.kind == .command("shortintertext") else { return nil }
        position += 1
        return try text(style: nil)
    }

    /// Consumes a `\hline` or `\hdashline`, if one is next: the border it draws.
    private mutating func skipRule() throws -> String? {
        try skipSpaces()
        guard let token = try peek(), token.kind == .command("hline") || token.kind == .command("hdashline") else { return nil }
        position += 1
        return token.kind == .command("hline") ? ArrayTemplate.solidRule : ArrayTemplate.dashedRule
    }

    /// Appends the cells of the template's `@{…}` and `!{…}` columns that
    /// come next, each the template's TeX read in place.
    private mutating func fillMaterialColumns(_ template: [ArrayTemplate.Column], _ cells: inout [MathElement], for name: String) throws {
        while cells.count < template.count, let material = template[cells.count].material {
            cells.append(try parseInserted(material, for: name))
        }
    }

    /// Puts a template's TeX into the input where the parser stands. It
    /// counts as a macro's body does: a template repeated on every row is
    /// bounded as macros are.
    private mutating func insert(_ material: [TeXToken], for name: String) throws {
        try countExpansion(of: "begin{\(name)}", producing: material.count)
        let offset = self.offset
        tokens.insert(contentsOf: material.map { TeXToken(kind: $0.kind, offset: offset) }, at: position)
    }

    /// A template's TeX, read in place as a group of its own.
    private mutating func parseInserted(_ material: [TeXToken], for name: String) throws -> MathElement {
        try insert([TeXToken(kind: .beginGroup, offset: 0)] + material + [TeXToken(kind: .endGroup, offset: 0)], for: name)
        return try parseArgument()
    }

    mutating func expectEnd(_ name: String) throws {
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

    /// An `mtable`; each cell styled by its column (the last style
    /// repeats), padded and each row strutted as `spacing` says, which
    /// goes before the column's own padding (`@{}`, a quad); a row's strut
    /// reaches deeper by the space its `\\[…]` asks for.
    static func table(_ content: TableContent, styles: [String], display: Bool, spacing: TableSpacing? = nil) -> MathElement {
        let rows = content.rows
        let columns = columnCount(rows)
        let mathRows = rows.enumerated().map { index, cells in
            MathElement("mtr", children: (0..<columns).map { column in
                var style = styles[min(column, styles.count - 1)]
                if let spacing {
                    // After the alignment, which `MathElement.cell` reads first.
                    let alignment = style.prefix { $0 != ";" }
                    style = alignment + ";" + spacing.declaration(column: column, of: columns) + style.dropFirst(alignment.count)
                }
                if let rule = content.rules[index] { style += ";border-top:" + rule }
                if index == rows.count - 1, let rule = content.rules[rows.count] { style += ";border-bottom:" + rule }
                let strut = column == 0 ? spacing.map { [$0.strut(below: content.rowSpace[index] ?? 0)] } ?? [] : []
                return MathElement.cell(strut + (column < cells.count ? [cells[column]] : []), style: style)
            })
        }
        return MathElement("mtable", [("displaystyle", display ? "true" : "false")], children: mathRows)
    }

    /// Cells a table may have, rows × columns.
    static let maximumTableCells = 10_000

    /// A delimiter of `size` (an index into `DelimiterVariants.heights`,
    /// which `ExtentEstimate` chooses as TeX would), or stretched by the
    /// browser when nil: taller than `\Bigg`, or nothing at all.
    static func stretchy(_ text: String, size: Int?) -> MathElement {
        let attributes = [("fence", "true"), ("stretchy", "true"), ("symmetric", "true")]
        guard let size, !text.isEmpty else { return MathElement("mo", text: text, attributes) }
        return DelimiterVariants.sized(text, size: size, attributes)
    }

    static func alignment(_ letter: String) -> String {
        switch letter.trimmingCharacters(in: .whitespaces) {
        case "l": "left"
        case "r": "right"
        default: "center"
        }
    }
}
