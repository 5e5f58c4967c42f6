/// The commands and characters that stand for one symbol, and the accents.
///
/// Names follow KaTeX's "Supported Functions" list, characters KaTeX's and
/// Temml's symbol tables. Where those differ, Temml's (written for native
/// MathML) is used for the bars `|` `‖`, `\perp` ⟂, the corners ⌜⌝⌞⌟ and
/// `\varnothing`. Commands that take arguments, spacing, `\not`,
/// `\left`/`\right`, `\big`… and fonts are entries of the parser's registry
/// (`Commands/`), which takes these symbols in too.
enum SymbolTable {
    /// Commands by name without the backslash: `"alpha"` → `α` identifier.
    static let commands: [String: TeXSymbol] = {
        var table: [String: TeXSymbol] = [:]
        func add(_ kind: TeXSymbol.Kind, _ entries: KeyValuePairs<String, String>) {
            for (name, text) in entries {
                let previous = table.updateValue(TeXSymbol(text: text, kind: kind), forKey: name)
                assert(previous == nil, "\\\(name) is defined twice")
            }
        }
        func addFunctions(limits: Bool, _ names: [String]) {
            for name in names {
                let previous = table.updateValue(TeXSymbol(text: name, kind: .function(limits: limits)), forKey: name)
                assert(previous == nil, "\\\(name) is defined twice")
            }
        }

        // Lowercase Greek: italic, like Latin letters.
        add(.identifier, [
            "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "zeta": "ζ",
            "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
            "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "rho": "ρ", "sigma": "σ",
            "tau": "τ", "upsilon": "υ", "phi": "ϕ", "chi": "χ", "psi": "ψ", "omega": "ω",
            "varepsilon": "ε", "vartheta": "ϑ", "thetasym": "ϑ", "varpi": "ϖ", "varrho": "ϱ",
            "varsigma": "ς", "varphi": "φ", "varkappa": "ϰ", "digamma": "ϝ",
        ])
        // Uppercase Greek: upright, as in TeX.
        add(.upright, [
            "Alpha": "Α", "Beta": "Β", "Gamma": "Γ", "Delta": "Δ", "Epsilon": "Ε", "Zeta": "Ζ",
            "Eta": "Η", "Theta": "Θ", "Iota": "Ι", "Kappa": "Κ", "Lambda": "Λ", "Mu": "Μ",
            "Nu": "Ν", "Xi": "Ξ", "Omicron": "Ο", "Pi": "Π", "Rho": "Ρ", "Sigma": "Σ",
            "Tau": "Τ", "Upsilon": "Υ", "Phi": "Φ", "Chi": "Χ", "Psi": "Ψ", "Omega": "Ω",
        ])
        // Italic uppercase Greek, as Mathematical Italic characters.
        add(.identifier, [
            "varGamma": "\u{1D6E4}", "varDelta": "\u{1D6E5}", "varTheta": "\u{1D6E9}", "varLambda": "\u{1D6EC}",
            "varXi": "\u{1D6EF}", "varPi": "\u{1D6F1}", "varSigma": "\u{1D6F4}", "varUpsilon": "\u{1D6F6}",
            "varPhi": "\u{1D6F7}", "varPsi": "\u{1D6F9}", "varOmega": "\u{1D6FA}",
        ])
        // Hebrew and other letter-like identifiers.
        add(.identifier, [
            "aleph": "ℵ", "alef": "ℵ", "alefsym": "ℵ", "beth": "ℶ", "gimel": "ℷ", "daleth": "ℸ",
            "ell": "ℓ", "hbar": "ℏ", "hslash": "ℏ", "imath": "ı", "jmath": "ȷ", "wp": "℘", "weierp": "℘",
            "Re": "ℜ", "real": "ℜ", "Im": "ℑ", "image": "ℑ", "mho": "℧", "eth": "ð", "Bbbk": "𝕜",
            "Finv": "Ⅎ", "Game": "⅁", "infty": "∞", "infin": "∞",
            "R": "ℝ", "Reals": "ℝ", "reals": "ℝ", "N": "ℕ", "natnums": "ℕ", "Z": "ℤ",
            "Complex": "ℂ", "cnums": "ℂ",
        ])
        // Upright identifiers: these must not be auto-italicized (∂ and ∇ would be).
        add(.upright, [
            "partial": "∂", "nabla": "∇", "forall": "∀", "exists": "∃", "exist": "∃", "nexists": "∄",
            "complement": "∁", "emptyset": "∅", "empty": "∅",
            // Temml's choice; Unicode has no separate AMS varnothing.
            "varnothing": "ø",
        ])
        // Other ordinary symbols.
        add(.identifier, [
            "top": "⊤", "bot": "⊥", "angle": "∠", "measuredangle": "∡", "sphericalangle": "∢",
            "triangle": "△", "triangledown": "▽", "blacktriangle": "▲", "blacktriangledown": "▼",
            "square": "□", "Box": "□", "blacksquare": "■", "Diamond": "◊", "lozenge": "◊", "blacklozenge": "⧫",
            "clubsuit": "♣", "clubs": "♣", "diamondsuit": "♢", "diamonds": "♢", "heartsuit": "♡", "hearts": "♡",
            "spadesuit": "♠", "spades": "♠", "flat": "♭", "natural": "♮", "sharp": "♯",
            "surd": "√", "degree": "°", "checkmark": "✓", "maltese": "✠", "bigstar": "★", "circledS": "Ⓢ",
            "circledR": "®", "copyright": "©", "pounds": "£", "mathsterling": "£", "yen": "¥",
            "diagup": "╱", "diagdown": "╲", "dag": "†", "ddag": "‡",
            "%": "%", "#": "#", "&": "&", "$": "$", "_": "_",
            "AA": "Å", "S": "§",
        ])
        // Operator-like ordinary symbols: dots, primes, negation.
        add(.dots, [
            "ldots": "…", "dotsc": "…", "dotso": "…", "mathellipsis": "…",
            "cdots": "⋯", "dotsb": "⋯", "dotsm": "⋯", "dotsi": "⋯",
        ])
        add(.ordinaryOperator, [
            "vdots": "⋮", "ddots": "⋱", "iddots": "⋰",
            "prime": "′", "backprime": "‵", "neg": "¬", "lnot": "¬", "backslash": "\\",
            // Plain TeX's `\*`, a multiplication that shows only where a line breaks.
            "*": "\u{2062}", "notChar": "⧸",
        ])
        // Punctuation.
        add(.punctuation, ["colon": ":", "cdotp": "⋅", "ldotp": "."])

        // Opening and closing delimiters.
        add(.open, [
            "{": "{", "lbrace": "{", "lbrack": "[", "lparen": "(", "langle": "⟨", "lang": "⟨",
            "lvert": "|", "lVert": "‖", "lfloor": "⌊", "lceil": "⌈", "lgroup": "⟮", "lmoustache": "⎰",
            "llbracket": "⟦", "lBrace": "⦃", "ulcorner": "⌜", "llcorner": "⌞",
        ])
        add(.close, [
            "}": "}", "rbrace": "}", "rbrack": "]", "rparen": ")", "rangle": "⟩", "rang": "⟩",
            "rvert": "|", "rVert": "‖", "rfloor": "⌋", "rceil": "⌉", "rgroup": "⟯", "rmoustache": "⎱",
            "rrbracket": "⟧", "rBrace": "⦄", "urcorner": "⌝", "lrcorner": "⌟",
        ])
        // Bars that open or close depending on their place.
        add(.fence, ["vert": "|", "Vert": "‖", "|": "‖", "arrowvert": "⏐", "Arrowvert": "‖", "bracevert": "⎪"])

        // Binary operators.
        add(.binary, [
            "pm": "±", "plusmn": "±", "mp": "∓", "times": "×", "div": "÷", "cdot": "⋅", "sdot": "⋅",
            "centerdot": "⋅", "ast": "∗", "star": "⋆", "circ": "∘", "bullet": "∙", "bigcirc": "◯",
            "oplus": "⊕", "ominus": "⊖", "otimes": "⊗", "oslash": "⊘", "odot": "⊙", "minuso": "⦵",
            "dagger": "†", "Dagger": "‡", "ddagger": "‡", "diamond": "⋄", "And": "&",
            "cap": "∩", "cup": "∪", "uplus": "⊎", "sqcap": "⊓", "sqcup": "⊔", "Cap": "⋒", "doublecap": "⋒",
            "Cup": "⋓", "doublecup": "⋓", "vee": "∨", "lor": "∨", "wedge": "∧", "land": "∧",
            "curlyvee": "⋎", "curlywedge": "⋏", "barwedge": "⊼", "veebar": "⊻", "doublebarwedge": "⩞",
            "setminus": "∖", "smallsetminus": "∖", "wr": "≀", "amalg": "⨿",
            "triangleleft": "◃", "triangleright": "▹", "bigtriangleup": "△", "bigtriangledown": "▽",
            "lhd": "⊲", "rhd": "⊳", "unlhd": "⊴", "unrhd": "⊵",
            "boxplus": "⊞", "boxminus": "⊟", "boxtimes": "⊠", "boxdot": "⊡",
            "circleddash": "⊝", "circledast": "⊛", "circledcirc": "⊚",
            "dotplus": "∔", "divideontimes": "⋇", "intercal": "⊺", "ltimes": "⋉", "rtimes": "⋊",
            "leftthreetimes": "⋋", "rightthreetimes": "⋌", "lessdot": "⋖", "gtrdot": "⋗",
        ])

        // Equalities, orderings and other relations.
        add(.relation, [
            "ne": "≠", "neq": "≠", "equiv": "≡", "lt": "<", "gt": ">",
            "sim": "∼", "thicksim": "∼", "simeq": "≃", "backsim": "∽", "backsimeq": "⋍", "eqsim": "≂",
            "approx": "≈", "thickapprox": "≈", "approxeq": "≊", "cong": "≅", "asymp": "≍",
            "propto": "∝", "varpropto": "∝",
            "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "leqq": "≦", "geqq": "≧",
            "leqslant": "⩽", "geqslant": "⩾", "eqslantless": "⪕", "eqslantgtr": "⪖",
            "ll": "≪", "gg": "≫", "lll": "⋘", "llless": "⋘", "ggg": "⋙", "gggtr": "⋙",
            "lesssim": "≲", "gtrsim": "≳", "lessapprox": "⪅", "gtrapprox": "⪆",
            "lessgtr": "≶", "gtrless": "≷", "lesseqgtr": "⋚", "gtreqless": "⋛", "lesseqqgtr": "⪋", "gtreqqless": "⪌",
            "prec": "≺", "succ": "≻", "preceq": "⪯", "succeq": "⪰", "preccurlyeq": "≼", "succcurlyeq": "≽",
            "curlyeqprec": "⋞", "curlyeqsucc": "⋟", "precsim": "≾", "succsim": "≿",
            "precapprox": "⪷", "succapprox": "⪸",
            "doteq": "≐", "doteqdot": "≑", "Doteq": "≑", "triangleq": "≜", "eqcirc": "≖", "circeq": "≗",
            "bumpeq": "≏", "Bumpeq": "≎", "risingdotseq": "≓", "fallingdotseq": "≒",
            "between": "≬", "pitchfork": "⋔", "bowtie": "⋈", "Join": "⋈", "smile": "⌣", "frown": "⌢",
            "smallsmile": "⌣", "smallfrown": "⌢", "therefore": "∴", "because": "∵",
        ])
        // Sets, divisibility and logic.
        add(.relation, [
            "in": "∈", "isin": "∈", "ni": "∋", "owns": "∋", "backepsilon": "∍",
            "subset": "⊂", "sub": "⊂", "supset": "⊃", "subseteq": "⊆", "sube": "⊆", "supseteq": "⊇", "supe": "⊇",
            "subseteqq": "⫅", "supseteqq": "⫆", "Subset": "⋐", "Supset": "⋑",
            "sqsubset": "⊏", "sqsupset": "⊐", "sqsubseteq": "⊑", "sqsupseteq": "⊒",
            "mid": "∣", "shortmid": "∣", "parallel": "∥", "shortparallel": "∥", "perp": "⟂",
            "models": "⊨", "vdash": "⊢", "dashv": "⊣", "vDash": "⊨", "Vdash": "⊩", "Vvdash": "⊪",
            "vartriangleleft": "⊲", "vartriangleright": "⊳", "trianglelefteq": "⊴", "trianglerighteq": "⊵",
            "vartriangle": "△", "blacktriangleleft": "◀", "blacktriangleright": "▶",
            "multimap": "⊸", "origof": "⊶", "imageof": "⊷",
        ])
        // Colon relations (mathtools, colonequals); ∶ is RATIO, a centred colon.
        add(.relation, [
            "vcentcolon": "∶", "ratio": "∶", "dblcolon": "∷", "coloncolon": "∷",
            "coloneqq": "≔", "colonequals": "≔", "Coloneqq": "⩴", "coloncolonequals": "⩴",
            "coloneq": "∶−", "colonminus": "∶−", "Coloneq": "∷−", "coloncolonminus": "∷−",
            "eqqcolon": "≕", "equalscolon": "≕", "Eqqcolon": "=∷", "equalscoloncolon": "=∷",
            "eqcolon": "∹", "minuscolon": "∹", "Eqcolon": "−∷", "minuscoloncolon": "−∷",
            "approxcolon": "≈∶", "Approxcolon": "≈∷", "approxcoloncolon": "≈∷",
            "simcolon": "∼∶", "Simcolon": "∼∷", "simcoloncolon": "∼∷",
            "colonapprox": "∶≈", "Colonapprox": "∷≈", "coloncolonapprox": "∷≈",
            "colonsim": "∶∼", "Colonsim": "∷∼", "coloncolonsim": "∷∼",
        ])
        // Negated relations. Unicode has no negated ⩽ ⩾ ≦ ≧ ⫅ ⫆; like Temml,
        // these fall back to ≰ ≱ ⊈ ⊉. The \var… forms use standard variation sequences.
        add(.relation, [
            "nless": "≮", "ngtr": "≯", "nleq": "≰", "ngeq": "≱", "nleqslant": "≰", "ngeqslant": "≱",
            "nleqq": "≰", "ngeqq": "≱", "lneq": "⪇", "gneq": "⪈", "lneqq": "≨", "gneqq": "≩",
            "lvertneqq": "\u{2268}\u{FE00}", "gvertneqq": "\u{2269}\u{FE00}",
            "lnsim": "⋦", "gnsim": "⋧", "lnapprox": "⪉", "gnapprox": "⪊",
            "nprec": "⊀", "nsucc": "⊁", "npreceq": "⋠", "nsucceq": "⋡", "precneqq": "⪵", "succneqq": "⪶",
            "precnsim": "⋨", "succnsim": "⋩", "precnapprox": "⪹", "succnapprox": "⪺",
            "nsim": "≁", "ncong": "≆", "notin": "∉", "notni": "∌",
            "nsubseteq": "⊈", "nsupseteq": "⊉", "nsubseteqq": "⊈", "nsupseteqq": "⊉",
            "subsetneq": "⊊", "supsetneq": "⊋", "subsetneqq": "⫋", "supsetneqq": "⫌",
            "varsubsetneq": "\u{228A}\u{FE00}", "varsupsetneq": "\u{228B}\u{FE00}",
            "varsubsetneqq": "\u{2ACB}\u{FE00}", "varsupsetneqq": "\u{2ACC}\u{FE00}",
            "nmid": "∤", "nshortmid": "∤", "nparallel": "∦", "nshortparallel": "∦",
            "nvdash": "⊬", "nvDash": "⊭", "nVdash": "⊮", "nVDash": "⊯",
            "ntriangleleft": "⋪", "ntriangleright": "⋫", "ntrianglelefteq": "⋬", "ntrianglerighteq": "⋭",
        ])
        // Arrows, which are relations.
        add(.relation, [
            "to": "→", "rightarrow": "→", "rarr": "→", "gets": "←", "leftarrow": "←", "larr": "←",
            "leftrightarrow": "↔", "harr": "↔", "lrarr": "↔",
            "Rightarrow": "⇒", "Rarr": "⇒", "rArr": "⇒", "Leftarrow": "⇐", "Larr": "⇐", "lArr": "⇐",
            "Leftrightarrow": "⇔", "Harr": "⇔", "hArr": "⇔", "Lrarr": "⇔", "lrArr": "⇔",
            "uparrow": "↑", "uarr": "↑", "downarrow": "↓", "darr": "↓", "updownarrow": "↕",
            "Uparrow": "⇑", "Uarr": "⇑", "uArr": "⇑", "Downarrow": "⇓", "Darr": "⇓", "dArr": "⇓",
            "Updownarrow": "⇕",
            "longrightarrow": "⟶", "longleftarrow": "⟵", "longleftrightarrow": "⟷",
            "Longrightarrow": "⟹", "implies": "⟹", "Longleftarrow": "⟸", "impliedby": "⟸",
            "Longleftrightarrow": "⟺", "iff": "⟺",
            "mapsto": "↦", "longmapsto": "⟼", "hookrightarrow": "↪", "hookleftarrow": "↩",
            "nearrow": "↗", "searrow": "↘", "swarrow": "↙", "nwarrow": "↖",
            "rightharpoonup": "⇀", "rightharpoondown": "⇁", "leftharpoonup": "↼", "leftharpoondown": "↽",
            "rightleftharpoons": "⇌", "leftrightharpoons": "⇋",
            "upharpoonleft": "↿", "upharpoonright": "↾", "restriction": "↾",
            "downharpoonleft": "⇃", "downharpoonright": "⇂",
            "rightsquigarrow": "⇝", "leadsto": "⇝", "leftrightsquigarrow": "↭",
            "twoheadrightarrow": "↠", "twoheadleftarrow": "↞", "rightarrowtail": "↣", "leftarrowtail": "↢",
            "looparrowright": "↬", "looparrowleft": "↫", "curvearrowright": "↷", "curvearrowleft": "↶",
            "circlearrowright": "↻", "circlearrowleft": "↺", "Rrightarrow": "⇛", "Lleftarrow": "⇚",
            "dashrightarrow": "⇢", "dashleftarrow": "⇠",
            "rightrightarrows": "⇉", "leftleftarrows": "⇇", "rightleftarrows": "⇄", "leftrightarrows": "⇆",
            "upuparrows": "⇈", "downdownarrows": "⇊", "Lsh": "↰", "Rsh": "↱",
            "nrightarrow": "↛", "nleftarrow": "↚", "nRightarrow": "⇏", "nLeftarrow": "⇍",
            "nleftrightarrow": "↮", "nLeftrightarrow": "⇎",
        ])

        // Big operators with limits above and below in display style…
        add(.largeOperator(limits: true), [
            "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂", "bigvee": "⋁", "bigwedge": "⋀",
            "bigoplus": "⨁", "bigotimes": "⨂", "bigodot": "⨀", "biguplus": "⨄", "bigsqcup": "⨆",
            "intop": "∫", "smallint": "∫", "ointop": "∮",
        ])
        // …and integrals, whose limits go to the side.
        add(.largeOperator(limits: false), [
            "int": "∫", "iint": "∬", "iiint": "∭", "iiiint": "⨌", "oint": "∮", "oiint": "∯", "oiiint": "∰",
        ])

        // Named functions with limits at the side…
        addFunctions(limits: false, [
            "arcsin", "arccos", "arctan", "arctg", "arcctg", "arg", "ch", "cos", "cosec", "cosh", "cot", "cotg",
            "coth", "csc", "csgn", "ctg", "cth", "deg", "dim", "exp", "hom", "ker", "lg", "ln", "log", "sec", "sin",
            "sinh", "sh", "tan", "tanh", "tg", "th",
        ])
        // …and below in display style. Two-word names take a thin space.
        addFunctions(limits: true, ["det", "gcd", "inf", "lim", "max", "min", "Pr", "sup", "plim"])
        add(.function(limits: true), [
            "liminf": "lim\u{2009}inf", "limsup": "lim\u{2009}sup", "injlim": "inj\u{2009}lim",
            "projlim": "proj\u{2009}lim", "argmax": "arg\u{2009}max", "argmin": "arg\u{2009}min",
        ])
        return table
    }()

