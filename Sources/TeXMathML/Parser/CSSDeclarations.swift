/// The CSS a formula may set through `\style` and `\bbox`: declarations
/// `name: value` whose values are words, numbers, colours and functions of
/// known kinds. Nothing that loads a resource (`url()`, `image-set()`),
/// escapes (`\` but TeX's `\%`), quotes, comments, or ends the declaration
/// early (`{`, `}`) passes: the attribute holds styling only, whatever the TeX says.
enum CSSDeclarations {
    /// `css` written plainly (`color:red;padding:1px`), or nil when it is
    /// empty or any declaration is not plain.
    static func sanitized(_ css: String) -> String? {
        var declarations: [String] = []
        // TeX writes a percent sign `\%`, `%` being its comment.
        var unescaped = String.UnicodeScalarView()
        var scalars = css.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\\", let next = scalars.next() {
                if next != "%" { return nil }
                unescaped.append(next)
            } else {
                unescaped.append(scalar)
            }
        }
        for declaration in String(unescaped).split(separator: ";") {
            let declaration = String(declaration).trimmingCharacters(in: .whitespaces)
            if declaration.isEmpty { continue }
            guard let colon = declaration.firstIndex(of: ":") else { return nil }
            let name = String(declaration[..<colon]).trimmingCharacters(in: .whitespaces).lowercased()
            let value = String(declaration[declaration.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            guard isName(name), !value.isEmpty, isPlain(value) else { return nil }
            declarations.append(name + ":" + value)
        }
        return declarations.isEmpty ? nil : declarations.joined(separator: ";")
    }

    /// A property name: `color`, `font-size`, `-webkit-transform`.
    private static func isName(_ name: String) -> Bool {
        let scalars = Array(name.drop { $0 == "-" }.unicodeScalars)
        guard let first = scalars.first, TeXLexer.isLetter(first) else { return false }
        return scalars.allSatisfy { TeXLexer.isLetter($0) || TeXLexer.isDigit($0) || $0 == "-" }
    }

    /// Words, numbers, `#hex` colours, lengths and percentages, operators
    /// of `calc`, and the functions of `allowedFunctions`, parentheses balanced.
    private static func isPlain(_ value: String) -> Bool {
        guard !value.contains("/*"), !value.contains("*/") else { return false }
        var word = ""
        var depth = 0
        for scalar in value.unicodeScalars {
            switch scalar {
            case "(":
                guard allowedFunctions.contains(word.lowercased()) else { return false }
                depth += 1
            case ")":
                depth -= 1
                guard depth >= 0 else { return false }
            case " ", "#", ".", ",", "%", "+", "*", "/":
                break
            default:
                // Letters of any script (a font's name), digits and hyphens.
                guard isWordPart(scalar) else { return false }
            }
            word = isWordPart(scalar) ? word + String(scalar) : ""
        }
        return depth == 0
    }

    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || TeXLexer.isDigit(scalar) || scalar == "-"
    }

    /// Functions that compute a colour, a length or a transform, or draw a
    /// gradient: none reaches outside the page.
    private static let allowedFunctions: Set = [
        "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "calc", "min", "max", "clamp",
        "translate", "translatex", "translatey", "scale", "scalex", "scaley", "rotate", "skew", "skewx", "skewy", "matrix",
        "linear-gradient", "radial-gradient", "repeating-linear-gradient", "repeating-radial-gradient",
    ]
}
