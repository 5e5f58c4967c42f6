/// TeX's lengths, as commands read them and MathML writes them.
extension TeXParser {
    /// A length for `\hspace`, `\kern`, `\above` and friends, in em: in
    /// braces (`\hspace{1em}`) or written on (`\kern-3mu`, `\above 1pt`).
    mutating func readLength(for command: String) throws -> Double {
        try skipSpaces()
        var text = ""
        if let token = try peek(), token.kind == .beginGroup {
            text = try readRawArgument()
        } else {
            // Up to the unit, spaces before it skipped (`\kern 1.5 em`), as in TeX.
            while let token = try peek() {
                if token.kind == .space, !text.isEmpty {
                    position += 1
                    continue
                }
                guard case .character(let scalar) = token.kind else { break }
                text.unicodeScalars.append(scalar)
                position += 1
                if Self.lengthUnits.contains(where: { text.hasSuffix($0.name) }) { break }
            }
        }
        return try length(text, for: command)
    }

    /// `text` read as a length, in em, for `command`.
    func length(_ text: String, for command: String) throws -> Double {
        guard let length = Self.length(text) else { throw error("cannot read the length '\(text)'", command: "\\\(command)") }
        return length
    }

    /// TeX's largest length, `\maxdimen` (16383.99999pt), in em.
    static let maximumLength = 1638.4

    /// A TeX length (`2pt`, `-0.5em`, `1.5mu`) in em; nil when it is not one,
    /// or longer than `maximumLength` (`1e400pt`, `nanpt`).
    static func length(_ text: String) -> Double? {
        let text = text.trimmingCharacters(in: .whitespaces)
        for (unit, factor) in lengthUnits where text.hasSuffix(unit) {
            if let value = Double(String(text.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)), abs(value * factor) <= maximumLength {
                return value * factor
            }
        }
        return nil
    }

    /// TeX's units, and how many em each is (at 10pt).
    static let lengthUnits: [(name: String, em: Double)] = [
        ("em", 1), ("ex", 0.431), ("pt", 0.1), ("pc", 1.2), ("mu", 1.0 / 18), ("px", 0.0625), ("cm", 2.845), ("mm", 0.2845), ("in", 7.227),
    ]

    /// A fraction rule's thickness as `linethickness` takes it.
    static func ruleThickness(_ length: Double) -> String {
        length == 0 ? "0" : em(length)
    }

    static func em(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        var text = String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + "em"
    }
}
