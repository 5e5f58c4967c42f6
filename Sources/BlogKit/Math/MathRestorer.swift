/// Puts formulas back into the HTML cmark rendered, in place of their tokens.
struct MathRestorer: Sendable {
    var renderer = MathJaxRenderer()

    /// - Returns: the HTML, and whether it holds any formula.
    func restore(_ html: String, spans: [MathSpan]) -> (html: String, hasMath: Bool) {
        guard !spans.isEmpty, html.contains(MathToken.open) else { return (html, false) }
        let restored = MathToken.replaceTokens(in: html) { index, insideTag in
            guard spans.indices.contains(index) else { return "" }
            let span = spans[index]
            // In an attribute (an image's alt text) only text may stand.
            return insideTag ? HTMLEscaping.escape(Self.source(of: span)) : renderer.html(for: span)
        }
        return (restored, true)
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
