/// Splits TeX into tokens. `%` comments are dropped; white space runs become
/// one `.space` token (math mode ignores them, text mode keeps one space).
enum TeXLexer {
    static func tokens(_ source: String) -> [TeXToken] {
        let scalars = Array(source.unicodeScalars)
        var tokens: [TeXToken] = []
        tokens.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            index += 1
            let kind: TeXToken.Kind
            switch scalar {
            case "\\":
                guard index < scalars.count else {
                    kind = .command("")
                    break
                }
                if isLetter(scalars[index]) {
                    let nameStart = index
                    while index < scalars.count && isLetter(scalars[index]) { index += 1 }
                    var name = String(String.UnicodeScalarView(scalars[nameStart..<index]))
                    // `\begin*`-style names do not exist, but `\tag*`, `\operatorname*`
                    // and `\hspace*` are read as one command.
                    if index < scalars.count && scalars[index] == "*" && starredCommands.contains(name) {
                        name += "*"
                        index += 1
                    }
                    kind = .command(name)
                } else {
                    kind = .command(String(scalars[index]))
                    index += 1
                }
            case "{": kind = .beginGroup
            case "}": kind = .endGroup
            case "^": kind = .raise
            case "_": kind = .lower
            case "&": kind = .alignment
            case "~": kind = .tilde
            case "'": kind = .prime
            case "#":
                if index < scalars.count, let digit = scalars[index].properties.numericType != nil ? Int(String(scalars[index])) : nil {
                    index += 1
                    kind = .parameter(digit)
                } else {
                    kind = .character("#")
                }
            case "%":
                while index < scalars.count && scalars[index] != "\n" { index += 1 }
                continue
            case " ", "\t", "\n", "\r":
                while index < scalars.count && [" ", "\t", "\n", "\r"].contains(scalars[index]) { index += 1 }
                kind = .space
            default:
                kind = .character(scalar)
            }
            tokens.append(TeXToken(kind: kind, offset: start))
        }
        return tokens
    }

    private static let starredCommands: Set = ["tag", "operatorname", "hspace", "DeclareMathOperator"]

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
    }
}
