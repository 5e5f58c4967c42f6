/// amsmath's and amssymb's commands beyond the basics: scripts at the
/// corners (`\sideset`), `\idotsint`, the decorated limits `\varliminf`…,
/// `\overunderset`, and `\shoveleft`/`\shoveright` in `multline`. Also
/// MathJax's own `\mmlToken` and `\breakAlign`, which its AMS tests use.
extension TeXParser {
    static let amsConstructs: [String: Construct] = {
        var table = ConstructTable()
        table.add(["sideset"]) { parser, _ in
            let before = try parser.parseArgument()
            let after = try parser.parseArgument()
            // `\sideset{}{}\sideset{}{}…` recurses through parseAtom: a level each.
            try parser.descend()
            defer { parser.depth -= 1 }
            var atom = try parser.parseAtom()
            atom.base = Self.sideset(before, after, on: Self.scripted(atom))
            atom.lower = nil
            atom.upper = nil
            atom.primes = 0
            return atom
        }
        table.add(["idotsint"]) { _, _ in
            Atom(base: MathElement("mrow", children: [MathElement("mo", text: "∫"), MathElement("mo", text: "⋯"), MathElement("mo", text: "∫")]))
        }
        let decoratedLimits: [String: (under: Bool, arrow: String?)] = [
            "varliminf": (true, nil), "varlimsup": (false, nil), "varinjlim": (true, "→"), "varprojlim": (true, "←"),
        ]
        for (name, decoration) in decoratedLimits {
            table.add([name]) { _, _ in
                let lim = MathElement("mi", text: "lim")
                let decorated: MathElement
                if let arrow = decoration.arrow {
                    // An accent, so that the arrow stretches over the whole word.
                    let mark = MathElement("mo", text: arrow, [("stretchy", "true")])
                    decorated = MathElement("munder", [("accentunder", "true")], children: [lim, mark])
                } else {
                    decorated = Self.ruled(lim, under: decoration.under)
                }
                var atom = Atom(base: decorated, limits: .movable)
                atom.appliesFunction = true
                return atom
            }
        }
        table.add(["overunderset"]) { parser, _ in
            let over = try parser.parseArgument()
            let under = try parser.parseArgument()
            return Atom(base: MathElement("munderover", children: [try parser.parseArgument(), under, over]))
        }
        table.add(["shoveleft", "shoveright"]) { parser, name in
            guard parser.insideMultline else { throw parser.error("\\\(name) only allowed in multline", command: "\\\(name)") }
            // A mark `multline` takes off its row, aligning the row.
            return Atom(base: MathElement("mrow", [(Self.shoveAttribute, name == "shoveleft" ? "left" : "right")], children: [MathElement("mspace")]))
        }
        table.add(["intertext", "shortintertext"]) { parser, name in
            throw parser.error("\\\(name) may only start a row of align, gather or another numbered environment", command: "\\\(name)")
        }
        table.add(["mmlToken"]) { parser, name in
            let kind = try parser.readRawArgument().trimmingCharacters(in: .whitespaces)
            guard ["mi", "mo", "mn", "mtext", "ms"].contains(kind) else { throw parser.error("\(kind) is not a token element", command: "\\\(name)") }
            // Attributes are MathJax's internals (and mostly not MathML Core's): left out.
            _ = try parser.readRawOptional()
            return Atom(base: MathElement(kind, text: try parser.readRawArgument()))
        }
        table.add(["breakAlign"]) { parser, _ in
            // Where a cell may break across lines: browsers do not break tables.
            _ = try parser.readRawArgument()
            _ = try parser.readRawArgument()
            return Atom(base: MathElement("mrow"))
        }
        return table.constructs
    }()

    static let shoveAttribute = "data-shove"

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

    /// Aligns each row of a `multline` that begins with `\shoveleft` or
    /// `\shoveright`, and takes the mark off.
    static func shoved(_ rows: [[MathElement]]) -> [(cell: MathElement, side: String?)] {
        rows.map { cells in
            let cell = cells.first ?? MathElement("mrow")
            let parts = cell.name == "mrow" ? cell.children : [cell]
            let side = parts.last { $0.attribute(shoveAttribute) != nil }?.attribute(shoveAttribute)
            return (.row(parts.filter { $0.attribute(shoveAttribute) == nil }), side)
        }
    }
}
