/// Serializes MathElements as MathML text, resolving equation references.
struct MathMLWriter {
    /// What a label refers to: the tag to show and the fragment to link to.
    var resolve: (String) -> MathDocument.Equation?
    /// Labels referred to that `resolve` did not know.
    private(set) var unresolved: [String] = []
    /// Whether any `\eqref` or `\ref` was written: the output then depends
    /// on the document's labels.
    private(set) var wroteReferences = false
    /// UTF-8 bytes: appending bytes is cheaper than growing a String piece by piece.
    private var bytes: [UInt8] = []

    init(resolve: @escaping (String) -> MathDocument.Equation?) {
        self.resolve = resolve
        bytes.reserveCapacity(1024)
    }

    var output: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(_ element: borrowing MathElement) {
        if let reference = element.reference {
            writeReference(reference)
            return
        }
        bytes.append(UInt8(ascii: "<"))
        bytes += element.name.utf8
        for attribute in element.attributes {
            bytes.append(UInt8(ascii: " "))
            bytes += attribute.name.utf8
            bytes.append(UInt8(ascii: "="))
            bytes.append(UInt8(ascii: "\""))
            Self.escape(attribute.value, into: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
        if let text = element.text {
            Self.escape(text, into: &bytes)
        } else {
            for index in element.children.indices {
                write(element.children[index])
            }
        }
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        bytes += element.name.utf8
        bytes.append(UInt8(ascii: ">"))
    }

    /// Text, escaped.
    mutating func writeText(_ text: String) {
        Self.escape(text, into: &bytes)
    }

    mutating func writeRaw(_ text: String) {
        bytes += text.utf8
    }

    /// `\eqref` shows "(1)", `\ref` "1", as a link to the equation. HTML
    /// parsers treat `mtext` as a text integration point, so the `a` inside
    /// is an ordinary HTML link.
    private mutating func writeReference(_ reference: MathElement.Reference) {
        wroteReferences = true
        guard let target = resolve(reference.label) else {
            unresolved.append(reference.label)
            writeRaw("<mtext>???</mtext>")
            return
        }
        writeRaw("<mtext>")
        writeRaw(target.link(parenthesized: reference.parenthesized))
        writeRaw("</mtext>")
    }

    /// Text escaped for XML, without the characters XML forbids (C0
    /// controls other than tab, line feed and carriage return; U+FFFE,
    /// U+FFFF): whatever the TeX holds, the output is well-formed.
    static func escape(_ text: String, into output: inout [UInt8]) {
        let bytes = text.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            switch byte {
            case UInt8(ascii: "&"): output += "&amp;".utf8
            case UInt8(ascii: "<"): output += "&lt;".utf8
            case UInt8(ascii: ">"): output += "&gt;".utf8
            case UInt8(ascii: "\""): output += "&quot;".utf8
            case 9, 10, 13: output.append(byte)
            case 0..<0x20: break
            case 0xEF where bytes[index...].starts(with: [0xBF, 0xBE]) || bytes[index...].starts(with: [0xBF, 0xBF]):
                // U+FFFE or U+FFFF: skip its other two bytes.
                index = bytes.index(index, offsetBy: 2)
            default: output.append(byte)
            }
        }
    }
}
