/// Material set over, under and beside a base: amsmath's `\overset`,
/// `\underset` and `\sideset`, `\stackrel`, `\overunderset`, plain TeX's
/// `\buildrel`, and `\substack`'s lines of a limit.
extension TeXParser {
    static let scriptCommands: [Command] = [
        // amsmath's `\overset` and `\underset` take the class of their base
        // (`\overset{?}{=}` is a relation), `\stackrel` is a relation.
        Command(["overset", "stackrel", "stackbin"], [.math, .math]) { parser, call in
            let over = try parser.mathArgument(&call, in: parser.style.script)
            var atom = try parser.classedArgument(&call)
            atom.base = MathElement("mover", children: [atom.base, over])
            atom.texClass = call.name == "stackrel" ? .rel : call.name == "stackbin" ? .bin : atom.spacingClass == .rel || atom.spacingClass == .bin ? atom.spacingClass : .ord
            atom.dictionaryClass = nil
            return atom
        },
        Command(["underset"], [.math, .math]) { parser, call in
            let under = try parser.mathArgument(&call, in: parser.style.script)
            var atom = try parser.classedArgument(&call)
            atom.base = MathElement("munder", children: [atom.base, under])
            atom.texClass = atom.spacingClass == .rel || atom.spacingClass == .bin ? atom.spacingClass : .ord
            atom.dictionaryClass = nil
            return atom
        },
        Command(["overunderset"], [.math, .math, .math]) { parser, call in
            let over = try parser.mathArgument(&call)
            let under = try parser.mathArgument(&call)
            return Atom(base: MathElement("munderover", children: [try parser.mathArgument(&call), under, over]))
        },
        Command(["sideset"], [.math, .math, .atom]) { parser, call in
            let before = try parser.mathArgument(&call)
            let after = try parser.mathArgument(&call)
            var atom = try parser.atomArgument(&call)
            atom.base = Self.sideset(before, after, on: Self.scripted(atom))
            atom.lower = nil
            atom.upper = nil
            atom.primes = 0
            return atom
        },
        Command(["buildrel"], [.until("over"), .math]) { parser, call in
            // `\buildrel a \over b`: a set over the relation b.
            let over = try parser.mathArgument(&call, until: "over")
            return Atom(base: MathElement("mover", children: [try parser.mathArgument(&call), over]))
        },
        Command(["substack"], [.rows]) { parser, call in
            var table = Self.table(TableContent(rows: try parser.bracedRows(&call, cells: false)), styles: ["text-align:center;padding:0"], display: false)
            table.setAttribute("scriptlevel", "1")
            return Atom(base: table)
        },
    ]

    /// Scripts before and after `base`; `before` and `after` are what
    /// `{^a_b}` parses to, scripts on empty bases. Anything else is set
    /// beside the base, as MathJax does.
    private static func sideset(_ before: MathElement, _ after: MathElement, on base: MathElement) -> MathElement {
        func pairs(_ element: MathElement) -> [(MathElement, MathElement)]? {
            let parts = element.name == "mrow" ? element.children : [element]
            var result: [(MathElement, MathElement)] = []
            for part in parts {
                guard ["msub", "msup", "msubsup"].contains(part.name), part.children[0].name == "mrow", part.children[0].children.isEmpty else { return nil }
                let none = MathElement("none")
                switch part.name {
                case "msub": result.append((part.children[1], none))
                case "msup": result.append((none, part.children[1]))
                default: result.append((part.children[1], part.children[2]))
                }
            }
            return result
        }
        guard let pre = pairs(before), let post = pairs(after) else {
            return MathElement("mrow", children: [before, base, after])
        }
        if pre.isEmpty && post.isEmpty { return base }
        // Scripts only after: the ordinary script elements.
        if pre.isEmpty, post.count == 1 {
            switch (post[0].0.name, post[0].1.name) {
            case ("none", _): return MathElement("msup", children: [base, post[0].1])
            case (_, "none"): return MathElement("msub", children: [base, post[0].0])
            default: return MathElement("msubsup", children: [base, post[0].0, post[0].1])
            }
        }
        var children = [base] + post.flatMap { [$0.0, $0.1] }
        if !pre.isEmpty { children += [MathElement("mprescripts")] + pre.flatMap { [$0.0, $0.1] } }
        return MathElement("mmultiscripts", children: children)
    }
}
