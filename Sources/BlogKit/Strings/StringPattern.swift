/// A UI string with named placeholders, such as `{year}年{month}月`. Split
/// into parts once when read, so filling one in on each page is only joining.
///
/// A placeholder is `{` lowercase letters or `_` `}`; any other brace is
/// text, so a string may show braces without escaping them.
struct StringPattern: Hashable, Sendable, Encodable, ExpressibleByStringLiteral {
    enum Part: Hashable, Sendable, Encodable {
        case text(String)
        case placeholder(String)
    }

    let parts: [Part]

    init(_ text: String) {
        var parts: [Part] = []
        var literal = Substring()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            let name = rest[afterOpen...].prefix { $0 == "_" || ("a"..."z").contains($0) }
            guard !name.isEmpty, name.endIndex < rest.endIndex, rest[name.endIndex] == "}" else {
                literal += rest[...open]
                rest = rest[afterOpen...]
                continue
            }
            literal += rest[..<open]
            if !literal.isEmpty { parts.append(.text(String(literal))) }
            literal = ""
            parts.append(.placeholder(String(name)))
            rest = rest[rest.index(after: name.endIndex)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.text(String(literal))) }
        self.parts = parts
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    var placeholders: [String] {
        parts.compactMap { part in
            if case .placeholder(let name) = part { name } else { nil }
        }
    }

    /// The string with each placeholder replaced by its value.
    func filled(_ values: [String: String]) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .placeholder(let name): values[name] ?? ""
            }
        }.joined()
    }

    /// The string as HTML: its text escaped, each placeholder replaced by
    /// the HTML given for it (a link).
    func filledHTML(_ values: [String: String]) -> String {
        parts.map { part in
            switch part {
            case .text(let text): HTMLEscaping.escape(text, apostrophes: true)
            case .placeholder(let name): values[name] ?? ""
            }
        }.joined()
    }

    /// The string of a key that takes no values. Templates ask for these on
    /// every page, so the usual single part is returned as it is.
    var text: String {
        if parts.count == 1, case .text(let text) = parts[0] { return text }
        return filled([:])
    }
}
