/// Writes code and its tokens as HTML: each byte escaped as cmark escapes a
/// code block's text (`&`, `<`, `>`, `"`), each token in its span, closed
/// before a line break and opened again after it, so no span holds one.
enum HighlightedHTML {
    static func write(_ bytes: [UInt8], tokens: [Token]) -> String {
        var html: [UInt8] = []
        html.reserveCapacity(bytes.count + bytes.count / 2)
        var position = 0
        for token in tokens {
            appendEscaped(bytes[position..<token.range.lowerBound], to: &html)
            appendSpan(bytes[token.range], kind: token.kind, to: &html)
            position = token.range.upperBound
        }
        appendEscaped(bytes[position...], to: &html)
        return String(decoding: html, as: UTF8.self)
    }
}

extension HighlightedHTML {
    private static let opening: [TokenKind: [UInt8]] = Dictionary(
        uniqueKeysWithValues: TokenKind.allCases.map { ($0, Array("<span class=\"\($0.className)\">".utf8)) })
    private static let close = Array("</span>".utf8)
    private static let ampersand = Array("&amp;".utf8), lessThan = Array("&lt;".utf8), greaterThan = Array("&gt;".utf8), quote = Array("&quot;".utf8)

    private static func appendSpan(_ text: ArraySlice<UInt8>, kind: TokenKind, to html: inout [UInt8]) {
        let open = opening[kind]!
        var isOpen = false
        for byte in text {
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if isOpen { html += close }
                isOpen = false
                html.append(byte)
                continue
            }
            if !isOpen {
                html += open
                isOpen = true
            }
            appendEscaped(byte, to: &html)
        }
        if isOpen { html += close }
    }

    private static func appendEscaped(_ text: ArraySlice<UInt8>, to html: inout [UInt8]) {
        for byte in text {
            appendEscaped(byte, to: &html)
        }
    }

    private static func appendEscaped(_ byte: UInt8, to html: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "&"): html += ampersand
        case UInt8(ascii: "<"): html += lessThan
        case UInt8(ascii: ">"): html += greaterThan
        case UInt8(ascii: "\""): html += quote
        default: html.append(byte)
        }
    }
}
