/// Characters, symbols and scripts.
extension TeXParser {
    /// MathML for the atoms of an expression, scripts attached, spaced as
    /// TeX spaces them: each space between two atoms is the `lspace` of the
    /// right one where it is an operator, else the `rspace` of the left
    /// one, else an `mspace` between them.
    func finish(_ atoms: [Atom], context: ListContext = ListContext()) -> [MathElement] {
        if atoms.count == 1, context.before == nil, context.after == nil {
            // One atom (a script, an argument): nothing beside it to space from.
            var atom = atoms[0]
            if atom.rendersNothing { return [] }
            if atom.spacingClass != nil, Self.hasOperatorCore(atom.base) {
                Self.setOperatorSpacing(&atom.base, lspace: "0", rspace: "0")
            }
            let element = Self.scripted(atom)
            return atom.appliesFunction ? [element, MathElement("mo", text: "\u{2061}")] : [element]
        }
        var slots = Self.settledSlots(atoms, context: context)
        let script = style.isScript
        var spaceAfterLast: Int8 = 0
        var previous: Int?
        for index in slots.indices {
            guard let current = slots[index].texClass else { continue }
            let left = previous.map { slots[$0].texClass } ?? context.before
            let space = left.map { Self.space(between: $0, and: current, script: script) } ?? 0
            if space > 0 {
                // On the operator the space is for (`)=` on the `=`, `=-b` too),
                // else on whichever neighbour is an operator.
                let leftCore = previous.map { slots[$0].isCore } ?? false
                let leftOwns = left?.ownsSpace == true || left == .punct
                if slots[index].isCore && (current.ownsSpace || !(leftCore && leftOwns)) {
                    slots[index].lspace = space
                } else if let previous, leftCore {
                    slots[previous].rspace = space
                } else {
                    slots[index].spaceBefore = space
                }
            }
            previous = index
        }
        if let last = previous, let after = context.after, let lastClass = slots[last].texClass {
            let space = Self.space(between: lastClass, and: after, script: script)
            if slots[last].isCore { slots[last].rspace = space } else { spaceAfterLast = space }
        }
        // What `\label`, `\tag` or `\newcommand` leave renders nothing, nor does `{}`.
        let firstShown = atoms.firstIndex { !$0.rendersNothing }
        let lastShown = atoms.lastIndex { !$0.rendersNothing }
        var elements: [MathElement] = []
        elements.reserveCapacity(atoms.count)
        for index in atoms.indices where !atoms[index].rendersNothing {
            let slot = slots[index]
            if slot.spaceBefore > 0 { elements.append(Self.space(Self.em(mu: slot.spaceBefore))) }
            if slot.isCore, let settled = slot.texClass {
                var atom = atoms[index]
                // Inside a row, the browsers' dictionary gives a relation or a
                // binary operator TeX's spacing; at a row's ends it may not.
                let inside = index != firstShown && index != lastShown
                let agrees = atom.dictionaryClass == settled && Self.dictionaryAgrees(settled, slot.lspace, slot.rspace)
                    && (inside || settled != .rel && settled != .bin)
                if !agrees {
                    Self.setOperatorSpacing(&atom.base, lspace: Self.em(mu: slot.lspace), rspace: Self.em(mu: slot.rspace))
                }
                elements.append(Self.scripted(atom))
            } else {
                elements.append(Self.scripted(atoms[index]))
            }
            if atoms[index].appliesFunction {
                elements.append(MathElement("mo", text: "\u{2061}"))
            }
        }
        if spaceAfterLast > 0 { elements.append(Self.space(Self.em(mu: spaceAfterLast))) }
        if elements.count == 1, let only = firstShown, slots[only].isCore, slots[only].lspace > 0 || slots[only].rspace > 0 {
            // An operator alone in a table cell is no operator of a row to
            // Chromium, which drops its spacing (`=&\,` on a row of its own):
            // the spaces stand beside it.
            Self.setOperatorSpacing(&elements[0], lspace: "0", rspace: "0")
            if slots[only].rspace > 0 { elements.append(Self.space(Self.em(mu: slots[only].rspace))) }
            if slots[only].lspace > 0 { elements.insert(Self.space(Self.em(mu: slots[only].lspace)), at: 0) }
        }
        return elements
    }

