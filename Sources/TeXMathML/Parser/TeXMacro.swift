/// A macro: `\newcommand`, `\def`, or a site-wide definition from settings.
public struct TeXMacro: Sendable, Hashable {
    /// How many arguments (`#1`…`#9`) it takes.
    public var parameterCount: Int
    /// The first argument's default when it is optional (`\newcommand{\x}[2][a]{…}`).
    var optionalDefault: [TeXToken]?
    var body: [TeXToken]

    /// A macro as MathJax's configuration writes it: `tr: '\operatorname{tr}'`
    /// is `TeXMacro(definition: "\\operatorname{tr}")`, and
    /// `norm: ['\left\Vert #1 \right\Vert', 1]` is the same with `parameterCount: 1`.
    public init(definition: String, parameterCount: Int = 0) {
        self.parameterCount = parameterCount
        self.body = TeXLexer.tokens(definition)
    }

    init(parameterCount: Int, optionalDefault: [TeXToken]?, body: [TeXToken]) {
        self.parameterCount = parameterCount
        self.optionalDefault = optionalDefault
        self.body = body
    }
}