    /// Single characters typed directly in math. Letters and digits are
    /// not here, nor `'` (primes are read by the parser).
    /// `characters`, looked up by scalar: ASCII from a table, the rest by dictionary.
    static func character(_ scalar: Unicode.Scalar) -> TeXSymbol? {
        scalar.value < 128 ? asciiCharacters[Int(scalar.value)] : characters[Character(scalar)]
    }

    private static let asciiCharacters: [TeXSymbol?] = (0..<128).map { characters[Character(Unicode.Scalar(UInt8($0)))] }

    static let characters: [Character: TeXSymbol] = [
        "+": TeXSymbol(text: "+", kind: .binary),
        "-": TeXSymbol(text: "−", kind: .binary),
        "*": TeXSymbol(text: "∗", kind: .binary),
        "=": TeXSymbol(text: "=", kind: .relation),
        "<": TeXSymbol(text: "<", kind: .relation),
        ">": TeXSymbol(text: ">", kind: .relation),
        ":": TeXSymbol(text: ":", kind: .relation),
        ",": TeXSymbol(text: ",", kind: .punctuation),
        ";": TeXSymbol(text: ";", kind: .punctuation),
        "(": TeXSymbol(text: "(", kind: .open),
        "[": TeXSymbol(text: "[", kind: .open),
        ")": TeXSymbol(text: ")", kind: .close),
        "]": TeXSymbol(text: "]", kind: .close),
        "|": TeXSymbol(text: "|", kind: .fence),
        "/": TeXSymbol(text: "/", kind: .ordinaryOperator),
        "!": TeXSymbol(text: "!", kind: .ordinaryOperator),
        "?": TeXSymbol(text: "?", kind: .ordinaryOperator),
        ".": TeXSymbol(text: ".", kind: .ordinaryOperator),
        "@": TeXSymbol(text: "@", kind: .identifier),
    ]

