/// Walks HTML one visible character or one tag at a time, keeping the stack
/// of open elements and the count of visible characters. It is made for the
/// HTML cmark-gfm writes plus the raw HTML writers put in posts: it tolerates
/// stray `<`, unclosed elements and unknown tags rather than validating.
struct HTMLCursor {
    enum Step {
        case sentenceEnd
        case closingPunctuation
        case blockEnd
        case other
    }

    let bytes: [UInt8]
    var position = 0
    /// Names of the elements open at `position`, outermost first.
    private(set) var openElements: [String] = []
    /// Visible characters passed so far; an entity counts as one.
    private(set) var visibleLength = 0
    private(set) var lastStepWasText = false
    private var atomicDepth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { position >= bytes.count }

    /// Whether a cut here keeps every link, code span, table and footnote
    /// reference whole. (Formulas are tokens while excerpts are cut: one
    /// unbreakable word each.)
    var canCut: Bool { atomicDepth == 0 }

    mutating func step() -> Step {
        lastStepWasText = false
        let byte = bytes[position]
        if byte == UInt8(ascii: "<"), let step = tag() {
            return step
        }
        lastStepWasText = true
        return character()
    }

    /// True if anything but white space, comments and closing tags follows
    /// `position`.
    mutating func restHasContent() -> Bool {
        while !atEnd {
            let byte = bytes[position]
            if [9, 10, 13, 32].contains(byte) {
                position += 1
            } else if byte == UInt8(ascii: "<"), position + 1 < bytes.count,
                [UInt8(ascii: "/"), UInt8(ascii: "!")].contains(bytes[position + 1])
            {
                _ = step()
            } else {
                return true
            }
        }
        return false
    }
}

extension HTMLCursor {
    private static let voidElements: Set = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    /// Elements an excerpt must keep whole.
    private static let atomicElements: Set = [
        "a", "code", "pre", "table", "sup", "math", "script", "style", "svg", "kbd", "ruby", "button", "select", "textarea",
    ]
    private static let blockElements: Set = [
        "p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "pre", "table", "section", "dl", "figure",
    ]

    /// Consumes a tag or comment at `position`, or returns nil when the `<` is
    /// plain text.
    private mutating func tag() -> Step? {
        var index = position + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
            let terminator: [UInt8] = bytes[index...].starts(with: Array("!--".utf8)) ? Array("-->".utf8) : [UInt8(ascii: ">")]
            position = (find(terminator, from: index) ?? bytes.count - terminator.count) + terminator.count
            return .other
        }
        let closing = bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let nameStart = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        var quote: UInt8? = nil
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            index += 1
        }
        let selfClosing = index > 0 && index < bytes.count && bytes[index - 1] == UInt8(ascii: "/")
        position = min(index + 1, bytes.count)
        if closing {
            guard let depth = openElements.lastIndex(of: name) else { return .other }
            for element in openElements[depth...] where Self.atomicElements.contains(element) {
                atomicDepth -= 1
            }
            openElements.removeSubrange(depth...)
            return Self.blockElements.contains(name) ? .blockEnd : .other
        }
        if !selfClosing && !Self.voidElements.contains(name) {
            openElements.append(name)
            if Self.atomicElements.contains(name) { atomicDepth += 1 }
        }
        return .other
    }

    /// Consumes one visible character (a UTF-8 sequence or an entity).
    private mutating func character() -> Step {
        let byte = bytes[position]
        visibleLength += 1
        if byte == UInt8(ascii: "&") {
            if let end = bytes[position..<min(position + 12, bytes.count)].firstIndex(of: UInt8(ascii: ";")) {
                position = end + 1
            } else {
                position += 1
            }
            return .other
        }
        let start = position
        let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        position = min(position + length, bytes.count)
        if length == 1 {
            switch byte {
            case UInt8(ascii: ")"):
                return .closingPunctuation
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                // Latin . ! ? end a sentence only before white space or markup.
                let next = position < bytes.count ? bytes[position] : 32
                return [9, 10, 13, 32, UInt8(ascii: "<")].contains(next) ? .sentenceEnd : .other
            default:
                return .other
            }
        }
        guard length == 3, start + 3 <= bytes.count else { return .other }
        switch (byte, bytes[start + 1], bytes[start + 2]) {
        case (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F):
            return .sentenceEnd  // 。！？
        case (0xE2, 0x80, 0x9D), (0xE2, 0x80, 0x99), (0xE3, 0x80, 0x8D), (0xE3, 0x80, 0x8F), (0xEF, 0xBC, 0x89):
            return .closingPunctuation  // ”’」』）
        default:
            return .other
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-")
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0] && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }
}
