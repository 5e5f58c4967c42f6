/// `\tiny` … `\Huge`: size switches.
extension TeXParser {
    /// Each scales the rest of its group, as `\displaystyle` styles it (so
    /// they are style switches, not constructs): MathJax's factors, and
    /// KaTeX's for `\footnotesize`, which MathJax lacks. `mathsize` is in
    /// MathML Core; in em, a size inside another scales it again, as in MathJax.
    static let sizeSwitches: [String: String] = [
        "tiny": "0.5em", "Tiny": "0.6em", "scriptsize": "0.7em", "footnotesize": "0.8em", "small": "0.85em",
        "normalsize": "1em", "large": "1.2em", "Large": "1.44em", "LARGE": "1.73em", "huge": "2.07em", "Huge": "2.49em",
    ]
}
