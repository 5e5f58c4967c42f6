import TeXMathML

/// Renders the formulas of one post and puts them back into the HTML cmark
/// rendered, in place of their tokens.
///
/// In `mathml` mode all formulas of the post go through one `MathDocument`
/// in document order, so equation numbers and `\eqref` are resolved at build
/// time; a formula the converter cannot handle falls back to MathJax alone.
struct MathRestorer: Sendable {
    var settings = MathSettings()
    /// Formulas converted once for every post of a build (same settings, so
    /// the same macros).
    let memo = FormulaMemo()

    /// Every formula of a post, rendered once, for its body and its excerpt.
    struct Prepared: Sendable {
        var spans: [MathSpan] = []
        /// The HTML standing for each span.
        var html: [String] = []
        /// Whether a span needs MathJax in the browser.
        var needsMathJax: [Bool] = []
    }

    /// The formulas of a post, and what went wrong typesetting them.
    struct Preparation: Sendable {
        var groups: [Prepared]
        /// Formulas that fell back to MathJax.
        var warnings: [BuildError] = []
        /// Unknown and duplicate labels.
        var errors: [BuildError] = []
    }

    /// - Parameter groups: the spans of the body, then of other Markdown of
    ///   the post (a front matter excerpt), each group indexed from 0.
    func prepare(_ groups: [[MathSpan]], path: String) -> Preparation {
        switch settings.mode {
        case .mathjax:
            let renderer = MathJaxRenderer()
            return Preparation(groups: groups.map { spans in
                Prepared(spans: spans, html: spans.map(renderer.html), needsMathJax: spans.map { _ in true })
            })
        case .mathml:
            return typeset(groups, path: path)
        }
    }

    /// Replaces tokens with their formulas.
    /// - Returns: the HTML, and whether it needs MathJax.
    func restore(_ html: String, _ prepared: Prepared) -> (html: String, needsMathJax: Bool) {
        guard !prepared.spans.isEmpty, html.contains(MathToken.open) else { return (html, false) }
        var needsMathJax = false
        let restored = MathToken.replaceTokens(in: html) { index, insideTag in
            guard prepared.spans.indices.contains(index) else { return "" }
            // In an attribute (an image's alt text) only text may stand.
            if insideTag { return HTMLEscaping.escape(Self.source(of: prepared.spans[index])) }
            needsMathJax = needsMathJax || prepared.needsMathJax[index]
            return prepared.html[index]
        }
        return (restored, needsMathJax)
    }

    /// Headings keep their formulas as TeX source in their plain text.
    func restorePlainText(_ text: String, spans: [MathSpan]) -> String {
        guard text.contains(MathToken.open) else { return text }
        return MathToken.replaceTokens(in: text) { index, _ in spans.indices.contains(index) ? Self.source(of: spans[index]) : "" }
    }

    /// The formula with the delimiters it was written with.
    static func source(of span: MathSpan) -> String {
        switch span.delimiter {
        case .dollar: "$\(span.tex)$"
        case .doubleDollar: "$$\(span.tex)$$"
        case .parenthesis: "\\(\(span.tex)\\)"
        case .bracket: "\\[\(span.tex)\\]"
        case .environment, .reference: span.tex
        }
    }
}

