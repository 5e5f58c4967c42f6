import Foundation

/// The text a reader sees in a piece of HTML, on one line: tags dropped,
/// entities decoded, runs of white space made one space. For summaries
/// shown where no markup is (a page's description, link previews).
enum HTMLText {
    static func plain(_ html: String) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(html.utf8.count)
        var bytes = html.utf8[...]
        var pendingSpace = false
        func append(_ piece: some Sequence<UInt8>) {
            if pendingSpace && !text.isEmpty { text.append(UInt8(ascii: " ")) }
            pendingSpace = false
            text += piece
        }
        while let byte = bytes.first {
            switch byte {
            case UInt8(ascii: "<"):
                // A tag, up to its `>` outside quotes; a tag that ends a
                // block or a line separates words.
                var end = tagEnd(in: bytes)
                let name = bytes[bytes.index(after: bytes.startIndex)..<end].prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ">") }
                if Self.separating.contains(String(decoding: name.filter { $0 != UInt8(ascii: "/") }, as: UTF8.self).lowercased()) {
                    pendingSpace = true
                }
                // Decoration hidden from screen readers (a heading's `#`
                // anchor) is not text either.
                if Self.isHidden(bytes[..<end]) {
                    end = closingTagEnd(of: Array(name), in: bytes[end...])
                }
                bytes = end < bytes.endIndex ? bytes[bytes.index(after: end)...] : bytes[bytes.endIndex...]
            case UInt8(ascii: "&"):
                let entity = bytes.prefix(12).prefix { $0 != UInt8(ascii: ";") }
                if entity.count < bytes.prefix(12).count, let decoded = Self.decode(String(decoding: entity.dropFirst(), as: UTF8.self)) {
                    append(decoded.utf8)
                    bytes = bytes.dropFirst(entity.count + 1)
                } else {
                    append(CollectionOfOne(byte))
                    bytes = bytes.dropFirst()
                }
            case 9, 10, 13, 32:
                pendingSpace = true
                bytes = bytes.dropFirst()
            default:
                append(CollectionOfOne(byte))
                bytes = bytes.dropFirst()
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `html` with its `<a>` tags dropped and what they hold kept, for
    /// markup shown inside a link of its own.
    static func removingLinks(from html: String) -> String {
        guard html.contains("<a") || html.contains("<A") else { return html }
        var kept: [UInt8] = []
        var bytes = html.utf8[...]
        while let start = bytes.firstIndex(of: UInt8(ascii: "<")) {
            kept += bytes[..<start]
            let end = tagEnd(in: bytes[start...])
            let name = bytes[bytes.index(after: start)..<end].prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ">") && $0 != 9 && $0 != 10 }
            if !(name.elementsEqual("a".utf8) || name.elementsEqual("A".utf8) || name.elementsEqual("/a".utf8) || name.elementsEqual("/A".utf8)) {
                kept += bytes[start..<min(bytes.index(after: end), bytes.endIndex)]
            }
            bytes = end < bytes.endIndex ? bytes[bytes.index(after: end)...] : bytes[bytes.endIndex...]
        }
        kept += bytes
        return String(decoding: kept, as: UTF8.self)
    }

    /// At most `limit` characters of `text`, cut with "…" when longer.
    static func prefix(_ text: String, characters limit: Int) -> String {
        guard text.count > limit else { return text }
        return text.prefix(limit - 1).trimmingCharacters(in: .whitespaces) + "…"
    }

    private static let hiddenAttribute = Array(" aria-hidden=\"true\"".utf8)

    private static func isHidden(_ tag: Substring.UTF8View) -> Bool {
        tag.count > hiddenAttribute.count && tag.last != UInt8(ascii: "/") && tag.indices.contains { tag[$0...].starts(with: hiddenAttribute) }
    }

    /// Where the element whose opening tag `name` ends just before `rest`
    /// closes: the `>` of its `</name>`, elements of the same name inside
    /// counted; the end of `rest` if it never closes.
    private static func closingTagEnd(of name: [UInt8], in rest: Substring.UTF8View) -> String.Index {
        var depth = 1
        var bytes = rest
        while let start = bytes.firstIndex(of: UInt8(ascii: "<")) {
            let end = tagEnd(in: bytes[start...])
            let tag = bytes[bytes.index(after: start)..<end]
            let isClosing = tag.first == UInt8(ascii: "/")
            let tagName = (isClosing ? tag.dropFirst() : tag).prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/") }
            if tagName.elementsEqual(name) {
                depth += isClosing ? -1 : (tag.last == UInt8(ascii: "/") ? 0 : 1)
                if depth == 0 { return end }
            }
            guard end < bytes.endIndex else { return end }
            bytes = bytes[bytes.index(after: end)...]
        }
        return rest.endIndex
    }

    private static let separating: Set<String> = ["p", "br", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "blockquote", "pre"]

    /// Where the tag starting `bytes` ends: its `>` outside quotes, or the end.
    private static func tagEnd(in bytes: Substring.UTF8View) -> String.Index {
        var quote: UInt8?
        var end = bytes.index(after: bytes.startIndex)
        while end < bytes.endIndex, quote != nil || bytes[end] != UInt8(ascii: ">") {
            if bytes[end] == UInt8(ascii: "\"") || bytes[end] == UInt8(ascii: "'") {
                quote = quote == nil ? bytes[end] : (quote == bytes[end] ? nil : quote)
            }
            end = bytes.index(after: end)
        }
        return end
    }

    private static func decode(_ entity: String) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            let number = entity.hasPrefix("#x") || entity.hasPrefix("#X") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
            return number.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
