/// Roots: `\sqrt[n]{x}`, plain TeX's `\root n \of x`, and `\uproot` and
/// `\leftroot`, which move the index of `\sqrt`.
extension TeXParser {
    /// How far `\uproot{n}` and `\leftroot{n}` move the index being read, in
    /// fifteenths of an em as MathJax counts them.
    struct RootIndexShift {
        var up: Int?
        var left: Int?
    }

    static let rootCommands: [Command] = [
        Command(["sqrt"], [.optionalMath, .math]) { parser, call in
            let index = try parser.rootIndex(&call)
            let radicand = try parser.mathArgument(&call)
            return Atom(base: index.map { MathElement("mroot", children: [radicand, $0]) } ?? MathElement("msqrt", children: [radicand]))
        },
        Command(["root"], [.until("of"), .math]) { parser, call in
            let index = try parser.mathArgument(&call, until: "of")
            return Atom(base: MathElement("mroot", children: [try parser.mathArgument(&call), index]))
        },
        // They show nothing themselves: an empty row, which `finish` drops.
        Command(["uproot", "leftroot"], [.raw]) { parser, call in
            try parser.shiftRootIndex(&call)
            return Atom(base: MathElement("mrow"))
        },
    ]

    /// The optional `[…]` index of `\sqrt`, raised by `voffset` and moved
    /// left by a space after it: MathML Core's `mpadded` takes no relative
    /// width, and the index is set against the radical by its right edge.
    private mutating func rootIndex(_ call: inout CommandCall) throws -> MathElement? {
        let outer = rootIndexShift
        rootIndexShift = RootIndexShift()
        defer { rootIndexShift = outer }
        let outerStyle = style
        style = .scriptScript
        defer { style = outerStyle }
        guard var index = try optionalMathArgument(&call) else { return nil }
        if let left = rootIndexShift?.left {
            index = .row([index, Self.space(Self.em(Double(left) / 15))])
        }
        if let up = rootIndexShift?.up {
            index = Self.raised(index, by: Self.em(Double(up) / 15))
        }
        return index
    }

    private mutating func shiftRootIndex(_ call: inout CommandCall) throws {
        let name = call.name
        guard rootIndexShift != nil else { throw error("\\\(name) can only stand in a root's index", command: "\\\(name)") }
        let text = try rawArgument(&call).trimmingCharacters(in: .whitespaces)
        guard let amount = Int(text), abs(amount) <= Self.maximumRootShift else {
            throw error("the argument of \\\(name) must be an integer up to \(Self.maximumRootShift)", command: "\\\(name)")
        }
        let previous = name == "uproot" ? rootIndexShift?.up : rootIndexShift?.left
        guard previous == nil else { throw error("\\\(name) is used twice in one root", command: "\\\(name)") }
        if name == "uproot" { rootIndexShift?.up = amount } else { rootIndexShift?.left = amount }
    }

    /// TeX's largest length, in fifteenths of an em.
    private static let maximumRootShift = Int(maximumLength * 15)
}
