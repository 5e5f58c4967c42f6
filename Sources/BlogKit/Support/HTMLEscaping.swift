/// Escapes text for HTML element content and double-quoted attributes.
///
/// What XML 1.0 forbids (C0 control characters but tab, line feed and
/// carriage return; U+FFFE and U+FFFF) is dropped: one such character makes
/// a feed no reader accepts, and pages and feeds are made from the same
/// escaped values. Posts have them removed, with a warning, when parsed;
/// this is the net for every other value (settings, template data).
enum HTMLEscaping {
    /// - Parameter apostrophes: also escape `'` (as `&#39;`), as mustache
    ///   does for every `{{value}}`.
    static func escape(_ text: String, apostrophes: Bool = false) -> String {
        guard
            text.utf8.contains(where: {
                $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || (apostrophes && $0 == 39) || $0 < 0x20 || $0 == 0xEF
            })
        else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'") where apostrophes: bytes += "&#39;".utf8
            case _ where XMLText.isForbidden(byte: byte):
                break
            case 0xEF where index + 1 < utf8.count && utf8[index] == 0xBF && (utf8[index + 1] == 0xBE || utf8[index + 1] == 0xBF):
                index += 2
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
