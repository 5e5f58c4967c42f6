/// How formulas reach the reader, set by `math: mode:` in `blog.yml`.
public enum MathMode: String, Sendable, CaseIterable {
    /// Formulas are typeset at build time as MathML, which browsers render
    /// natively: no JavaScript. A formula the converter cannot handle falls
    /// back to MathJax, for that formula only.
    case mathml
    /// Formulas are left as escaped TeX in pandoc's markup, and pages that
    /// hold math load MathJax, which typesets them in the browser.
    case mathjax
}
