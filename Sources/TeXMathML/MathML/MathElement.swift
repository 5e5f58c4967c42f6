/// A MathML element: a name, attributes, and either children or text.
struct MathElement: Sendable {
    var name: String
    var attributes: [(name: String, value: String)]
    var children: [MathElement]
    /// The content of a token element (`mi`, `mo`, `mn`, `mtext`).
    var text: String?
    /// For the references `\eqref` and `\ref`, resolved when serialized.
    var reference: Reference?

    struct Reference: Sendable {
        var label: String
        var parenthesized: Bool
    }

    init(_ name: String, _ attributes: [(name: String, value: String)] = [], children: [MathElement] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    init(_ name: String, text: String, _ attributes: [(name: String, value: String)] = []) {
        self.name = name
        self.attributes = attributes
        self.children = []
        self.text = text
    }

    static func reference(_ label: String, parenthesized: Bool) -> MathElement {
        var element = MathElement("mtext")
        element.reference = Reference(label: label, parenthesized: parenthesized)
        return element
    }

    /// An `mrow` around several elements; a single element stands alone.
    static func row(_ elements: [MathElement]) -> MathElement {
        elements.count == 1 ? elements[0] : MathElement("mrow", children: elements)
    }

    /// A table cell aligned as `style` says (`text-align:right;…`). Chromium
    /// aligns MathML cells only by `-webkit-` text-align values (a plain
    /// `center` sets them at the left), Firefox and Safari by `columnalign`,
    /// whose default is the centre, so a cell carries both.
    static func cell(_ children: [MathElement], style: String) -> MathElement {
        for alignment in ["right", "left", "center"] where style.hasPrefix("text-align:\(alignment)") {
            let css = "text-align:-webkit-" + style.dropFirst("text-align:".count)
            let attributes = alignment == "center" ? [("style", css)] : [("columnalign", alignment), ("style", css)]
            return MathElement("mtd", attributes, children: children)
        }
        return MathElement("mtd", [("style", style)], children: children)
    }

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    mutating func setAttribute(_ name: String, _ value: String) {
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            attributes[index].value = value
        } else {
            attributes.append((name, value))
        }
    }

    /// Whether this is an embellished operator of the given text, e.g. a relation.
    var isOperator: Bool { name == "mo" }
}
