/// Converts TeX formulas to MathML Core, which Chromium, Firefox and Safari
/// render natively: `<math display="block|inline">` with `<semantics>` and
/// the TeX source in `<annotation encoding="application/x-tex">`.
///
/// ```swift
/// let converter = TeXMathML(macros: ["R": TeXMacro(definition: "\\mathbb{R}")])
/// let mathML = try converter.convert("x\\in\\R^n", display: false)
/// ```
///
/// For a document with numbered equations and `\eqref`, use `MathDocument`.
public struct TeXMathML: Sendable {
    /// Macros every formula sees, as MathJax's `macros` setting gives them.
    public var macros: [String: TeXMacro]

    /// The environments that number equations (`equation`, `align`, …,
    /// starred too): each stands alone as a display formula, and a post may
    /// write one bare, outside `$$`, as MathJax's `processEnvironments` allows.
    public static var displayEnvironments: Set<String> { TeXParser.numberedEnvironments }

    public init(macros: [String: TeXMacro] = [:]) {
        self.macros = macros
    }

    /// One formula on its own: its equations are numbered from 1, and a
    /// reference to a label outside it shows "???", as MathJax does.
    public func convert(_ tex: String, display: Bool) throws -> String {
        var document = MathDocument(converter: self)
        let index = try document.add(tex, display: display)
        return document.mathML(index).mathML
    }
}
