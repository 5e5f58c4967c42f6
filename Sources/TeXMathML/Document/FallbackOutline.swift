/// The equation numbering of a formula the parser rejected, read from its
/// tokens alone: its rows and the `\label`, `\tag` and `\notag` of each, and
/// where its text must change for MathJax to show our numbers.
///
/// A formula that falls back to MathJax keeps its place in the document's
/// numbering: MathJax is given each number with `\tag`, the labels are ours
/// (a `\label` is taken out, so MathJax numbers and names nothing itself),
/// and a reference inside it becomes a link to what it names. The reading is
/// lenient, as it must be for TeX the parser could not read: rows split at a
/// `\\` (or `\newline`, `\cr`) outside braces and inner environments; macros
/// are not expanded.
struct FallbackOutline {
    struct Row {
        var numbering: RowNumbering
        /// Where a `\tag` for the row's number goes: its end, in Unicode scalars.
        var end: Int
    }

    /// A `\eqref{…}` or `\ref{…}`, and the scalars it spans.
    struct Reference {
        var label: String
        var parenthesized: Bool
        var range: Range<Int>
    }

    var rows: [Row] = []
    /// The `\label{…}` commands, taken out of the text given to MathJax.
    var labels: [Range<Int>] = []
    var references: [Reference] = []

    private let tokens: [TeXToken]
    private let length: Int

    init(_ tex: String, display: Bool) {
        tokens = TeXLexer.tokens(tex)
        length = tex.unicodeScalars.count
        var start = 0
        var end = tokens.count
        var mode = RowNumbering.Mode.none
        var splitsRows = false
        if display, let (name, bodyStart) = beginning(at: firstNonSpace(from: 0)), TeXParser.numberedEnvironments.contains(name) {
            start = bodyStart
            end = matchingEnd(from: bodyStart)
            mode = TeXParser.numbersNoRow(name) ? .none : .automatic
            splitsRows = !["equation", "equation*", "multline", "multline*"].contains(name)
        }
        var row = RowNumbering(mode: mode)
        var rowHasContent = false
        var index = start
        var braces = 0
        var environments = 0
        while index < end {
            let token = tokens[index]
            index += 1
            if splitsRows && braces == 0 && environments == 0 && [.command("\\"), .command("newline"), .command("cr")].contains(token.kind) {
                rows.append(Row(numbering: row, end: token.offset))
                row = RowNumbering(mode: mode)
                rowHasContent = false
                continue
            }
            switch token.kind {
            case .beginGroup: braces += 1
            case .endGroup: braces -= 1
            case .space: continue
            case .command("begin"): environments += 1
            case .command("end"): environments -= 1
            case .command("label"):
                let (argument, after) = rawArgument(from: index)
                index = after
                if display { row.label = argument.trimmingCharacters(in: .whitespaces) }
                labels.append(token.offset..<offset(at: after))
            case .command("tag"), .command("tag*"):
                let (argument, after) = rawArgument(from: index)
                index = after
                row.mode = .custom(argument, parenthesized: token.kind == .command("tag"))
            case .command("notag"), .command("nonumber"):
                row.mode = .none
            case .command("eqref"), .command("ref"):
                index = readReference(at: index - 1)
            case .command("intertext") where !rowHasContent, .command("shortintertext") where !rowHasContent:
                // Text between rows, on a row of its own without a number.
                index = rawArgument(from: index).1
                continue
            default: break
            }
            rowHasContent = true
        }
        // A `\\` ending the last row starts no row of its own, as in the parser.
        if display && (rowHasContent || rows.isEmpty || row.label != nil || row.mode != mode) {
            rows.append(Row(numbering: row, end: offset(at: end)))
        }
        // After the environment (`\end{align}\ref{a}`) only references count.
        index = end
        while index < tokens.count {
            index = [.command("eqref"), .command("ref")].contains(tokens[index].kind) ? readReference(at: index) : index + 1
        }
    }

    /// Records the `\eqref` or `\ref` at `index`; returns the index after it.
    private mutating func readReference(at index: Int) -> Int {
        let (argument, after) = rawArgument(from: index + 1)
        let label = argument.trimmingCharacters(in: .whitespaces)
        references.append(Reference(label: label, parenthesized: tokens[index].kind == .command("eqref"), range: tokens[index].offset..<offset(at: after)))
        return after
    }

    /// The formula for MathJax: each numbered row given its tag, labels
    /// taken out, references replaced by what `resolve` makes of them
    /// (nil leaves one as written).
    /// - Parameter numbers: the number of each row, as `\ref` shows it.
    func tex(_ tex: String, numbers: [String?], resolve: (Reference) -> String?) -> String {
        var edits: [(range: Range<Int>, text: String)] = labels.map { ($0, "") }
        for (row, number) in zip(rows, numbers) where row.numbering.mode == .automatic {
            if let number { edits.append((row.end..<row.end, "\\tag{\(number)}")) }
        }
        for reference in references {
            if let text = resolve(reference) { edits.append((reference.range, text)) }
        }
        guard !edits.isEmpty else { return tex }
        edits.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        let scalars = Array(tex.unicodeScalars)
        var result = String.UnicodeScalarView()
        var position = 0
        for edit in edits where edit.range.lowerBound >= position {
            result.append(contentsOf: scalars[position..<edit.range.lowerBound])
            result.append(contentsOf: edit.text.unicodeScalars)
            position = edit.range.upperBound
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }

    // MARK: Reading tokens

    private func firstNonSpace(from index: Int) -> Int {
        var index = index
        while index < tokens.count, tokens[index].kind == .space { index += 1 }
        return index
    }

    /// The name of the `\begin{…}` at `index`, and the index after it.
    private func beginning(at index: Int) -> (String, Int)? {
        guard index < tokens.count, tokens[index].kind == .command("begin") else { return nil }
        let (name, after) = rawArgument(from: index + 1)
        return (name.trimmingCharacters(in: .whitespaces), after)
    }

    /// The index of the `\end` closing the environment whose body starts at
    /// `index` (inner environments skipped), or the end of the tokens.
    private func matchingEnd(from index: Int) -> Int {
        var depth = 0
        for position in index..<tokens.count {
            if tokens[position].kind == .command("begin") { depth += 1 }
            if tokens[position].kind == .command("end") {
                if depth == 0 { return position }
                depth -= 1
            }
        }
        return tokens.count
    }

    /// The text of the `{…}` group (or single token) at `index`, and the
    /// index after it; an unclosed group runs to the end.
    private func rawArgument(from index: Int) -> (String, Int) {
        let start = firstNonSpace(from: index)
        guard start < tokens.count else { return ("", start) }
        guard tokens[start].kind == .beginGroup else { return (TeXParser.text(of: [tokens[start]]), start + 1) }
        var depth = 0
        for position in start..<tokens.count {
            if tokens[position].kind == .beginGroup { depth += 1 }
            if tokens[position].kind == .endGroup {
                depth -= 1
                if depth == 0 { return (TeXParser.text(of: Array(tokens[(start + 1)..<position])), position + 1) }
            }
        }
        return (TeXParser.text(of: Array(tokens[(start + 1)...])), tokens.count)
    }

    /// The scalar offset where token `index` starts (the text's end past the last).
    private func offset(at index: Int) -> Int {
        index < tokens.count ? tokens[index].offset : length
    }
}
