/// The extensible arrows, `\xrightarrow[below]{above}` and friends: relations
/// that stretch to their labels.
extension TeXParser {
    static let arrowCommands: [Command] = [
        ("xrightarrow", "→"), ("xleftarrow", "←"), ("xRightarrow", "⇒"), ("xLeftarrow", "⇐"), ("xleftrightarrow", "↔"),
        ("xLeftrightarrow", "⇔"), ("xmapsto", "↦"), ("xhookrightarrow", "↪"), ("xhookleftarrow", "↩"), ("xlongequal", "="),
    ].map { name, arrow in
        Command([name], [.optionalMath, .math]) { parser, call in
            Atom(base: try parser.extensibleArrow(arrow, &call), texClass: .rel)
        }
    }

    private mutating func extensibleArrow(_ text: String, _ call: inout CommandCall) throws -> MathElement {
        let outer = style
        style = outer.script
        let below = try optionalMathArgument(&call)
        let above = try mathArgument(&call)
        style = outer
        let arrow = MathElement("mo", text: text, [("stretchy", "true"), ("minsize", "1.75em")])
        // 0.3em beside the label, so the arrow reaches past it: spaces, as
        // MathML Core's `mpadded` cannot add to its content's width.
        func padded(_ element: MathElement) -> MathElement {
            .row([Self.space("0.3em"), element, Self.space("0.3em")])
        }
        if let below {
            return MathElement("munderover", children: [arrow, padded(below), padded(above)])
        }
        return MathElement("mover", children: [arrow, padded(above)])
    }
}
