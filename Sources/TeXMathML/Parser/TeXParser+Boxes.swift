/// Boxes: rules, framed and fixed-width text boxes, and overlaps that take
/// no width (`\llap`, `\rlap`, mathtools' `\mathllap`…). MathML Core has no
/// `menclose` and no `lspace="-1width"`, so frames are CSS borders and
/// overlaps a zero-width `mpadded` whose content CSS shifts.
extension TeXParser {
    static let boxConstructs: [String: Construct] = {
        var table = ConstructTable()
        table.add(["rule"]) { parser, name in
            let raise = try parser.readRawOptional().map { try parser.length($0, for: name) }
            let width = try parser.dimension(name)
            let height = try parser.readLength(for: name)
            let rule = MathElement("mspace", [("width", width), ("height", Self.em(height)), ("mathbackground", "currentColor")])
            guard let raise else { return Atom(base: rule) }
            // Moved by `raise`, the rule spans raise…raise + height: the box's
            // extent, given outright (MathML Core's lengths are not increments).
            let extent = [("height", Self.em(max(0, raise + height))), ("depth", Self.em(max(0, -raise)))]
            return Atom(base: MathElement("mpadded", [("voffset", Self.em(raise))] + extent, children: [rule]))
        }
        table.add(["Rule", "Space"]) { parser, name in
            let size = [("width", try parser.dimension(name)), ("height", try parser.dimension(name)), ("depth", try parser.dimension(name))]
            return Atom(base: MathElement("mspace", size + (name == "Rule" ? [("mathbackground", "currentColor")] : [])))
        }
        table.add(["framebox", "makebox"]) { parser, name in
            let width = try parser.readRawOptional().map { try parser.length($0, for: name) }
            _ = try parser.readRawOptional()
            var box = try parser.text(style: nil)
            if let width { box = MathElement("mpadded", [("width", Self.em(width))], children: [box]) }
            guard name == "framebox" else { return Atom(base: box) }
            return Atom(base: MathElement("mrow", [("style", "border:0.06em solid;padding:0.2em 0.3em")], children: [box]))
        }
        table.add(["parbox"]) { parser, name in
            _ = try parser.readRawOptional()
            let width = try parser.dimension(name)
            return Atom(base: MathElement("mpadded", [("width", width)], children: [try parser.text(style: nil)]))
        }
        let overlaps: [String: String?] = [
            "llap": "translateX(-100%)", "mathllap": "translateX(-100%)", "clap": "translateX(-50%)",
            "mathclap": "translateX(-50%)", "rlap": nil, "mathrlap": nil,
        ]
        for (name, shift) in overlaps {
            table.add([name]) { parser, _ in
                var content = try parser.parseArgument()
                if let shift { content = MathElement("mrow", [("style", "transform:\(shift)")], children: [content]) }
                return Atom(base: MathElement("mpadded", [("width", "0")], children: [content]))
            }
        }
        return table.constructs
    }()
}
