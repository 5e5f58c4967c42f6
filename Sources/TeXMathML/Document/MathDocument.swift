/// The formulas of one document (a post), converted in order and numbered
/// by AMS rules: `equation`, `align`, `gather`, `multline` and `eqnarray`
/// rows get (1), (2), … unless starred, `\notag` or `\nonumber`; `\tag{…}`
/// shows its own tag and takes no number; `\label` names a row for `\eqref`
/// and `\ref`. Macros defined in one formula serve the ones after it.
///
/// Add every formula first, then ask for MathML: references may point forward.
public struct MathDocument: Sendable {
    /// A numbered equation a label names.
    public struct Equation: Sendable, Equatable {
        /// As `\ref` shows it: `1`, `★`, `A`.
        public var tag: String
        /// The id of its row, to link to (`eqn-` and the label).
        public var anchor: String

        /// What a reference to it shows: `(1)` for `\eqref`, `1` for `\ref`.
        public func shown(parenthesized: Bool) -> String {
            parenthesized ? "(\(tag))" : tag
        }

        /// A reference to it as a link, `<a class="eqref" href="#eqn-a">(1)</a>`:
        /// the one place a reference becomes HTML, in running text and, inside
        /// `mtext`, in MathML alike.
        public func link(parenthesized: Bool) -> String {
            var bytes = Array("<a class=\"eqref\" href=\"#".utf8)
            MathMLWriter.escape(anchor, into: &bytes)
            bytes += "\">".utf8
            MathMLWriter.escape(shown(parenthesized: parenthesized), into: &bytes)
            bytes += "</a>".utf8
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// A label given twice: the second use is an error for the writer.
    public struct DuplicateLabel: Sendable, Equatable {
        public var label: String
        public var formula: Int
        /// Offset in Unicode scalars of the second `\label` in its formula.
        public var offset: Int
    }

    public private(set) var labels: [String: Equation] = [:]
    public private(set) var duplicateLabels: [DuplicateLabel] = []
    private var macros: [String: TeXMacro]
    private var formulas: [Formula] = []
    private var counter = 0
    /// Nil once a formula of the document defined macros: its formulas then
    /// no longer mean what they mean elsewhere.
    private var memo: FormulaMemo?

    /// - Parameter memo: results shared with other documents made with the
    ///   same converter.
    public init(converter: TeXMathML = TeXMathML(), memo: FormulaMemo? = nil) {
        self.macros = converter.macros
        // A site macro that defines macros when used makes formulas depend on
        // what came before them in the post.
        let definesMacros = converter.macros.values.contains { macro in
            macro.body.contains { token in
                // `\DeclareMathOperator*` lexes as one name with its star.
                if case .command(let name) = token.kind { FormulaMemo.definingCommands.contains(name.hasSuffix("*") ? String(name.dropLast()) : name) } else { false }
            }
        }
        self.memo = definesMacros ? nil : memo
    }

    /// Parses a formula and numbers its equations. Throws `TeXError` for TeX
    /// it cannot convert; nothing is numbered then.
    @discardableResult
    public mutating func add(_ tex: String, display: Bool) throws -> Int {
        if FormulaMemo.mayDefineMacros(tex) {
            memo = nil
        } else if let mathML = memo?.mathML(tex, display: display) {
            formulas.append(Formula(tex: tex, display: display, content: .row([]), block: nil, tags: [], anchors: [], memoized: mathML))
            return formulas.count - 1
        }
        var parser = TeXParser(tex, macros: macros, display: display)
        let elements = try parser.parseExpression([])
        let content = elements.filter { !($0.name == "mrow" && $0.children.isEmpty && $0.text == nil && $0.reference == nil) }
        var block: NumberedBlock?
        if var numbered = parser.numberedBlock {
            // Beside the environment may stand what numbers nothing (`\ref`), not inside a group.
            guard let place = content.firstIndex(where: { $0.name == TeXParser.blockPlaceholder }),
                parser.row?.label == nil, parser.row?.mode == RowNumbering.Mode.none
            else {
                throw TeXError("a numbered environment must stand alone at the top of its formula (a \\ref may stand beside it; a \\tag or \\label may not)", command: "\\begin")
            }
            numbered.before = Array(content[..<place])
            numbered.after = Array(content[(place + 1)...])
            block = numbered
        } else if let row = parser.row, row.mode != .none || row.label != nil {
            block = NumberedBlock(rows: [[.row(content)]], numbering: [row], columnStyles: ["text-align:center"])
        }
        let numbered = number(block?.numbering ?? [])
        if let unnumbered = numbered.unnumberedLabels.first {
            throw TeXError("\\label{\(unnumbered.label)} names an equation without a number", command: "\\label{\(unnumbered.label)}", offset: unnumbered.offset)
        }
        // Only a formula that converted changes the document.
        macros = parser.macros
        commit(numbered)
        formulas.append(Formula(tex: tex, display: display, content: .row(content), block: block, tags: numbered.tags, anchors: numbered.anchors, memoized: nil))
        return formulas.count - 1
    }

    /// Numbers a formula that `add` rejected as `add` would have, so that it
    /// keeps its equation numbers and its labels name them: MathJax is to
    /// typeset it, with `fallback(_:)`'s TeX.
    @discardableResult
    public mutating func addFallback(_ tex: String, display: Bool) -> Int {
        let outline = FallbackOutline(tex, display: display)
        let numbered = number(outline.rows.map(\.numbering))
        commit(numbered)
        formulas.append(
            Formula(tex: tex, display: display, content: .row([]), block: nil, tags: numbered.tags, anchors: numbered.anchors, memoized: nil,
                fallback: Fallback(outline: outline, numbers: numbered.numbers)))
        return formulas.count - 1
    }

    /// A formula added with `addFallback`, for MathJax: its TeX with each
    /// number given by `\tag`, labels taken out and references resolved
    /// (as links, with `\href`); the anchors its labels name, which the
    /// page must put before it; and the labels it refers to that no formula
    /// of the document defines.
    public func fallback(_ index: Int) -> (tex: String, anchors: [String], unresolvedLabels: [String]) {
        let formula = formulas[index]
        guard let fallback = formula.fallback else { return (formula.tex, [], []) }
        var unresolved: [String] = []
        let tex = fallback.outline.tex(formula.tex, numbers: fallback.numbers) { reference in
            guard let equation = labels[reference.label] else {
                unresolved.append(reference.label)
                return nil
            }
            return "\\href{#\(equation.anchor)}{\\text{\(equation.shown(parenthesized: reference.parenthesized))}}"
        }
        return (tex, formula.anchors.compactMap { $0 }, unresolved)
    }

    /// What numbering some rows gives, from the document's counter.
    private struct Numbered {
        /// Each row's number as `\ref` shows it (`1`, `★`), and as its tag shows it (`(1)`, `★` for `\tag*`).
        var numbers: [String?] = []
        var tags: [String?] = []
        var anchors: [String?] = []
        var labels: [(label: String, equation: Equation, offset: Int)] = []
        /// Labels on rows without a number: nothing to refer to.
        var unnumberedLabels: [(label: String, offset: Int)] = []
        var counter: Int
    }

    private func number(_ rows: [RowNumbering]) -> Numbered {
        var numbered = Numbered(counter: counter)
        for numbering in rows {
            var tag: String?
            switch numbering.mode {
            case .automatic:
                numbered.counter += 1
                tag = String(numbered.counter)
            case .custom(let text, _):
                tag = text
            case .none:
                tag = nil
            }
            numbered.numbers.append(tag)
            numbered.tags.append(tag.map { numbering.mode == .custom($0, parenthesized: false) ? $0 : "(\($0))" })
            guard let label = numbering.label else {
                numbered.anchors.append(nil)
                continue
            }
            guard let tag else {
                numbered.unnumberedLabels.append((label, numbering.labelOffset))
                numbered.anchors.append(nil)
                continue
            }
            let anchor = "eqn-" + label
            numbered.anchors.append(anchor)
            numbered.labels.append((label, Equation(tag: tag, anchor: anchor), numbering.labelOffset))
        }
        return numbered
    }

    /// Takes the numbers and labels of the formula about to be appended.
    private mutating func commit(_ numbered: Numbered) {
        counter = numbered.counter
        for (label, equation, offset) in numbered.labels {
            if labels[label] != nil {
                duplicateLabels.append(DuplicateLabel(label: label, formula: formulas.count, offset: offset))
            } else {
                labels[label] = equation
            }
        }
    }

    /// The MathML of formula `index`, and the labels it refers to that no
    /// formula of the document defines.
    public func mathML(_ index: Int) -> (mathML: String, unresolvedLabels: [String]) {
        let formula = formulas[index]
        if let memoized = formula.memoized {
            return (memoized, [])
        }
        var writer = MathMLWriter { labels[$0] }
        writer.writeRaw(
            !formula.display ? "<math display=\"inline\"><semantics>"
                : formula.spansLine ? "<math display=\"block\" style=\"width:100%\"><semantics>" : "<math display=\"block\"><semantics>")
        writer.write(formula.body)
        writer.writeRaw("<annotation encoding=\"application/x-tex\">")
        writer.writeText(formula.tex)
        writer.writeRaw("</annotation></semantics></math>")
        if let memo, formula.block == nil, !writer.wroteReferences {
            memo.store(writer.output, tex: formula.tex, display: formula.display)
        }
        return (writer.output, writer.unresolved)
    }

    /// `\eqref{label}` or `\ref{label}` written in running text: the tag to
    /// show and the anchor to link to, if the label is known.
    public func reference(_ label: String) -> Equation? {
        labels[label]
    }
}

extension MathDocument {
    private struct Fallback: Sendable {
        var outline: FallbackOutline
        var numbers: [String?]
    }

