/// Serializes MathElements as MathML text, resolving equation references.
struct MathMLWriter {
    /// What a label refers to: the tag to show and the fragment to link to.
    var resolve: (String) -> (tag: String, anchor: String)?
    /// Labels referred to that `resolve` did not know.
    private(set) var unresolved: [String] = []
    private(set) var output = ""

    init(resolve: @escaping (String) -> (tag: String, anchor: String)?) {
        self.resolve = resolve
        output.reserveCapacity(512)
    }

    mutating func write(_ element: MathElement) {
        if let reference = element.reference {
            writeReference(reference)
            return
        }
        output += "<"
        output += element.name
        for attribute in element.attributes {
            output += " "
            output += attribute.name
            output += "=\""
            Self.escape(attribute.value, into: &output)
            output += "\""
        }
        output += ">"
        if let text = element.text {
            Self.escape(text, into: &output)
        } else {
            for child in element.children {
                write(child)
            }
        }
        output += "</"
        output += element.name
        output += ">"
    }

    mutating func writeRaw(_ text: String) {
        output += text
    }

    /// `\eqref` shows "(1)", `\ref` "1", as a link to the equation. HTML
    /// parsers treat `mtext` as a text integration point, so the `a` inside
    /// is an ordinary HTML link.
    private mutating func writeReference(_ reference: MathElement.Reference) {
        guard let target = resolve(reference.label) else {
            unresolved.append(reference.label)
            output += "<mtext>???</mtext>"
            return
        }
        let shown = reference.parenthesized ? "(\(target.tag))" : target.tag
        output += "<mtext><a href=\"#"
        Self.escape(target.anchor, into: &output)
        output += "\">"
        Self.escape(shown, into: &output)
        output += "</a></mtext>"
    }

    static func escape(_ text: String, into output: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
