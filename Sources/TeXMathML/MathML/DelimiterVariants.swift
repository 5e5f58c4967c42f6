/// The sizes TeX draws a delimiter at, and how wide Latin Modern Math's
/// glyph of each size is. A browser told the size (`minsize` = `maxsize`)
/// picks the same glyph in Chromium and Firefox; but Chromium makes a
/// stretchy operator's box as wide as its widest glyph whatever it draws
/// (`\Big(\big(a` shows gaps), so the box gets the drawn glyph's width.
enum DelimiterVariants {
    /// Heights (height plus depth, in em) of the normal glyph and of
    /// `\big`, `\Big`, `\bigg`, `\Bigg`: Computer Modern's, which Latin
    /// Modern Math has within 0.01em (MathJax asks for 1.2, 1.623, 2.047
    /// and 2.47em and gets these from its TeX fonts too).
    static let heights = [1.0, 1.2, 1.8, 2.4, 3.0]

    /// The tallest, `\Bigg`: a delimiter asked to be taller is built from pieces.
    static var largest: Int { heights.count - 1 }

    /// Advance widths in em of the glyph each of `heights` draws: the
    /// first variant in the font's MATH table at least that tall (read
    /// with fontTools from Templates/assets/fonts/latinmodern-math.woff2).
    /// A delimiter missing here keeps its one glyph at every size.
    static let widths: [String: [Double]] = {
        let pairs: [(String, String, [Double])] = [
            ("(", ")", [0.389, 0.458, 0.597, 0.736, 0.875]),
            ("[", "]", [0.278, 0.417, 0.472, 0.528, 0.667]),
            ("{", "}", [0.5, 0.583, 0.667, 0.75, 0.902]),
            ("⟨", "⟩", [0.389, 0.472, 0.611, 0.75, 0.908]),
            ("⌊", "⌋", [0.444, 0.472, 0.528, 0.583, 0.623]),
            ("⌈", "⌉", [0.444, 0.472, 0.528, 0.583, 0.623]),
            ("⟮", "⟯", [0.287, 0.323, 0.432, 0.541, 0.647]),
            ("⟦", "⟧", [0.41, 0.48, 0.66, 0.838, 1.007]),
            ("/", "\\", [0.5, 0.617, 0.964, 1.222, 1.557]),
            ("↑", "↓", [0.5, 0.5, 0.5, 0.5, 0.5]),
            ("⇑", "⇓", [0.611, 0.652, 0.652, 0.652, 0.652]),
        ]
        var widths: [String: [Double]] = ["|": [0.278, 0.278, 0.278, 0.278, 0.278], "‖": [0.398, 0.354, 0.386, 0.396, 0.41]]
        for (open, close, sizes) in pairs {
            widths[open] = sizes
            widths[close] = sizes
        }
        return widths
    }()

    /// The smallest of `heights` that is at least `height`; nil past `\Bigg`.
    static func size(covering height: Double) -> Int? {
        heights.firstIndex { $0 >= height - 0.005 }
    }

    /// An `mo` drawing `text` at `heights[size]`, in a box as wide as its glyph.
    static func sized(_ text: String, size: Int, _ attributes: [(name: String, value: String)]) -> MathElement {
        let height = TeXParser.em(heights[size])
        var mark = MathElement("mo", text: text, attributes + [("minsize", height), ("maxsize", height)])
        if let width = widths[text]?[size] { mark.setAttribute("style", "width:" + TeXParser.em(width)) }
        return mark
    }
}