    /// The gap TeX leaves between a mark over a letter and the letter's top,
    /// in em: it sets the accent's baseline at the letter's height less the
    /// x-height, so the mark's ink starts this far above the letter (its ink
    /// bottom in Latin Modern Math less the x-height, 0.431em). Chromium sets
    /// a mark's ink right on its base's (θ̃ touched); it is told the gap as
    /// padding under the mark, which Firefox, spacing accents as TeX does,
    /// leaves out of its layout. ~, for \widetilde, is no accent glyph.
    private static let markGaps: [String: String] = [
        "ˆ": "0.085", "ˇ": "0.085", "˜": "0.127", "¯": "0.158", "˙": "0.12", "¨": "0.126",
        "´": "0.079", "`": "0.079", "˘": "0.087", "˚": "0.098", "\u{20D7}": "0.09", "\u{0302}": "0.141",
    ]

    /// Accents by command name.
    static let accents: [String: TeXAccent] = {
        var table: [String: TeXAccent] = [:]
        func add(stretchy: Bool, under: Bool, _ entries: KeyValuePairs<String, String>) {
            for (name, text) in entries {
                let style = under ? nil : markGaps[text].map { "padding-bottom:\($0)em" }
                let previous = table.updateValue(TeXAccent(text: text, stretchy: stretchy, isUnder: under, style: style), forKey: name)
                assert(previous == nil, "\\\(name) is defined twice")
            }
        }
        // Fixed-size accents over one letter, in the characters whose Latin
        // Modern Math glyphs are TeX's accents: the ASCII ^ ~ and the modifier
        // letters ˊ ˋ are glyphs of text size (a wide, low ~ over θ in
        // Chromium), and a combining mark not stretched sits left of its
        // base in Chromium.
        add(stretchy: false, under: false, [
            "hat": "ˆ", "check": "ˇ", "tilde": "˜", "bar": "¯", "dot": "˙", "ddot": "¨",
            "acute": "´", "grave": "`", "breve": "˘", "mathring": "˚",
        ])
        // TeX's \vec is the small arrow of the combining U+20D7, whose smallest
        // stretched size is that arrow: stretchy, it is set over its base in
        // both browsers (→ is a full-size arrow; U+20D7 not stretched sits
        // left of the base in Chromium).
        add(stretchy: true, under: false, ["vec": "\u{20D7}"])
        // Unicode has no spacing triple or quadruple dot, and the combining
        // ⃛ and ⃜ of MathJax and KaTeX sit left of the base in a browser's
        // mover: these are dots above, set as close as \ddot's two.
        for (name, dots) in [("dddot", 3), ("ddddot", 4)] {
            let style = "letter-spacing:-0.05em;padding-bottom:\(markGaps["˙"]!)em"
            table[name] = TeXAccent(text: String(repeating: "˙", count: dots), stretchy: false, isUnder: false, style: style)
        }
        // Accents that stretch over the whole base.
        add(stretchy: true, under: false, [
            // Only the combining circumflex has stretched sizes in Latin
            // Modern Math that Chromium uses (its tilde and caron are no
            // horizontal stretchy characters to Chromium, and ~ ˇ have no
            // sizes there): \widetilde and \widecheck stretch in Firefox only.
            "widehat": "\u{0302}", "widecheck": "ˇ", "widetilde": "~", "overline": TeXAccent.rule,
            "overrightarrow": "→", "overleftarrow": "←", "overleftrightarrow": "↔", "Overrightarrow": "⇒",
            "overleftharpoon": "↼", "overrightharpoon": "⇀",
            "overbrace": "⏞", "overparen": "⏜", "wideparen": "⏜", "overgroup": "⏠",
        ])
        // …and under it.
        add(stretchy: true, under: true, [
            "underline": TeXAccent.rule, "underbar": TeXAccent.rule, "utilde": "~",
            "underrightarrow": "→", "underleftarrow": "←", "underleftrightarrow": "↔",
            "underbrace": "⏟", "underparen": "⏝", "undergroup": "⏡",
        ])
        return table
    }()
}
