/// Boxes: strikes and frames, phantoms and struts, rules, fixed-width text
/// boxes, overlaps that take no width (`\llap`, mathtools' `\mathllap`…) and
/// plain TeX's moved boxes. MathML Core has no `menclose` and no
/// `lspace="-1width"`, so strikes are CSS gradients, frames CSS borders and
/// overlaps a zero-width `mpadded` whose content CSS shifts.
extension TeXParser {
    static let boxCommands: [Command] = [
        Command(["cancel", "bcancel", "xcancel"], [.math]) { parser, call in
            // The strike is a CSS gradient line across the box, the same in every browser.
            let strokes = [call.name != "bcancel" ? "to top right" : nil, call.name != "cancel" ? "to bottom right" : nil].compactMap { $0 }.map { direction in
                "linear-gradient(\(direction),transparent calc(50% - 0.04em),currentColor calc(50% - 0.04em),currentColor calc(50% + 0.04em),transparent calc(50% + 0.04em))"
            }
            return Atom(base: MathElement("mrow", [("style", "background:" + strokes.joined(separator: ",") + ";padding:0 0.1em")], children: [try parser.mathArgument(&call)]))
        },
        Command(["boxed"], [.math]) { parser, call in Atom(base: Self.framed(try parser.mathArgument(&call))) },
        Command(["fbox"], [.text]) { parser, call in Atom(base: Self.framed(try parser.textArgument(&call))) },
        Command(["framebox", "makebox"], [.optionalRaw, .optionalRaw, .text]) { parser, call in
            let width = try parser.optionalRawArgument(&call).map { try parser.length($0, for: call.name) }
            _ = try parser.optionalRawArgument(&call)
            var box = try parser.textArgument(&call)
            if let width { box = MathElement("mpadded", [("width", Self.em(width))], children: [box]) }
            return Atom(base: call.name == "framebox" ? Self.framed(box) : box)
        },
        Command(["parbox"], [.optionalRaw, .length, .text]) { parser, call in
            _ = try parser.optionalRawArgument(&call)
            let width = Self.em(try parser.lengthArgument(&call))
            return Atom(base: MathElement("mpadded", [("width", width)], children: [try parser.textArgument(&call)]))
        },
        Command(["phantom"], [.math]) { parser, call in Atom(base: MathElement("mphantom", children: [try parser.mathArgument(&call)])) },
        Command(["hphantom"], [.math]) { parser, call in
            Atom(base: MathElement("mpadded", [("height", "0"), ("depth", "0")], children: [MathElement("mphantom", children: [try parser.mathArgument(&call)])]))
        },
        Command(["vphantom"], [.math]) { parser, call in
            Atom(base: MathElement("mpadded", [("width", "0")], children: [MathElement("mphantom", children: [try parser.mathArgument(&call)])]))
        },
        Command(["smash"], [.optionalRaw, .math]) { parser, call in
            // `\smash[t]` hides the height only, `\smash[b]` the depth only.
            let side = try parser.optionalRawArgument(&call)?.trimmingCharacters(in: .whitespaces)
            let hidden: [(name: String, value: String)] = side == "t" ? [("height", "0")] : side == "b" ? [("depth", "0")] : [("height", "0"), ("depth", "0")]
            return Atom(base: MathElement("mpadded", hidden, children: [try parser.mathArgument(&call)]))
        },
        Command(["mathstrut", "strut"]) { _, _ in
            Atom(base: MathElement("mpadded", [("width", "0")], children: [MathElement("mphantom", children: [MathElement("mo", text: "(")])]))
        },
        Command(["rule"], [.optionalRaw, .length, .length]) { parser, call in
            let raise = try parser.optionalRawArgument(&call).map { try parser.length($0, for: call.name) }
            let width = Self.em(try parser.lengthArgument(&call))
            let height = try parser.lengthArgument(&call)
            let rule = MathElement("mspace", [("width", width), ("height", Self.em(height)), ("mathbackground", "currentColor")])
            guard let raise else { return Atom(base: rule) }
            // Moved by `raise`, the rule spans raise…raise + height: the box's
            // extent, given outright (MathML Core's lengths are not increments).
            let extent = [("height", Self.em(max(0, raise + height))), ("depth", Self.em(max(0, -raise)))]
            return Atom(base: MathElement("mpadded", [("voffset", Self.em(raise))] + extent, children: [rule]))
        },
        // MathJax's `\Rule` and `\Space`: width, height, depth.
        Command(["Rule", "Space"], [.length, .length, .length]) { parser, call in
            let size = [("width", Self.em(try parser.lengthArgument(&call))), ("height", Self.em(try parser.lengthArgument(&call))), ("depth", Self.em(try parser.lengthArgument(&call)))]
            return Atom(base: MathElement("mspace", size + (call.name == "Rule" ? [("mathbackground", "currentColor")] : [])))
        },
        overlap("llap", shift: "translateX(-100%)"), overlap("mathllap", shift: "translateX(-100%)"),
        overlap("clap", shift: "translateX(-50%)"), overlap("mathclap", shift: "translateX(-50%)"),
        overlap("rlap", shift: nil), overlap("mathrlap", shift: nil),
        Command(["raise", "lower"], [.length, .math]) { parser, call in
            let length = try parser.lengthArgument(&call)
            let box = try parser.mathArgument(&call)
            return Atom(base: Self.raised(box, by: Self.em(call.name == "raise" ? length : -length)))
        },
        Command(["moveleft", "moveright"], [.length, .math]) { parser, call in
            let length = try parser.lengthArgument(&call)
            let shift = call.name == "moveright" ? length : -length
            let box = try parser.mathArgument(&call)
            return Atom(base: .row([Self.space(Self.em(shift)), box, Self.space(Self.em(-shift))]))
        },
        Command(["vbox", "vtop", "vcenter"], [.math]) { parser, call in Atom(base: .row([try parser.mathArgument(&call)])) },
        Command(["hsize"], [.length]) { parser, call in
            // `\hsize=2cm` sets a width for `\vbox`; boxes here take their content's.
            try parser.skipSpaces()
            if try parser.peek()?.kind == .character("=") { parser.position += 1 }
            _ = try parser.lengthArgument(&call)
            return Atom(base: MathElement("mrow"))
        },
    ]

    private static func framed(_ content: MathElement) -> MathElement {
        MathElement("mrow", [("style", "border:0.06em solid;padding:0.2em 0.3em")], children: [content])
    }

    /// An overlap: its argument in a box of no width, shifted left by `shift` (a CSS transform) or not at all.
    private static func overlap(_ name: String, shift: String?) -> Command {
        Command([name], [.math]) { parser, call in
            var content = try parser.mathArgument(&call)
            if let shift { content = MathElement("mrow", [("style", "transform:\(shift)")], children: [content]) }
            return Atom(base: MathElement("mpadded", [("width", "0")], children: [content]))
        }
    }

    /// `box` moved up by `shift`, a CSS length (down where negative). Only its ink
    /// moves: MathML Core's `mpadded` sizes are lengths, not MathML 3's
    /// increments (`height="+2pt"` would make the box 2pt tall), and the
    /// box's own height is unknown here; KaTeX and Temml move it the same way.
    static func raised(_ box: MathElement, by shift: String) -> MathElement {
        MathElement("mpadded", [("voffset", shift)], children: [box])
    }
}
