import Foundation
import XCTest

/// Reads highlighted HTML back, byte by byte (a span may end between a
/// letter and its combining mark, which Swift's characters would join): its
/// spans, and its text without them.
struct HighlightedSpans {
    /// Each span's class and unescaped text, in order.
    let spans: [(className: String, text: String)]
    /// The HTML with every span's tags removed and the escapes undone.
    let text: [UInt8]
    /// Problems in the markup: a nested, unclosed or empty span, a line
    /// break inside one, a character cmark would have escaped.
    let problems: [String]

    init(_ html: String) {
        let bytes = Array(html.utf8)
        var spans: [(String, String)] = []
        var text: [UInt8] = [], problems: [String] = []
        var open: (className: String, text: [UInt8])?
        var index = 0
        func hasPrefix(_ prefix: [UInt8]) -> Bool {
            bytes.count - index >= prefix.count && Array(bytes[index..<index + prefix.count]) == prefix
        }
        while index < bytes.count {
            if hasPrefix(Self.opening), let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                if open != nil { problems.append("nested span at \(index)") }
                open = (String(decoding: bytes[index + Self.opening.count..<end - 1], as: UTF8.self), [])
                index = end + 1
            } else if hasPrefix(Self.closing) {
                if let span = open {
                    if span.text.isEmpty { problems.append("empty span") }
                    spans.append((span.className, String(decoding: span.text, as: UTF8.self)))
                } else {
                    problems.append("stray </span>")
                }
                open = nil
                index += Self.closing.count
            } else {
                var byte = bytes[index]
                if let (entity, character) = Self.entities.first(where: { hasPrefix($0.0) }) {
                    byte = character
                    index += entity.count
                } else {
                    // cmark escapes these in code; `&` alone would start an entity.
                    if Array("<>\"&".utf8).contains(byte) { problems.append("unescaped \(Character(Unicode.Scalar(byte)))") }
                    index += 1
                }
                if open != nil {
                    if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { problems.append("line break inside a span") }
                    open!.text.append(byte)
                }
                text.append(byte)
            }
        }
        if open != nil { problems.append("unclosed span") }
        self.spans = spans
        self.text = text
        self.problems = problems
    }

    /// The classes of the spans whose text is exactly `text` (byte for byte).
    func classes(of text: String) -> [String] {
        spans.filter { Array($0.text.utf8) == Array(text.utf8) }.map(\.className)
    }

    private static let opening = Array("<span class=\"".utf8), closing = Array("</span>".utf8)
    private static let entities = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\"")].map { (Array($0.0.utf8), UInt8(ascii: Unicode.Scalar($0.1)!)) }
}

/// Asserts that each word is in a span of the class given.
func assertClasses(_ html: String, _ expected: [String: String], file: StaticString = #filePath, line: UInt = #line) {
    let read = HighlightedSpans(html)
    XCTAssertEqual(read.problems, [], file: file, line: line)
    for (word, className) in expected.sorted(by: { $0.key < $1.key }) {
        XCTAssertTrue(
            read.classes(of: word).contains(className), "\(word) should be \(className); spans: \(read.spans.map { "\($0.className):\($0.text)" })",
            file: file, line: line)
    }
}

/// Asserts that no span holds exactly `word` (it stays plain).
func assertPlain(_ html: String, _ words: [String], file: StaticString = #filePath, line: UInt = #line) {
    let read = HighlightedSpans(html)
    for word in words {
        XCTAssertEqual(read.classes(of: word), [], "\(word) should be plain", file: file, line: line)
    }
}
