import Foundation

/// The text a reader sees in a piece of HTML, on one line: tags dropped,
/// entities decoded, runs of white space made one space. For summaries
/// shown where no markup is (a page's description, link previews).
enum HTMLText {
    static func plain(_ html: String) -> String {
        var html = html
        return html.withUTF8(plain(bytes:))
    }

    /// `plain` on the bytes, by index, copying runs of text whole: on
    /// `Substring.UTF8View`, a byte at a time through a nested function, it
    /// was a twentieth of a corpus build (the nested function's captures are
    /// checked for exclusive access on every byte).
    private static func plain(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                // A tag, up to its `>` outside quotes; a tag that ends a
                // block or a line separates words.
                var end = tagEnd(in: bytes, from: index)
                var nameEnd = index + 1
                while nameEnd < end && bytes[nameEnd] != UInt8(ascii: " ") { nameEnd += 1 }
                let name = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<nameEnd])
                if isSeparating(name) { pendingSpace = true }
                // Decoration hidden from screen readers (a heading's `#`
                // anchor) is not text either.
                if isHidden(UnsafeBufferPointer(rebasing: bytes[index..<end])) {
                    end = closingTagEnd(of: name, in: bytes, from: end)
                }
                index = min(end + 1, bytes.count)
            case UInt8(ascii: "&"):
                // An entity ends with `;` within its first 12 bytes.
                var semicolon = index + 1
                while semicolon < min(index + 12, bytes.count) && bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
                if semicolon < min(index + 12, bytes.count),
                    let decoded = decode(String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<semicolon]), as: UTF8.self))
                {
                    append(decoded.utf8, to: &text, pendingSpace: &pendingSpace)
                    index = semicolon + 1
                } else {
                    append(CollectionOfOne(UInt8(ascii: "&")), to: &text, pendingSpace: &pendingSpace)
                    index += 1
                }
            case 9, 10, 13, 32:
                pendingSpace = true
                index += 1
            default:
                // The whole run of text up to the next tag, entity or space.
                let start = index
                repeat { index += 1 } while index < bytes.count && !isSpecial(bytes[index])
                append(UnsafeBufferPointer(rebasing: bytes[start..<index]), to: &text, pendingSpace: &pendingSpace)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `html` with its `<a>` tags dropped and what they hold kept, for
    /// markup shown inside a link of its own.
    static func removingLinks(from html: String) -> String {
        guard html.contains("<a") || html.contains("<A") else { return html }
        var html = html
        return html.withUTF8 { bytes in
            var kept: [UInt8] = []
            var index = 0
            while let start = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
                kept += bytes[index..<start]
                let end = tagEnd(in: bytes, from: start)
                let name = bytes[(start + 1)..<end].prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ">") && $0 != 9 && $0 != 10 }
                if !(name.elementsEqual("a".utf8) || name.elementsEqual("A".utf8) || name.elementsEqual("/a".utf8) || name.elementsEqual("/A".utf8)) {
                    kept += bytes[start..<min(end + 1, bytes.count)]
                }
                index = min(end + 1, bytes.count)
            }
            kept += bytes[index...]
            return String(decoding: kept, as: UTF8.self)
        }
    }

    /// At most `limit` characters of `text`, cut with "…" when longer, the
    /// cut part's spaces and tabs at either end left out.
    static func prefix(_ text: String, characters limit: Int) -> String {
        guard text.count > limit else { return text }
        // By hand: `trimmingCharacters` bridges to NSString, which was about
        // a sixth of making the views of the posts in a build after one edit.
        let isBlank = { (character: Character) in character.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator } }
        var cut = text.prefix(limit - 1)
        while let first = cut.first, isBlank(first) { cut.removeFirst() }
        while let last = cut.last, isBlank(last) { cut.removeLast() }
        return String(cut) + "…"
    }

    private static let hiddenAttribute = Array(" aria-hidden=\"true\"".utf8)

    /// `tag` runs from its `<` to just before its `>`.
    private static func isHidden(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tag.count > hiddenAttribute.count, tag.last != UInt8(ascii: "/") else { return false }
        return (0...(tag.count - hiddenAttribute.count)).contains { tag[$0...].starts(with: hiddenAttribute) }
    }

    /// Where the element whose opening tag `name` ends at `start` closes:
    /// the `>` of its `</name>`, elements of the same name inside counted;
    /// the end of `bytes` if it never closes.
    private static func closingTagEnd(of name: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var depth = 1
        var index = start
        while index < bytes.count, let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let end = tagEnd(in: bytes, from: open)
            let tag = bytes[(open + 1)..<end]
            let isClosing = tag.first == UInt8(ascii: "/")
            let tagName = (isClosing ? tag.dropFirst() : tag).prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/") }
            if tagName.elementsEqual(name) {
                depth += isClosing ? -1 : (tag.last == UInt8(ascii: "/") ? 0 : 1)
                if depth == 0 { return end }
            }
            guard end < bytes.count else { return end }
            index = end + 1
        }
        return bytes.count
    }

    /// Appends a piece of text, after the space pending before it.
    @inline(__always)
    private static func append(_ piece: some Collection<UInt8>, to text: inout [UInt8], pendingSpace: inout Bool) {
        if pendingSpace && !text.isEmpty { text.append(UInt8(ascii: " ")) }
        pendingSpace = false
        text += piece
    }

    /// Whether `byte` starts a tag, an entity or white space.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 9 || byte == 10 || byte == 13 || byte == 32
    }

    /// Whether a tag named `name` (as written: `/p`, `BR`) ends a block or a line.
    private static func isSeparating(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        // The longest is `/blockquote`: a longer name is no lookup.
        guard name.count <= 11 else { return false }
        return separating.contains(String(decoding: name.filter { $0 != UInt8(ascii: "/") }, as: UTF8.self).lowercased())
    }

    private static let separating: Set<String> = ["p", "br", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "blockquote", "pre"]

    /// Where the tag whose `<` is at `start` ends: its `>` outside quotes, or the end.
    private static func tagEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var quote: UInt8?
        var end = start + 1
        while end < bytes.count, quote != nil || bytes[end] != UInt8(ascii: ">") {
            if bytes[end] == UInt8(ascii: "\"") || bytes[end] == UInt8(ascii: "'") {
                quote = quote == nil ? bytes[end] : (quote == bytes[end] ? nil : quote)
            }
            end += 1
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
