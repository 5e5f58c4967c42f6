/// The index of `\sqrt[n]{x}`, and `\uproot` and `\leftroot`, which move it.
extension TeXParser {
    /// How far `\uproot{n}` and `\leftroot{n}` move the index being read, in
    /// fifteenths of an em as MathJax counts them.
    struct RootIndexShift {
        var up: Int?
        var left: Int?
    }

    static let rootConstructs: [String: Construct] = {
        // They show nothing themselves: an empty row, which `finish` drops.
        let shift: Construct = { parser, name in
            try parser.shiftRootIndex(name)
            return Atom(base: MathElement("mrow"))
        }
        return ["uproot": shift, "leftroot": shift]
    }()

    /// The optional `[…]` index of `\sqrt`, raised by `voffset` and moved
    /// left by a space after it: MathML Core's `mpadded` takes no relative
    /// width, and the index is set against the radical by its right edge.
    mutating func parseRootIndex() throws -> MathElement? {
        let outer = rootIndexShift
        rootIndexShift = RootIndexShift()
        defer { rootIndexShift = outer }
        let outerStyle = style
        style = .scriptScript
        defer { style = outerStyle }
        guard var index = try parseOptionalArgument() else { return nil }
        if let left = rootIndexShift?.left {
            index = .row([index, Self.space(Self.em(Double(left) / 15))])
        }
        if let up = rootIndexShift?.up {
            index = Self.raised(index, by: Self.em(Double(up) / 15))
        }
        return index
    }

    private mutating func shiftRootIndex(_ name: String) throws {
        guard rootIndexShift != nil else { throw error("\\\(name) can only stand in a root's index", command: "\\\(name)") }
        let text = try readRawArgument().trimmingCharacters(in: .whitespaces)
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
