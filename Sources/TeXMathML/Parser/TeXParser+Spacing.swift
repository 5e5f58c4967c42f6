/// TeX's spacing between atoms (The TeXbook, chapter 18 and Appendix G),
/// written into the MathML as explicit `lspace`/`rspace` on operators, as
/// Temml and MathJax do: a browser's operator dictionary spaces `|`, `/`,
/// `\det` or a relation in a subscript otherwise than TeX.

/// TeX's classes of atoms, which decide the space between neighbours.
enum TeXClass: Int, Sendable {
    case ord, op, bin, rel, open, close, punct, inner

    /// Whether a space beside this atom is its own (an operator's), rather
    /// than its neighbour's: it then goes on this atom's `mo`.
    var ownsSpace: Bool { self == .op || self == .bin || self == .rel }
}

/// TeX's four styles, as far as spacing and fractions need them.
enum MathStyle: Int, Sendable {
    case display, text, script, scriptScript

    /// Script styles, where only the thin spaces next to an operator remain.
    var isScript: Bool { self.rawValue >= MathStyle.script.rawValue }

    /// The style of a sub- or superscript, a limit or a root's index.
    var script: MathStyle { isScript ? .scriptScript : .script }

    /// The style of a fraction's numerator and denominator.
    var fraction: MathStyle {
        switch self {
        case .display: .text
        case .text: .script
        default: .scriptScript
        }
    }
}

/// How an expression meets what lies around it, where that is not the
/// start or end of a list: the cells of an alignment, the rest of a group
/// after `\color`.
struct ListContext {
    /// The class of the atom before the list; nil at a list's start.
    var before: TeXClass?
    /// The class of the atom after the list; nil at a list's end.
    var after: TeXClass?
}

extension TeXParser {
    /// The TeXbook's table of spaces (p. 170), in mu: rows the left atom,
    /// columns the right one. Negative entries (the table's parenthesized
    /// ones) apply in display and text styles only.
    private static let spaceTable: [[Int8]] = [
        // ord op bin rel open close punct inner
        [0, 3, -4, -5, 0, 0, 0, -3],  // ord
        [3, 3, 0, -5, 0, 0, 0, -3],  // op
        [-4, -4, 0, 0, -4, 0, 0, -4],  // bin
        [-5, -5, 0, 0, -5, 0, 0, -5],  // rel
        [0, 0, 0, 0, 0, 0, 0, 0],  // open
        [0, 3, -4, -5, 0, 0, 0, -3],  // close
        [-3, -3, 0, -3, -3, -3, -3, -3],  // punct
        [-3, 3, -4, -5, -3, 0, -3, -3],  // inner
    ]

    /// The space between atoms of classes `left` and `right`, in mu.
    static func space(between left: TeXClass, and right: TeXClass, script: Bool) -> Int8 {
        let entry = spaceTable[left.rawValue][right.rawValue]
        return entry >= 0 ? entry : script ? 0 : -entry
    }

    /// A space of `mu` (0, 3, 4 or 5) in em, as MathML writes it.
    static func em(mu: Int8) -> String {
        switch mu {
        case 0: "0"
        case 3: "0.1667em"
        case 4: "0.2222em"
        case 5: "0.2778em"
        default: em(Double(mu) / 18)
        }
    }

    /// How one atom of a list is spaced: its class as TeX settles it, and
    /// the spaces (in mu) on its operator or before it.
    struct SpacingSlot {
        var texClass: TeXClass?
        /// Whether the atom is an embellished operator, whose `mo` carries spaces.
        var isCore: Bool
        var lspace: Int8 = 0
        var rspace: Int8 = 0
        /// An `mspace` before the atom, where neither neighbour is an operator.
        var spaceBefore: Int8 = 0
    }

    /// The classes of `atoms` as TeX settles them: a binary operator with
    /// nothing to operate on the left (at the start, after a relation, an
    /// opening…) or on the right (before a relation, a closing, at the end)
    /// is ordinary, as the minus of `(-x)` and `=-b`. Nil for what is no
    /// atom (spaces, what `\label` leaves).
    static func settledSlots(_ atoms: [Atom], context: ListContext) -> [SpacingSlot] {
        var slots: [SpacingSlot] = []
        slots.reserveCapacity(atoms.count)
        var previous = context.before
        var last: Int?
        var continued = false
        for atom in atoms {
            let index = slots.count
            slots.append(SpacingSlot(texClass: atom.spacingClass, isCore: hasOperatorCore(atom.base)))
            if atom.continuesList { continued = true }
            guard var current = slots[index].texClass else { continue }
            continued = false
            if current == .bin {
                switch previous {
                case nil, .bin?, .op?, .rel?, .open?, .punct?: current = .ord
                default: break
                }
            }
            if current == .rel || current == .close || current == .punct, let last, slots[last].texClass == .bin {
                slots[last].texClass = .ord
            }
            slots[index].texClass = current
            previous = current
            last = index
        }
        // After the last atom, a switch's group may go on (`a+\color{red}b`).
        if let last, slots[last].texClass == .bin, context.after == nil, !continued {
            slots[last].texClass = .ord
        }
        return slots
    }

