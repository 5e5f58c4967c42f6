/// How TeX spaces a table's columns and rows. MathML Core leaves cell
/// padding to each browser's defaults (Chromium pads a cell 0.4em at each
/// side and 0.5ex above and below, Firefox about half as much), so every
/// cell states its own padding, and every row holds a strut, as TeX's
/// `array` does, to keep its baselines apart.
struct TableSpacing {
    /// Space at each side of a cell, in em of the cell's font: TeX's
    /// `\arraycolsep`, two of them between columns.
    var padding: Double
    /// Whether the first column's left and the last column's right keep
    /// their padding: `array` does, amsmath's matrices take it away.
    var outerPadding: Double?
    /// The strut's height and depth: each row reaches at least this far
    /// above and below its baseline.
    var strutHeight: Double
    var strutDepth: Double

    /// `array`: 5pt at each side, rows on 12pt baselines (`\arraystretch` 1,
    /// the strut 8.5pt high and 3.5pt deep).
    static let array = TableSpacing(padding: 0.5, outerPadding: nil, strutHeight: 0.85, strutDepth: 0.35)
    /// amsmath's `matrix` and its fenced kinds: `array` without the outer padding.
    static let matrix = TableSpacing(padding: 0.5, outerPadding: 0, strutHeight: 0.85, strutDepth: 0.35)
    /// `cases`: columns apart by their own styles (a quad), rows on
    /// `\arraystretch` 1.2.
    static let cases = TableSpacing(padding: 0, outerPadding: nil, strutHeight: 1.02, strutDepth: 0.42)
    /// `aligned` and `gathered`: columns apart by their own styles, rows
    /// `\jot` (3pt) further apart than `array`'s.
    static let aligned = TableSpacing(padding: 0, outerPadding: nil, strutHeight: 1.0, strutDepth: 0.5)
    /// `smallmatrix`, in em of its script-size cells: a `\thickspace` of
    /// the text between columns, a thin space at each side, and rows as
    /// close as amsmath's 6\ex@ baselines (0.52em of the text) and 1.5\ex@ apart where taller.
    static let small = TableSpacing(padding: 0.1984, outerPadding: 0.2381, strutHeight: 0.55, strutDepth: 0.2)

    /// The padding declaration of a cell in `column` of `columns`.
    func declaration(column: Int, of columns: Int) -> String {
        let left = column == 0 ? outerPadding ?? padding : padding
        let right = column == columns - 1 ? outerPadding ?? padding : padding
        return "padding:0 \(Self.css(right)) 0 \(Self.css(left))"
    }

    private static func css(_ length: Double) -> String {
        length == 0 ? "0" : TeXParser.em(length)
    }

    /// The zero-width strut that starts each row, `extra` em deeper (as
    /// TeX's `\\[4pt]` makes a row; a negative one no shallower than the baseline).
    func strut(below extra: Double) -> MathElement {
        MathElement("mspace", [("height", TeXParser.em(strutHeight)), ("depth", TeXParser.em(max(0, strutDepth + extra)))])
    }
}
