/// The characters XML 1.0 forbids in a document: C0 control characters but
/// tab, line feed and carriage return, and U+FFFE and U+FFFF. A feed with
/// one is rejected whole by feed readers; in HTML they are parse errors.
enum XMLText {
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && !isAllowedControl(UInt8(scalar.value))) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// Whether `byte`, as a UTF-8 byte, is a forbidden character by itself
    /// (the C0 controls; U+FFFE and U+FFFF take three bytes).
    static func isForbidden(byte: UInt8) -> Bool {
        byte < 0x20 && !isAllowedControl(byte)
    }

    /// `text` without its forbidden characters, and a warning at the first
    /// one (line and column in `text`, whose first line is `firstLine` of
    /// the file at `path`); `text` itself when it has none.
    static func removingForbidden(from text: String, path: String, firstLine: Int = 1) -> (text: String, warning: BuildError?) {
        guard text.utf8.contains(where: { isForbidden(byte: $0) || $0 == 0xEF }), text.unicodeScalars.contains(where: isForbidden) else {
            return (text, nil)
        }
        var kept = String.UnicodeScalarView()
        var line = firstLine, column = 1
        var first: (line: Int, column: Int, value: UInt32)?
        var count = 0
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) {
                count += 1
                if first == nil { first = (line, column, scalar.value) }
                continue
            }
            kept.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        let name = "U+" + String(first!.value, radix: 16, uppercase: true).leftPadded(to: 4)
        let others = count > 1 ? " and \(count - 1) more like it" : ""
        let warning = BuildError(
            path: path, line: first!.line, column: first!.column, severity: .warning,
            message: "the control character \(name)\(others) cannot appear in a web page or a feed; removed",
            hint: "delete it from the file (it is invisible in most editors; it often comes from copying out of a PDF)")
        return (String(kept), warning)
    }

    private static func isAllowedControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
