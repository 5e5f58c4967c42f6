/// Line breaks outside tables: `\\` and `\newline` in a display formula.
extension TeXParser {
    /// A whole display formula, or an `equation`'s body: each `\\` there
    /// starts a line, and the lines stack centred, a table row each, as
    /// MathJax 2 and 4, KaTeX and Temml show them (LaTeX refuses them,
    /// MathJax 3 runs them together). A style switch goes on into the lines
    /// after its own, being the rest of its group.
    mutating func lines(_ stops: Stops) throws -> [MathElement] {
        let outer = carriedStyle
        carriedStyle = nil
        defer { carriedStyle = outer }
        var lines: [[MathElement]] = []
        while true {
            let style = carriedStyle
            var line = try parseExpression(stops.union(.line))
            let breaks = try isAtLineBreak()
            // A `\\` that ends the formula starts no line, as in tables.
            if line.isEmpty && !breaks && !lines.isEmpty { break }
            if let style { line = [Self.styled(line, style)] }
            lines.append(line)
            guard breaks else { break }
            position += 1
            try skipRowBreakOptions()
        }
        guard lines.count > 1 else { return lines[0] }
        return [Self.table(TableContent(rows: lines.map { [.row($0)] }), styles: ["text-align:center"], display: true)]
    }

    /// Adds a switch that goes on past a line's end to the style of the
    /// lines after it. One `mstyle` holds them all, a later value of an
    /// attribute replacing an earlier one, so a line is not wrapped once
    /// for each switch before it.
    mutating func carry(_ style: StyleSwitch) {
        var carried = carriedStyle ?? ([], nil)
        for attribute in style.attributes {
            carried.attributes.removeAll { $0.name == attribute.name }
            carried.attributes.append(attribute)
        }
        carried.alphabet = style.alphabet ?? carried.alphabet
        carriedStyle = carried
    }

    /// Whether a `\\` or `\newline` is next.
    mutating func isAtLineBreak() throws -> Bool {
        guard let token = try peek() else { return false }
        return token.kind == .command("\\") || token.kind == .command("newline")
    }
}