    static func scripted(_ atom: Atom) -> MathElement {
        var superscript = atom.upper
        var base = atom.base
        if atom.primes > 0 {
            // Unicode has one character for up to four primes; more are each
            // written, as MathJax does (five must not read as four).
            let primes = atom.primes <= 4 ? ["′", "″", "‴", "⁗"][atom.primes - 1] : String(repeating: "′", count: atom.primes)
            let hasBase = !(base.name == "mrow" && base.children.isEmpty)
            if hasBase && atom.lower == nil && atom.limits == .never {
                // A font's prime is already a raised, superscript-sized glyph
                // (TeX's is a big one that the superscript shrinks): at the
                // base's size beside it, it is TeX's f′; in a superscript it is
                // tiny and high in Chromium. `x'^2` puts the 2 after it.
                // Firefox keeps an italic letter's overhang clear (it adds the
                // italic correction after an <mi>); Chromium does not, so a
                // prime after T or Y is tight there, and an lspace for it
                // would be doubled in Firefox.
                base = MathElement("mrow", children: [base, MathElement("mo", text: primes, [("lspace", "0"), ("rspace", "0")])])
            } else {
                // With a subscript the prime stays a superscript, over the
                // subscript as in TeX (`x_i'`), though small in Chromium; over
                // an operator with limits it is one (`\sum'` displayed), and
                // on nothing (`{}'`, `\sideset{'}{'}`) it is all there is.
                let prime = MathElement("mo", text: primes)
                superscript = superscript.map { MathElement("mrow", children: [prime, $0]) } ?? prime
            }
        }
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
            return Atom(base: MathElement("mn", text: number), texClass: .ord)
        }
        if let symbol = SymbolTable.character(scalar) {
            return Self.atom(for: symbol)
        }
        if TeXLexer.isLetter(scalar) || scalar.value >= 0x80 && scalar.value < 0x2E80 && scalar.properties.isAlphabetic {
            return Atom(base: MathElement("mi", text: String(scalar)), texClass: .ord)
        }
        if scalar.value >= 0x80 && scalar.properties.isAlphabetic {
            // Chinese and other scripts typed straight into math read as text.
            return Atom(base: MathElement("mtext", text: String(scalar)))
        }
        return Atom(base: MathElement("mo", text: String(scalar)))
    }

    static func atom(for symbol: TeXSymbol) -> Atom {
        var atom: Atom
        switch symbol.kind {
        case .identifier:
            return Atom(base: MathElement("mi", text: symbol.text), texClass: .ord)
        case .upright:
            return Atom(base: MathElement("mi", text: symbol.text, [("mathvariant", "normal")]), texClass: .ord)
        case .relation, .binary, .punctuation:
            let texClass: TeXClass = symbol.kind == .relation ? .rel : symbol.kind == .binary ? .bin : .punct
            atom = Atom(base: MathElement("mo", text: symbol.text), texClass: texClass)
            // Where the dictionary is known to space the symbol as TeX does.
            if texClass != .punct || symbol.text == "," { atom.dictionaryClass = symbol.text == ":" ? nil : texClass }
        case .dots:
            return dots(centred: symbol.text == "⋯")
        case .ordinaryOperator:
            atom = Atom(base: MathElement("mo", text: symbol.text), texClass: .ord)
        case .open, .close:
            let texClass: TeXClass = symbol.kind == .open ? .open : .close
            atom = Atom(base: MathElement("mo", text: symbol.text, [("stretchy", "false")]), texClass: texClass)
            atom.dictionaryClass = texClass
        case .fence:
            // `|` is ordinary in TeX (`p(x|y)`); `\mid` is the relation.
            atom = Atom(base: MathElement("mo", text: symbol.text, [("stretchy", "false")]), texClass: .ord)
        case .largeOperator(let limits):
            atom = Atom(
                base: MathElement("mo", text: symbol.text, limits ? [("movablelimits", "true")] : [("movablelimits", "false")]),
                limits: limits ? .movable : .never, texClass: .op)
        case .function(let limits):
            if limits {
                return Atom(base: MathElement("mo", text: symbol.text, [("movablelimits", "true"), ("form", "prefix")]), limits: .movable, texClass: .op)
            }
            atom = Atom(base: MathElement("mi", text: symbol.text), texClass: .op)
            atom.appliesFunction = true
        }
        return atom
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

    /// `\overwithdelims` `\atopwithdelims` `\abovewithdelims`: everything
    /// before over everything after, between delimiters, as `\choose` is
    /// between parentheses; `outer` is the style around the fraction.
    mutating func delimitedFraction(_ name: String, numerator: MathElement, stops: Stops, outer: MathStyle) throws -> MathElement {
        let open = try delimiter(name)
        let close = try delimiter(name)
        var fraction = MathElement("mfrac")
        if name == "abovewithdelims" {
            fraction.setAttribute("linethickness", Self.ruleThickness(try readLength(for: name)))
        } else if name != "overwithdelims" {
            fraction.setAttribute("linethickness", "0")
        }
        fraction.children = [numerator, .row(try parseExpression(stops))]
        // TeX's fixed sizes for them, whatever the parts: 2.39em in display
        // style, 1.01em in the others (`\bigg` and `\big`).
        let size = outer == .display ? 3 : 1
        let fences = [open, close].map { $0.isEmpty ? nil : Self.stretchy($0, size: size) }
        return MathElement("mrow", children: [fences[0], fraction, fences[1]].compactMap { $0 })
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
        if alphabet == nil, element.name == "mrow" {
            result.children = uprightWords(result.children)
        }
        return result
    }

    /// Upright letters in a row as one word (`\mathrm{softmax}` is one
    /// `<mi>softmax</mi>`, as Temml writes it, not seven letters): a
    /// multi-letter `mi` is upright already.
    private static func uprightWords(_ children: [MathElement]) -> [MathElement] {
        func isUprightLetter(_ element: MathElement) -> Bool {
            element.name == "mi" && element.attributes.count == 1 && element.attribute("mathvariant") == "normal"
                && element.text?.unicodeScalars.count == 1 && element.text!.unicodeScalars.allSatisfy(TeXLexer.isLetter)
        }
        var merged: [MathElement] = []
        for child in children {
            if isUprightLetter(child), let last = merged.last, last.name == "mi", last.reference == nil,
                isUprightLetter(last) || (last.attributes.isEmpty && last.text.map { $0.unicodeScalars.count > 1 && $0.unicodeScalars.allSatisfy(TeXLexer.isLetter) } == true)
            {
                merged[merged.count - 1] = MathElement("mi", text: (last.text ?? "") + (child.text ?? ""))
            } else {
                merged.append(child)
            }
        }
        return merged
    }
}
