/// Characters, symbols and scripts.
extension TeXParser {
    /// MathML for the atoms of an expression, scripts attached.
    func finish(_ atoms: [Atom]) -> [MathElement] {
        var elements: [MathElement] = []
        elements.reserveCapacity(atoms.count)
        for (index, atom) in atoms.enumerated() {
            // What `\label`, `\tag` or `\newcommand` leave renders nothing.
            if atom.base.name == "mrow" && atom.base.children.isEmpty && atom.lower == nil && atom.upper == nil && atom.primes == 0 {
                continue
            }
            elements.append(Self.scripted(atom))
            if atom.appliesFunction {
                elements.append(MathElement("mo", text: "\u{2061}"))
                // TeX puts a thin space between `\log` and its argument, but not before a bracket.
                if index + 1 < atoms.count, !Self.isOpening(atoms[index + 1].base) {
                    elements.append(Self.space("0.1667em"))
                }
            }
        }
        return elements
    }

    private static func isOpening(_ element: MathElement) -> Bool {
        if element.name == "mrow", let first = element.children.first { return isOpening(first) }
        return element.name == "mo" && ["(", "[", "{", "⟨", "|", "‖"].contains(element.text ?? "")
    }

    static func scripted(_ atom: Atom) -> MathElement {
        var superscript = atom.upper
        if atom.primes > 0 {
            // Unicode has one character for up to four primes; more are each
            // written, as MathJax does (five must not read as four).
            let primes = atom.primes <= 4 ? ["′", "″", "‴", "⁗"][atom.primes - 1] : String(repeating: "′", count: atom.primes)
            let prime = MathElement("mo", text: primes)
            superscript = superscript.map { MathElement("mrow", children: [prime, $0]) } ?? prime
        }
        let base = atom.base
        switch (atom.lower, superscript) {
        case (nil, nil):
            return base
        case (let sub?, nil):
            return MathElement(atom.limits == .never ? "msub" : "munder", children: [base, sub])
        case (nil, let sup?):
            return MathElement(atom.limits == .never ? "msup" : "mover", children: [base, sup])
        case (let sub?, let sup?):
            return MathElement(atom.limits == .never ? "msubsup" : "munderover", children: [base, sub, sup])
        }
    }

    /// A character typed in math.
    mutating func character(_ scalar: Unicode.Scalar) throws -> Atom {
        if TeXLexer.isDigit(scalar) {
            var number = String(scalar)
            while position < tokens.count, case .character(let next) = tokens[position].kind {
                if TeXLexer.isDigit(next) {
                    number.unicodeScalars.append(next)
                } else if next == ".", position + 1 < tokens.count, case .character(let after) = tokens[position + 1].kind,
                    TeXLexer.isDigit(after)
                {
                    number.unicodeScalars.append(next)
                } else {
                    break
                }
                position += 1
            }
            return Atom(base: MathElement("mn", text: number))
        }
        if let symbol = SymbolTable.character(scalar) {
            return Self.atom(for: symbol)
        }
        if TeXLexer.isLetter(scalar) || scalar.value >= 0x80 && scalar.value < 0x2E80 && scalar.properties.isAlphabetic {
            return Atom(base: MathElement("mi", text: String(scalar)))
        }
        if scalar.value >= 0x80 && scalar.properties.isAlphabetic {
            // Chinese and other scripts typed straight into math read as text.
            return Atom(base: MathElement("mtext", text: String(scalar)))
        }
        return Atom(base: MathElement("mo", text: String(scalar)))
    }

    static func atom(for symbol: TeXSymbol) -> Atom {
        switch symbol.kind {
        case .identifier:
            return Atom(base: MathElement("mi", text: symbol.text))
        case .upright:
            return Atom(base: MathElement("mi", text: symbol.text, [("mathvariant", "normal")]))
        case .relation, .binary, .punctuation, .ordinaryOperator:
            return Atom(base: MathElement("mo", text: symbol.text))
        case .open, .close, .fence:
            return Atom(base: MathElement("mo", text: symbol.text, [("stretchy", "false")]))
        case .largeOperator(let limits):
            return Atom(
                base: MathElement("mo", text: symbol.text, limits ? [("movablelimits", "true")] : [("movablelimits", "false")]),
                limits: limits ? .movable : .never)
        case .function(let limits):
            if limits {
                return Atom(base: MathElement("mo", text: symbol.text, [("movablelimits", "true"), ("form", "prefix")]), limits: .movable)
            }
            var atom = Atom(base: MathElement("mi", text: symbol.text))
            atom.appliesFunction = true
            return atom
        }
    }

    static func fraction(_ numerator: MathElement, _ denominator: MathElement, infix: String) -> MathElement {
        switch infix {
        case "choose", "brace", "brack":
            let (open, close) = infix == "choose" ? ("(", ")") : infix == "brace" ? ("{", "}") : ("[", "]")
            return MathElement("mrow", children: [
                MathElement("mo", text: open), MathElement("mfrac", [("linethickness", "0")], children: [numerator, denominator]),
                MathElement("mo", text: close),
            ])
        case "atop":
            return MathElement("mfrac", [("linethickness", "0")], children: [numerator, denominator])
        default:
            return MathElement("mfrac", children: [numerator, denominator])
        }
    }

    /// Letters of `element` in another alphabet (`\mathbf{x}`, `\rm x`).
    static func restyle(_ element: MathElement, _ alphabet: MathAlphabet?) -> MathElement {
        var result = element
        if let text = element.text, element.name == "mi" || element.name == "mn" {
            if let alphabet {
                result.text = alphabet.map(text)
            } else if element.name == "mi" && text.unicodeScalars.count == 1 {
                result.setAttribute("mathvariant", "normal")
            }
            return result
        }
        result.children = element.children.map { restyle($0, alphabet) }
        return result
    }
}
