import BlogKit

/// The TOML of Hugo's `+++` front matter: `key = value` lines and
/// `[table]` headers, with strings (basic, literal and multi-line),
/// numbers, booleans, dates, arrays (over several lines too) and inline
/// tables. Enough for front matter, not a full TOML parser: what it cannot
/// read is an error naming the line.
struct TOMLReader {
    private let lines: [Substring]
    private let path: String
    private let lineOffset: Int
    private var index = 0

    /// `lineOffset`: the file line of the first line of `text`, less one.
    static func read(_ text: String, path: String, lineOffset: Int) throws -> [(key: String, value: FrontMatterValue)] {
        var reader = TOMLReader(lines: text.split(separator: "\n", omittingEmptySubsequences: false), path: path, lineOffset: lineOffset)
        return try reader.document()
    }

    private init(lines: [Substring], path: String, lineOffset: Int) {
        self.lines = lines
        self.path = path
        self.lineOffset = lineOffset
    }

    private mutating func document() throws -> [(key: String, value: FrontMatterValue)] {
        var top: [(key: String, value: FrontMatterValue)] = []
        var table: (name: String, pairs: [(key: String, value: FrontMatterValue)])?
        while index < lines.count {
            var rest = lines[index].drop(while: \.isWhitespace)
            if rest.isEmpty || rest.first == "#" {
                index += 1
                continue
            }
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]"), !rest.hasPrefix("[[") else {
                    throw error("cannot read this table header", hint: "arrays of tables ([[…]]) are not read; move them out of the front matter")
                }
                closeTable(&top, &table)
                table = (String(rest[rest.index(after: rest.startIndex)..<close]).trimmingCharacters(in: .whitespaces), [])
                index += 1
                continue
            }
            let key = try self.key(&rest)
            rest = rest.drop(while: \.isWhitespace)
            guard rest.first == "=" else { throw error("expected '=' after '\(key)'", hint: "write key = value") }
            rest = rest.dropFirst()
            let value = try self.value(&rest)
            try end(&rest)
            index += 1
            if table != nil { table!.pairs.append((key, value)) } else { top.append((key, value)) }
        }
        closeTable(&top, &table)
        return top
    }

    private func closeTable(_ top: inout [(key: String, value: FrontMatterValue)], _ table: inout (name: String, pairs: [(key: String, value: FrontMatterValue)])?) {
        if let current = table { top.append((current.name, .table(current.pairs))) }
        table = nil
    }

    private func key(_ rest: inout Substring) throws -> String {
        if let quote = rest.first, quote == "\"" || quote == "'" {
            var copy = self
            return try copy.string(&rest)
        }
        let key = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." })
        guard !key.isEmpty else { throw error("expected a key", hint: "write key = value") }
        rest = rest.dropFirst(key.count)
        return String(key)
    }

    /// Only a comment may follow a value on its line.
    private func end(_ rest: inout Substring) throws {
        rest = rest.drop(while: \.isWhitespace)
        guard rest.isEmpty || rest.first == "#" else { throw error("unexpected '\(rest.prefix(20))' after the value", hint: "one key = value per line") }
    }

    private mutating func value(_ rest: inout Substring) throws -> FrontMatterValue {
        rest = rest.drop(while: \.isWhitespace)
        guard let first = rest.first else {
            throw error("a key without a value", hint: "write key = value")
        }
        switch first {
        case "\"", "'": return .text(try string(&rest))
        case "[":
            rest = rest.dropFirst()
            var items: [FrontMatterValue] = []
            while true {
                try skipBlank(&rest)
                if rest.first == "]" {
                    rest = rest.dropFirst()
                    return .list(items)
                }
                items.append(try value(&rest))
                try skipBlank(&rest)
                if rest.first == "," { rest = rest.dropFirst() } else if rest.first != "]" {
                    throw error("expected ',' or ']' in the array", hint: "separate items with commas")
                }
            }
        case "{":
            rest = rest.dropFirst()
            var pairs: [(key: String, value: FrontMatterValue)] = []
            while true {
                rest = rest.drop(while: \.isWhitespace)
                if rest.first == "}" {
                    rest = rest.dropFirst()
                    return .table(pairs)
                }
                let key = try self.key(&rest)
                rest = rest.drop(while: \.isWhitespace)
                guard rest.first == "=" else { throw error("expected '=' after '\(key)'", hint: "write { key = value }") }
                rest = rest.dropFirst()
                pairs.append((key, try value(&rest)))
                rest = rest.drop(while: \.isWhitespace)
                if rest.first == "," { rest = rest.dropFirst() }
            }
        default:
            // Numbers, booleans and dates, as written.
            let bare = rest.prefix(while: { !",]}#".contains($0) }).trimmingCharacters(in: .whitespaces)
            guard !bare.isEmpty, bare.allSatisfy({ $0.isLetter || $0.isNumber || "+-.:_ ".contains($0) }) else {
                throw error("cannot read the value '\(rest.prefix(20))'", hint: "quote text: key = \"…\"")
            }
            rest = rest.drop(while: { !",]}#".contains($0) })
            return .plain(bare)
        }
    }

    /// Spaces, comments and line ends inside an array.
    private mutating func skipBlank(_ rest: inout Substring) throws {
        while true {
            rest = rest.drop(while: \.isWhitespace)
            guard rest.isEmpty || rest.first == "#" else { return }
            index += 1
            guard index < lines.count else { throw error("this array is never closed", hint: "end it with ']'") }
            rest = lines[index]
        }
    }

    /// `"…"` with escapes, `'…'` as is, and their `"""`/`'''` multi-line forms.
    private mutating func string(_ rest: inout Substring) throws -> String {
        let quote = rest.first!
        let triple = String(repeating: quote, count: 3)
        if rest.hasPrefix(triple) {
            rest = rest.dropFirst(3)
            var text = ""
            var firstLine = true
            while true {
                if let end = rest.range(of: triple) {
                    text += rest[..<end.lowerBound]
                    rest = rest[end.upperBound...]
                    return quote == "\"" ? try unescape(text) : text
                }
                // A newline right after the opening quotes is not part of the text.
                if !(firstLine && rest.isEmpty) { text += rest + "\n" }
                firstLine = false
                index += 1
                guard index < lines.count else { throw error("this string is never closed", hint: "end it with \(triple)") }
                rest = lines[index]
            }
        }
        rest = rest.dropFirst()
        var text = ""
        var escaped = false
        while let character = rest.first {
            rest = rest.dropFirst()
            if escaped {
                text.append("\\")
                text.append(character)
                escaped = false
            } else if character == "\\" && quote == "\"" {
                escaped = true
            } else if character == quote {
                return quote == "\"" ? try unescape(text) : text
            } else {
                text.append(character)
            }
        }
        throw error("this string is never closed", hint: "end it with \(quote) on the same line")
    }

    private func unescape(_ text: String) throws -> String {
        var result = ""
        var characters = text[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            guard character == "\\", let next = characters.first else {
                result.append(character)
                continue
            }
            characters = characters.dropFirst()
            switch next {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "\"", "\\": result.append(next)
            case "u", "U":
                let digits = characters.prefix(next == "u" ? 4 : 8)
                guard let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
                    throw error("cannot read the escape \\\(next)\(digits)", hint: "write \\uXXXX with four hex digits")
                }
                result.unicodeScalars.append(scalar)
                characters = characters.dropFirst(digits.count)
            default:
                throw error("unknown escape \\\(next)", hint: "write a backslash as \\\\")
            }
        }
        return result
    }

    private func error(_ message: String, hint: String) -> BuildError {
        BuildError(path: path, line: index + 1 + lineOffset, column: 1, message: message, hint: hint)
    }
}
