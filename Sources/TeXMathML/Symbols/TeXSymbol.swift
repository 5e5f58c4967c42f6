/// What a TeX command or character stands for, and how it takes part in a
/// formula, which decides its MathML element and the spacing around it.
struct TeXSymbol: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A variable-like symbol, `<mi>`: Latin and lowercase Greek letters
        /// (italic when a single character), `\ell`, `\hbar`, `\infty`.
        case identifier
        /// An upright identifier, `<mi mathvariant="normal">`: uppercase Greek
        /// (`\Gamma`), `\partial`, `\nabla`, `\emptyset`, `\forall`, `\exists`…
        case upright
        /// A relation, `<mo>`: `=`, `\leq`, `\in`, `\sim`, arrows, negated relations.
        case relation
        /// A binary operator, `<mo>`: `+`, `\times`, `\cdot`, `\otimes`, `\cup`.
        case binary
        /// An opening fence, `<mo>`: `(`, `[`, `\{`, `\langle`, `\lfloor`.
        case open
        /// A closing fence, `<mo>`: `)`, `]`, `\}`, `\rangle`, `\rfloor`.
        case close
        /// A fence that is both (`|`, `\vert`, `\Vert`, `\|`), `<mo>`.
        case fence
        /// Punctuation, `<mo>`: `,`, `;`, `\colon`.
        case punctuation
        /// Three dots in a row, `\ldots` (…) or `\cdots` (⋯): TeX's inner
        /// atom of three punctuation dots (see `TeXParser.dots`).
        case dots
        /// Any other operator-like symbol, `<mo>`: `\vdots`, `\prime`, `\neg`, `!`.
        case ordinaryOperator
        /// A big operator, `<mo>`: `\sum`, `\prod`, `\bigcup` take limits above
        /// and below in display style (`limits: true`); integrals do not.
        case largeOperator(limits: Bool)
        /// A named function written upright, `<mi>`: `\sin`, `\log` (no
        /// limits) and `\lim`, `\max`, `\det` (limits below in display style).
        case function(limits: Bool)
    }

    /// The Unicode text (`"α"`, `"≤"`, `"sin"`, `"∑"`).
    var text: String
    var kind: Kind
}

/// An accent command such as `\hat` or `\overline`.
struct TeXAccent: Sendable, Hashable {
    /// The accent character (`"^"` U+005E for `\hat`, `"‾"` U+203E for `\overline`…).
    var text: String
    /// Whether it stretches over its base (`\widehat`, `\overline`, `\overrightarrow`).
    var stretchy: Bool
    /// Under the base (`\underline`, `\underbrace`) rather than over it.
    var isUnder: Bool
    /// CSS for the mark, where its characters need it.
    var style: String?

    /// Whether the mark is a rule across the base (`\overline`,
    /// `\underline`): Chromium stretches no font's ‾ (nor ¯, ―), so the
    /// rule is drawn as a border instead, as Temml draws it.
    var isRule: Bool { stretchy && text == TeXAccent.rule }

    static let rule = "‾"
}
