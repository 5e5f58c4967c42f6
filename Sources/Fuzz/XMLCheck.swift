/// A cheap well-formedness check of the XML TeXMathML writes, for the fuzz
/// target: tags nest and close, attribute values are quoted, `&` starts an
/// entity, and no character XML forbids appears. On UTF-8 bytes, since a
/// combining mark after `>` makes one Character of both. Traps when it
/// fails, so libFuzzer keeps the input.
enum XMLCheck {
    static func requireWellFormed(_ xml: String) {
        for scalar in xml.unicodeScalars {
            let value = scalar.value
            precondition(value >= 0x20 || value == 9 || value == 10 || value == 13, "control character in \(xml)")
            precondition(value != 0xFFFE && value != 0xFFFF, "noncharacter in \(xml)")
        }
        let bytes = Array(xml.utf8)
        var open: [ArraySlice<UInt8>] = []
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "&"):
                let end = bytes[index...].firstIndex(of: UInt8(ascii: ";")) ?? bytes.count
                let entity = String(decoding: bytes[index..<end], as: UTF8.self)
                precondition(["&amp", "&lt", "&gt", "&quot"].contains(entity), "bad entity in \(xml)")
                index = end + 1
            case UInt8(ascii: "<"):
                var end = index + 1
                var quoted = false
                while end < bytes.count, quoted || bytes[end] != UInt8(ascii: ">") {
                    precondition(quoted || bytes[end] != UInt8(ascii: "<"), "< inside a tag in \(xml)")
                    if bytes[end] == UInt8(ascii: "\"") { quoted.toggle() }
                    end += 1
                }
                precondition(end < bytes.count, "unclosed tag in \(xml)")
                let tag = bytes[(index + 1)..<end]
                if tag.first == UInt8(ascii: "/") {
                    precondition(open.popLast() == tag.dropFirst(), "a closing tag closes the wrong element in \(xml)")
                } else {
                    let name = tag.prefix { $0 != UInt8(ascii: " ") }
                    precondition(!name.isEmpty && name.allSatisfy { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }, "bad element name in \(xml)")
                    open.append(name)
                }
                index = end + 1
            case UInt8(ascii: ">"):
                preconditionFailure("> outside a tag in \(xml)")
            default:
                index += 1
            }
        }
        precondition(open.isEmpty, "unclosed elements in \(xml)")
    }
}