extension MathRestorer {
    private func typeset(_ groups: [[MathSpan]], path: String) -> Preparation {
        var document = MathDocument(converter: TeXMathML(macros: settings.macros), memo: memo)
        var results = groups.map { Prepared(spans: $0, html: Array(repeating: "", count: $0.count), needsMathJax: Array(repeating: false, count: $0.count)) }
        var warnings: [BuildError] = []
        var errors: [BuildError] = []
        let fallback = MathJaxRenderer()
        // Formula index in the document, per group and span; nil for a
        // reference in running text.
        var indexes = groups.map { Array(repeating: Int?.none, count: $0.count) }
        var spanOfFormula: [(group: Int, span: Int)] = []
        for (group, spans) in groups.enumerated() {
            for (position, span) in spans.enumerated() where span.delimiter != .reference {
                do {
                    indexes[group][position] = try document.add(span.tex, display: span.isDisplay)
                } catch {
                    // It keeps its numbers and labels: only the typesetting is MathJax's.
                    indexes[group][position] = document.addFallback(span.tex, display: span.isDisplay)
                    results[group].needsMathJax[position] = true
                    warnings.append(fallbackWarning(error, at: span, path: path))
                }
                spanOfFormula.append((group, position))
            }
        }
        for duplicate in document.duplicateLabels {
            let (group, position) = spanOfFormula[duplicate.formula]
            let span = groups[group][position]
            errors.append(
                BuildError(
                    path: path, line: span.line, column: span.column,
                    message: "label '\(duplicate.label)' is defined twice in this post",
                    hint: "give each \\label its own name"))
        }
        for (group, spans) in groups.enumerated() {
            for (position, span) in spans.enumerated() {
                guard let index = indexes[group][position] else {
                    results[group].html[position] = reference(span, in: document, path: path, errors: &errors)
                    continue
                }
                let unresolved: [String]
                if results[group].needsMathJax[position] {
                    let (tex, anchors, references) = document.fallback(index)
                    var numbered = span
                    numbered.tex = tex
                    results[group].html[position] = anchors.map { "<span id=\"\(HTMLEscaping.escape($0))\"></span>" }.joined() + fallback.html(for: numbered)
                    unresolved = references
                } else {
                    let (mathML, references) = document.mathML(index)
                    // Firefox scrolls no `<math>`: the span around a display formula is what
                    // scrolls when it is wider than the page, as around a MathJax one, and
                    // the width the theme gives a numbered one in Firefox.
                    results[group].html[position] = span.isDisplay ? "<span class=\"math display\">\(mathML)</span>" : mathML
                    unresolved = references
                }
                errors += unresolved.map { unknownLabel($0, at: span, path: path) }
            }
        }
        return Preparation(groups: results, warnings: warnings, errors: errors)
    }

    /// `\eqref{…}` or `\ref{…}` in running text: a link to the equation.
    private func reference(_ span: MathSpan, in document: MathDocument, path: String, errors: inout [BuildError]) -> String {
        let parenthesized = span.tex.hasPrefix("\\eqref")
        guard let open = span.tex.firstIndex(of: "{") else { return HTMLEscaping.escape(span.tex) }
        let label = String(span.tex[span.tex.index(after: open)...].dropLast())
        guard let equation = document.reference(label) else {
            errors.append(unknownLabel(label, at: span, path: path))
            return HTMLEscaping.escape(span.tex)
        }
        return equation.link(parenthesized: parenthesized)
    }

    /// At the command or place in the formula the converter stopped at.
    private func fallbackWarning(_ error: Error, at span: MathSpan, path: String) -> BuildError {
        let texError = error as? TeXError ?? TeXError("\(error)")
        let culprit = texError.command.map { texError.message.contains($0) ? "" : " (\($0))" } ?? ""
        var hint = "MathJax typesets it in the browser instead; check the TeX (the README lists what the converter reads)"
        if texError.isUnknownCommand, let command = texError.command {
            let name = command.dropFirst()
            hint = "MathJax typesets it in the browser instead; if \(command) is a macro of this blog, define it in blog.yml: under 'math:' and 'macros:' add the line  \(name): '\\operatorname{\(name)}'  (or its own definition, in MathJax's form: ['definition with #1', 1] for one argument)"
        }
        let (line, column) = span.location(at: texError.offset)
        return BuildError(
            path: path, line: line, column: column, severity: .warning,
            message: "cannot typeset this formula as MathML: \(texError.message)\(culprit)", hint: hint)
    }

    private func unknownLabel(_ label: String, at span: MathSpan, path: String) -> BuildError {
        BuildError(
            path: path, line: span.line, column: span.column, message: "unknown label '\(label)'",
            hint: "add \\label{\(label)} to a numbered equation of this post, or fix the name")
    }
}
