/// An array's column template, `{c|l}`, `{r@{.}l}`, `{>{\displaystyle}c}`,
/// `*{3}{c}`, read as MathJax's column parser reads it. MathML Core has no
/// `columnalign`, `columnlines` or `columnspacing`: each column is the CSS
/// of its cells, and what the template puts in cells is TeX for the parser.
struct ArrayTemplate {
    struct Column {
        /// The cells' CSS: alignment, rules (`|` solid, `:` dashed, two a
        /// double rule) and padding, which `@` takes away.
        var style: String
        /// TeX that starts and ends every cell of the column: `>{…}`, `<{…}`.
        var prefix: [TeXToken] = []
        var suffix: [TeXToken] = []
        /// For a column of `@{…}` or `!{…}`: the TeX that fills it in every
        /// row; the input has no cells for it.
        var material: [TeXToken]?
    }

    var columns: [Column]

    /// The borders rules draw: `|` and `\hline`, `:` and `\hdashline`, and two together.
    static let solidRule = "0.06em solid"
    static let dashedRule = "0.06em dashed"
    static let doubleRule = "0.2em double"

    /// Characters a template may read, each repetition of a `*{n}{…}` read
    /// again: nested repetitions multiply.
    static let maximumLength = 10_000

    /// Nil when `spec` reads more than `maximumLength` characters.
    init?(_ spec: String) {
        var builder = Builder()
        // The text being read, innermost repetition last: what is left of
        // it, the body it repeats, and how many times more.
        var frames: [(rest: Substring, body: Substring, repeats: Int)] = [(Substring(spec), "", 0)]
        var budget = Self.maximumLength
        /// The text of the `{…}` group at the start of the innermost text, which it drops.
        func group() -> Substring {
            var rest = frames[frames.count - 1].rest.drop { $0 == " " }
            defer { frames[frames.count - 1].rest = rest }
            guard rest.first == "{" else { return "" }
            var depth = 0
            var end = rest.startIndex
            for index in rest.indices {
                if rest[index] == "{" { depth += 1 } else if rest[index] == "}" { depth -= 1 }
                if depth == 0 { end = index; break }
            }
            let content = rest[rest.index(after: rest.startIndex)..<max(end, rest.index(after: rest.startIndex))]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            return content
        }
        while let frame = frames.last {
            budget -= 1
            guard budget >= 0 else { return nil }
            guard let character = frames[frames.count - 1].rest.popFirst() else {
                if frame.repeats > 0 {
                    frames[frames.count - 1].rest = frame.body
                    frames[frames.count - 1].repeats -= 1
                } else {
                    frames.removeLast()
                }
                continue
            }
            switch character {
            case "|", ":":
                builder.rules.append(character)
            case "l", "c", "r", "p", "m", "b":
                if "pmb".contains(character) { _ = group() }
                builder.add(alignment: character == "r" ? "right" : character == "c" ? "center" : "left")
            case ">":
                builder.prefix += TeXLexer.tokens(String(group()))
            case "<":
                builder.addSuffix(TeXLexer.tokens(String(group())))
            case "@":
                builder.add(material: TeXLexer.tokens(String(group())), padded: false)
            case "!":
                builder.add(material: TeXLexer.tokens(String(group())), padded: true)
            case "*":
                let count = Int(String(group().filter { $0 != " " })) ?? 1
                let body = group()
                if count > 0 { frames.append((body, body, count - 1)) }
            default:
                break
            }
        }
        columns = builder.finish()
    }
}

extension ArrayTemplate {
    /// The columns read so far, and what waits for the next one.
    private struct Builder {
        struct Column {
            var alignment: String
            var leftRule: String?
            var rightRule: String?
            var padsLeft = true
            var padsRight = true
            var prefix: [TeXToken] = []
            var suffix: [TeXToken] = []
            var material: [TeXToken]?
        }

        var columns: [Column] = []
        /// `|` and `:` since the last column.
        var rules: [Character] = []
        /// `>{…}` for the next column.
        var prefix: [TeXToken] = []
        /// Whether the next column keeps its left padding: not after `@`.
        var padsNextLeft = true

        mutating func add(alignment: String) {
            columns.append(Column(alignment: alignment, leftRule: takeRule(), padsLeft: padsNextLeft, prefix: prefix))
            prefix = []
            padsNextLeft = true
        }

        /// `@{…}` (`padded: false`) replaces the space between two columns
        /// with its material, and `@{}` just takes the space away; `!{…}`
        /// puts its material in the middle of the space.
        mutating func add(material: [TeXToken], padded: Bool) {
            if !padded {
                if !columns.isEmpty { columns[columns.count - 1].padsRight = false }
                padsNextLeft = false
            }
            guard !material.isEmpty else { return }
            columns.append(Column(alignment: "center", leftRule: takeRule(), padsLeft: false, padsRight: false, material: material))
        }

        mutating func addSuffix(_ suffix: [TeXToken]) {
            if !columns.isEmpty { columns[columns.count - 1].suffix += suffix }
        }

        private mutating func takeRule() -> String? {
            defer { rules = [] }
            return rules.isEmpty ? nil : Self.rule(rules)
        }

        private static func rule(_ marks: [Character]) -> String {
            marks.count > 1 ? ArrayTemplate.doubleRule : marks[0] == ":" ? ArrayTemplate.dashedRule : ArrayTemplate.solidRule
        }

        mutating func finish() -> [ArrayTemplate.Column] {
            if !rules.isEmpty, !columns.isEmpty { columns[columns.count - 1].rightRule = Self.rule(rules) }
            return columns.map { column in
                var style = "text-align:" + column.alignment
                if let rule = column.leftRule { style += ";border-left:" + rule }
                if let rule = column.rightRule { style += ";border-right:" + rule }
                if column.material != nil {
                    style += ";padding:0"
                } else {
                    if !column.padsLeft { style += ";padding-left:0" }
                    if !column.padsRight { style += ";padding-right:0" }
                }
                return ArrayTemplate.Column(style: style, prefix: column.prefix, suffix: column.suffix, material: column.material)
            }
        }
    }
}
