/// The inert stand-in for a formula while Markdown is rendered: two Unicode
/// private-use characters around the span's index, e.g. `\u{E000}12\u{E001}`.
///
/// cmark treats these characters like letters: they are never Markdown
/// syntax, never escaped, and they let emphasis around a formula
/// (`*$x$ 是斜体*`) work as it would around a word.
enum MathToken {
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"
    /// The UTF-8 encoding of `open` and `close`: EE 80 80 and EE 80 81.
    static let openBytes: [UInt8] = [0xEE, 0x80, 0x80]
    static let closeBytes: [UInt8] = [0xEE, 0x80, 0x81]

    static func token(_ index: Int) -> String {
        "\(open)\(index)\(close)"
    }

    /// Replaces every token in `text` with `replacement(index, insideTag)`,
    /// where `insideTag` tells whether the token stands inside an HTML tag (an
    /// `alt` or `title` attribute), where only plain text may go.
    static func replaceTokens(in text: String, _ replacement: (Int, Bool) -> String) -> String {
        var text = text
        return text.withUTF8 { source in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count)
            var index = 0
            // Bytes up to here are copied in one go: most bytes are neither a
            // tag's bracket nor the start of a token.
            var copied = 0
            var insideTag = false
            while index < source.count {
                let byte = source[index]
                if byte == UInt8(ascii: "<") {
                    insideTag = true
                } else if byte == UInt8(ascii: ">") {
                    insideTag = false
                } else if byte == openBytes[0], index + 2 < source.count, source[index + 1] == openBytes[1], source[index + 2] == openBytes[2] {
                    var cursor = index + 3
                    var number = 0
                    var digits = 0
                    // A token's index has few digits; a longer run (the writer's own
                    // private-use character before a number) is text, and must not
                    // overflow.
                    while cursor < source.count, source[cursor] >= 48, source[cursor] <= 57, digits < 18 {
                        number = number * 10 + Int(source[cursor] - 48)
                        cursor += 1
                        digits += 1
                    }
                    if digits > 0, cursor + 2 < source.count, source[cursor] == closeBytes[0], source[cursor + 1] == closeBytes[1],
                        source[cursor + 2] == closeBytes[2]
                    {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<index]))
                        bytes.append(contentsOf: replacement(number, insideTag).utf8)
                        index = cursor + 3
                        copied = index
                        continue
                    }
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<source.count]))
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// `text` without its tokens, for heading ids.
    static func removingTokens(from text: String) -> String {
        guard text.contains(open) else { return text }
        return replaceTokens(in: text) { _, _ in "" }
    }
}
