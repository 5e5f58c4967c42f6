/// Writes formulas the way pandoc does for MathJax: `<span class="math
/// inline">\(…\)</span>` and `<span class="math display">\[…\]</span>`, the
/// TeX HTML-escaped. A bare environment is written as it stands (MathJax
/// rejects an `equation` inside `\[ \]`).
struct MathJaxRenderer: Sendable {
    func html(for span: MathSpan) -> String {
        let tex = HTMLEscaping.escape(span.tex)
        switch span.delimiter {
        case .environment:
            return "<span class=\"math display\">\(tex)</span>"
        case .reference:
            return "<span class=\"math inline\">\\(\(tex)\\)</span>"
        default:
            return span.isDisplay
                ? "<span class=\"math display\">\\[\(tex)\\]</span>"
                : "<span class=\"math inline\">\\(\(tex)\\)</span>"
        }
    }
}
