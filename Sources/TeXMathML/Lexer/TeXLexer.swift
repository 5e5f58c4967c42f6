/// Splits TeX into tokens. `%` comments are dropped; white space runs become
/// one `.space` token (math mode ignores them, text mode keeps one space).
/// Offsets count Unicode scalars, as error positions do.
enum TeXLexer {
    static func tokens(_ source: String) -> [TeXToken] {
        var tokens: [TeXToken] = []
        tokens.reserveCapacity(source.utf8.count)
        var source = source
        source.withUTF8 { bytes in
            var index = 0
            var offset = 0
            while index < bytes.count {
                let start = offset
                let byte = bytes[index]
                let kind: TeXToken.Kind
                switch byte {
                case UInt8(ascii: "\\"):
                    index += 1
                    offset += 1
                    guard index < bytes.count else {
                        kind = .command("")
                        break
                    }
                    if isLetter(bytes[index]) {
                        let nameStart = index
                        while index < bytes.count && isLetter(bytes[index]) { index += 1 }
                        var name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
                        offset += index - nameStart
                        // `\tag*`, `\operatorname*` and `\hspace*` are read as one command.
                        if index < bytes.count && bytes[index] == UInt8(ascii: "*") && starredCommands.contains(name) {
                            name += "*"
                            index += 1
                            offset += 1
                        }
                        kind = .command(name)
                    } else {
                        let (scalar, length) = decode(bytes, at: index)
                        // `\` before a tab, a line end or a no-break space (pasted
                        // from a web page) is a control space, `\ `, as in TeX and MathJax.
                        kind = .command(scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}" ? " " : String(Character(scalar)))
                        index += length
                        offset += 1
                    }
                case UInt8(ascii: "{"): kind = .beginGroup; index += 1; offset += 1
                case UInt8(ascii: "}"): kind = .endGroup; index += 1; offset += 1
                case UInt8(ascii: "^"): kind = .raise; index += 1; offset += 1
                case UInt8(ascii: "_"): kind = .lower; index += 1; offset += 1
                case UInt8(ascii: "&"): kind = .alignment; index += 1; offset += 1
                case UInt8(ascii: "~"): kind = .tilde; index += 1; offset += 1
                case UInt8(ascii: "'"): kind = .prime; index += 1; offset += 1
                case UInt8(ascii: "#"):
                    index += 1
                    offset += 1
                    if index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57 {
                        kind = .parameter(Int(bytes[index] - 48))
                        index += 1
                        offset += 1
                    } else {
                        kind = .character("#")
                    }
                case UInt8(ascii: "%"):
                    while index < bytes.count && bytes[index] != 10 {
                        let length = decode(bytes, at: index).length
                        index += length
                        offset += 1
                    }
                    continue
                case 32, 9, 10, 13:
                    while index < bytes.count && (bytes[index] == 32 || bytes[index] == 9 || bytes[index] == 10 || bytes[index] == 13) {
                        index += 1
                        offset += 1
                    }
                    kind = .space
                default:
                    let (scalar, length) = decode(bytes, at: index)
                    kind = .character(scalar)
                    index += length
                    offset += 1
                }
                tokens.append(TeXToken(kind: kind, offset: start))
            }
        }
        return tokens
    }

    private static let starredCommands: Set = ["tag", "operatorname", "hspace", "DeclareMathOperator"]

    /// The scalar at `index` of valid UTF-8, and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