    /// The class of the last atom of `atoms` as TeX settles it, were more to follow.
    static func lastSettledClass(_ atoms: [Atom], before: TeXClass?) -> TeXClass? {
        settledSlots(atoms, context: ListContext(before: before, after: .ord)).last { $0.texClass != nil }?.texClass ?? before
    }

    /// Whether `element` is an embellished operator (MathML Core): an `mo`,
    /// a script or fraction whose base is one, or a row holding one and
    /// spaces. Its spacing is the core `mo`'s `lspace` and `rspace`.
    static func hasOperatorCore(_ element: MathElement) -> Bool {
        // The common tokens first: a switch compares the names one by one.
        if element.text != nil { return element.name == "mo" }
        switch element.name {
        case "mo":
            return element.text != nil
        case "msub", "msup", "msubsup", "munder", "mover", "munderover", "mfrac":
            return element.children.first.map(hasOperatorCore) ?? false
        case "mrow", "mstyle", "mpadded", "mphantom":
            var core = false
            for child in element.children where child.name != "mspace" {
                guard !core, hasOperatorCore(child) else { return false }
                core = true
            }
            return core
        default:
            return false
        }
    }

    /// Sets the spacing of the core `mo` of an embellished operator.
    static func setOperatorSpacing(_ element: inout MathElement, lspace: String, rspace: String) {
        if element.name == "mo" {
            element.setAttribute("lspace", lspace)
            element.setAttribute("rspace", rspace)
            return
        }
        guard let index = element.children.firstIndex(where: { $0.name != "mspace" }) else { return }
        setOperatorSpacing(&element.children[index], lspace: lspace, rspace: rspace)
    }

    /// Whether the browsers' operator dictionary gives a symbol of class
    /// `dictionaryClass` standing inside a row these spaces (in mu).
    static func dictionaryAgrees(_ dictionaryClass: TeXClass, _ lspace: Int8, _ rspace: Int8) -> Bool {
        switch dictionaryClass {
        case .rel: lspace == 5 && rspace == 5
        case .bin: lspace == 4 && rspace == 4
        case .open, .close: lspace == 0 && rspace == 0
        case .punct: lspace == 0 && rspace == 3
        default: false
        }
    }
}

extension TeXParser {
    /// A required argument as an atom of the class its content has where
    /// that is one relation or binary operator (`{=}`, `\to`), else ordinary.
    mutating func parseAtomArgument() throws -> Atom {
        let element = try parseArgument()
        var core = element
        while core.name != "mo", Self.hasOperatorCore(core), let first = core.children.first(where: { $0.name != "mspace" }) { core = first }
        return Atom(base: element, texClass: core.name == "mo" ? Self.operatorClasses[core.text ?? ""] ?? .ord : .ord)
    }

    /// The relations and binary operators of the symbol table, by their text.
    static let operatorClasses: [String: TeXClass] = {
        var classes: [String: TeXClass] = [:]
        for symbol in Array(SymbolTable.commands.values) + Array(SymbolTable.characters.values) {
            if symbol.kind == .relation { classes[symbol.text] = .rel }
            if symbol.kind == .binary { classes[symbol.text] = .bin }
        }
        return classes
    }()
}

extension TeXParser.Atom {
    /// What `\label`, `\tag` or `\newcommand` leave, and `{}`: nothing to render.
    var rendersNothing: Bool {
        base.name == "mrow" && base.children.isEmpty && lower == nil && upper == nil && primes == 0
    }

    /// The class this atom takes part in spacing with; nil for no atom.
    var spacingClass: TeXClass? {
        if let texClass { return texClass }
        if lower == nil && upper == nil && primes == 0 {
            if base.name == "mspace" || continuesList { return nil }
            if base.name == "mrow" && base.children.isEmpty { return nil }
        }
        // An `mo` no table classed (`\mmlToken{mo}{=}`): as its symbol is.
        if base.name == "mo", let text = base.text { return TeXParser.operatorClasses[text] ?? .ord }
        return .ord
    }
}
