/// A formula found in a post's Markdown, kept out of Markdown's reach.
public struct MathSpan: Sendable, Hashable {
    /// How the formula was delimited in the source.
    public enum Delimiter: Sendable, Hashable {
        /// `$…$`
        case dollar
        /// `$$…$$`
        case doubleDollar
        /// `\(…\)`
        case parenthesis
        /// `\[…\]`
        case bracket
        /// A bare `\begin{name}…\end{name}`; `tex` includes the `\begin` and `\end`.
        case environment(String)
        /// A bare `\eqref{…}` or `\ref{…}` in running text; `tex` is the command.
        case reference
    }

    /// The TeX between the delimiters, with container prefixes (a block
    /// quote's `> `, a list item's indentation) removed from continuation lines.
    public var tex: String
    public var isDisplay: Bool
    public var delimiter: Delimiter
    /// 1-based line and column of the opening delimiter in the file.
    public var line: Int
    public var column: Int

    /// The file line and column of the Unicode scalar `offset` scalars into
    /// `tex` (where a TeX error stands). On a continuation line of a block
    /// quote or list item the column leaves out the container's prefix,
    /// which `tex` does not keep.
    func location(at offset: Int) -> (line: Int, column: Int) {
        var line = self.line
        var column = self.column + openingLength
        for scalar in tex.unicodeScalars.prefix(offset) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// How many characters the opening delimiter takes before `tex` starts.
    private var openingLength: Int {
        switch delimiter {
        case .dollar: 1
        case .doubleDollar, .parenthesis, .bracket: 2
        case .environment, .reference: 0
        }
    }
}
