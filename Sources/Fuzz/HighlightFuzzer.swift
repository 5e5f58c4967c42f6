import CodeHighlight

/// libFuzzer target for CodeHighlight (`make fuzz`): any bytes, as text,
/// highlighted as every language. A crash, a hang past libFuzzer's
/// `-timeout`, malformed spans, or output that does not give back the input
/// once its spans are removed and its escapes undone is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHighlight(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let code = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let highlighter = CodeHighlighter()
    for language in CodeHighlighter.languageNames {
        guard let html = highlighter.html(code, language: language) else { fatalError("\(language) is not known") }
        guard let text = textOfSpans(html) else { fatalError("\(language): malformed spans in \(html.debugDescription)") }
        if text != Array(code.utf8) {
            fatalError("\(language): \(code.debugDescription) came back as \(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }
    return 0
}

/// The text of highlighted HTML: spans removed, cmark's four escapes undone;
/// nil for a nested, unclosed or empty span, one holding a line break, or a
/// `<`, `>`, `"` or `&` left unescaped.
private func textOfSpans(_ html: String) -> [UInt8]? {
    let bytes = Array(html.utf8)
    let opening = Array("<span class=\"hl-".utf8), closing = Array("</span>".utf8)
    let entities: [([UInt8], UInt8)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\"")].map { (Array($0.0.utf8), UInt8(ascii: $0.1)) }
    func starts(_ prefix: [UInt8], at index: Int) -> Bool {
        bytes.count - index >= prefix.count && bytes[index..<index + prefix.count].elementsEqual(prefix)
    }
    var text: [UInt8] = []
    var index = 0
    var spanLength: Int?
    while index < bytes.count {
        if starts(opening, at: index) {
            // `hl-` and one letter, then `">`.
            guard spanLength == nil, index + opening.count + 3 <= bytes.count, bytes[index + opening.count + 1] == UInt8(ascii: "\""),
                bytes[index + opening.count + 2] == UInt8(ascii: ">")
            else { return nil }
            spanLength = 0
            index += opening.count + 3
        } else if starts(closing, at: index) {
            guard let length = spanLength, length > 0 else { return nil }
            spanLength = nil
            index += closing.count
        } else {
            var byte = bytes[index]
            if let (entity, character) = entities.first(where: { starts($0.0, at: index) }) {
                byte = character
                index += entity.count
            } else {
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "&") { return nil }
                index += 1
            }
            if let length = spanLength {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return nil }
                spanLength = length + 1
            }
            text.append(byte)
        }
    }
    return spanLength == nil ? text : nil
}
