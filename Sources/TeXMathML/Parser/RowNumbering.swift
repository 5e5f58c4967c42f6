/// What a row of a display formula shows at its right.
struct RowNumbering: Sendable {
    enum Mode: Sendable, Equatable {
        /// The next equation number.
        case automatic
        case none
        /// `\tag{★}` shows "(★)"; `\tag*{A}` shows "A".
        case custom(String, parenthesized: Bool)
    }

    var mode: Mode
    var label: String?
    /// Where `\label` stands in the formula, for errors.
    var labelOffset = 0
}

/// A numbered environment (`equation`, `align`, …) standing alone at the top
/// of a display formula: its rows, with their numbering and cell layout.
struct NumberedBlock: Sendable {
    /// How the rows sit in the text column.
    enum Layout: Sendable {
        /// Centred, as TeX centres a display; numbers at the right edge.
        case centred
        /// Across the whole column (`multline`, `flalign`): the cells'
        /// styles place the rows, numbers at the right edge.
        case spread
    }

    var rows: [[MathElement]]
    var numbering: [RowNumbering]
    /// The style of each column's cells (alignment and padding).
    var columnStyles: [String]
    var layout = Layout.centred
    /// The cell style of a row that is not its column's: a line of `multline`.
    var rowStyles: [Int: String] = [:]
    /// The rows are the lines of one equation (`multline`): `numbering` has
    /// one entry, shown on the last line, as amsmath and MathJax show it.
    var numberedOnce = false
    /// Rows of one cell across every column, from the left margin: `\intertext`.
    var spanning: Set<Int> = []
    /// What the formula holds before and after the environment, such as a
    /// `\ref` after `\end{align}`: shown beside the rows, as MathJax does.
    var before: [MathElement] = []
    var after: [MathElement] = []
}

extension TeXParser {
    mutating func label(_ call: inout CommandCall) throws {
        let offset = self.offset
        let name = try rawArgument(&call).trimmingCharacters(in: .whitespaces)
        guard row != nil else { throw error("\\label outside a display formula", command: "\\label") }
        guard row?.label == nil else { throw error("two \\label in one equation", command: "\\label") }
        row?.label = name
        row?.labelOffset = offset
    }

    mutating func tag(_ call: inout CommandCall, parenthesized: Bool) throws {
        guard row != nil else { throw error("\\tag outside a display formula", command: "\\tag") }
        // MathJax's words: the formula then falls back to it and shows them, as the original blog does.
        if let environment = untaggableEnvironment { throw error("\\tag not allowed in \(environment) environment", command: "\\tag") }
        if case .custom = row?.mode { throw error("Multiple \\tag", command: "\\tag") }
        guard let open = try nextNonSpace(), open.kind == .beginGroup else { throw error("\\tag needs {…}", command: "\\tag") }
        position -= 1
        let text = try rawArgument(&call)
        row?.mode = .custom(text, parenthesized: parenthesized)
    }
}
