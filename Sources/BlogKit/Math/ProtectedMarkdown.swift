/// A post body with every formula replaced by a `MathToken`, and the formulas.
public struct ProtectedMarkdown: Sendable {
    /// The Markdown to give cmark.
    public var markdown: String
    /// The formulas, in document order; token `i` stands for `spans[i]`.
    public var spans: [MathSpan]
    /// Delimiters opened and never closed, left in the text as written.
    public var warnings: [BuildError]
}
