/// A macro: `\newcommand`, `\def`, or a site-wide definition from settings.
public struct TeXMacro: Sendable, Hashable {
    /// How many arguments (`#1`…`#9`) it takes.
    public var parameterCount: Int
    /// The first argument's default when it is optional (`\newcommand{\x}[2][a]{…}`).
    var optionalDefault: [TeXToken]?
    var body: [TeXToken]

    /// A macro as MathJax's configuration writes it: `tr: '\operatorname{tr}'`
    /// is `TeXMacro(definition: "\\operatorname{tr}")`, and
    /// `norm: ['\left\Vert #1 \right\Vert', 1]` is the same with `parameterCount: 1`,
    /// and `opt: ['#1_{#2}', 2, 'x']` gives its first argument the default `x`
    /// (`\opt{n}` is `x_{n}`, `\opt[y]{n}` is `y_{n}`).
    public init(definition: String, parameterCount: Int = 0, optionalDefault: String? = nil) {
        self.parameterCount = parameterCount
        self.optionalDefault = optionalDefault.map(TeXLexer.tokens)
        self.body = TeXLexer.tokens(definition)
    }

    init(parameterCount: Int, optionalDefault: [TeXToken]?, body: [TeXToken]) {
        self.parameterCount = parameterCount
        self.optionalDefault = optionalDefault
        self.body = body
    }
}