    private struct Formula: Sendable {
        var tex: String
        var display: Bool
        var content: MathElement
        var block: NumberedBlock?
        /// The tag each row shows, as displayed: `(1)`, `(★)`, `A`, or nil.
        var tags: [String?]
        var anchors: [String?]
        /// The whole MathML, when another document converted the same TeX.
        var memoized: String?
        /// For a formula MathJax is to typeset: how to give it our numbers.
        var fallback: Fallback?

        /// The element inside `<semantics>`.
        var body: MathElement {
            guard let block else { return content }
            guard block.before.isEmpty && block.after.isEmpty else {
                return MathElement("mrow", children: block.before + [rows(of: block)] + block.after)
            }
            return rows(of: block)
        }

        /// The rows of a numbered environment, with their tags. A numbered or
        /// spread block is a table as wide as the line (Firefox sets it at
        /// its content's width all the same: see the theme's style.css). A
        /// centred block has a cell at the left as wide as the numbers' at
        /// the right, so that the formula stays centred in the line, as TeX
        /// and MathJax centre it.
        private func rows(of block: NumberedBlock) -> MathElement {
            let tagged = tags.contains { $0 != nil }
            let centred = block.layout == .centred
            let columns = max(1, block.rows.map(\.count).max() ?? 1)
            if !tagged && centred && block.rows.count == 1 && columns == 1 {
                return block.rows[0][0]
            }
            var rows: [MathElement] = []
            for (index, cells) in block.rows.enumerated() {
                // Which numbering the row shows, if any: a line of `multline` before the last, none.
                let numbered = block.numberedOnce ? (index == block.rows.count - 1 ? 0 : nil) : index
                var children: [MathElement] = []
                if block.spanning.contains(index) {
                    // `\intertext`: from the left margin (the number's side column too) across the
                    // equations, set off from them as a line of text is. MathML does not wrap it.
                    var cell = MathElement.cell(cells, style: "text-align:left;padding:0.4em 0")
                    cell.setAttribute("columnspan", String(columns + (tagged && centred ? 1 : 0)))
                    children.append(cell)
                } else {
                    if tagged && centred {
                        // The number's invisible copy: table layout shrinks the side cells in
                        // proportion to what each could lose, so they stay equal only if
                        // their contents are.
                        let balance = numbered.flatMap(shownTag).map { [MathElement("mphantom", [("aria-hidden", "true")], children: $0)] } ?? []
                        children.append(MathElement("mtd", [("style", "width:50%;padding:0")], children: balance))
                    }
                    for column in 0..<columns {
                        let style = block.rowStyles[index] ?? block.columnStyles[min(column, block.columnStyles.count - 1)]
                        children.append(.cell(column < cells.count ? [cells[column]] : [], style: style))
                    }
                }
                if tagged, let numbered {
                    var cell = MathElement.cell(shownTag(numbered) ?? [], style: centred ? "text-align:right;width:50%;padding:0" : "text-align:right;padding:0")
                    cell.attributes.insert(("class", "eqno"), at: 0)
                    children.append(cell)
                }
                var row = MathElement("mtr", children: children)
                if let numbered, let anchor = anchors[numbered] {
                    row.setAttribute("id", anchor)
                }
                rows.append(row)
            }
            var attributes: [(name: String, value: String)] = [("displaystyle", "true")]
            if spansLine {
                attributes.append(("style", "width:100%"))
            }
            return MathElement("mtable", attributes, children: rows)
        }

        /// Row `index`'s tag, after a space that keeps it off the formula (in
        /// the cell, not as padding, so that its invisible copy has it too).
        private func shownTag(_ index: Int) -> [MathElement]? {
            tags[index].map { [MathElement("mspace", [("width", "1em")]), MathElement("mtext", text: $0)] }
        }

        /// A numbered formula spans the line, so its tags reach the right
        /// edge; so does a spread one (`multline*`).
        var spansLine: Bool {
            tags.contains { $0 != nil } || block?.layout == .spread
        }
    }
}
