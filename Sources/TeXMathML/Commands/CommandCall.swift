/// The command being read, as its builder gets it: the name, which a
/// builder shared by several commands goes by, and in a debug build the
/// arguments its entry declares, which each read checks off in order, so
/// that a declaration drifting from its builder fails the tests. A release
/// build carries only the name: a command costs what it did before the
/// registry.
struct CommandCall {
    let name: String
    #if DEBUG
    private let declared: [Argument]
    private var read = 0
    #endif

    init(_ name: String) {
        self.name = name
        #if DEBUG
        declared = TeXParser.declaredArguments[name] ?? []
        #endif
    }

    /// Checks off `argument` as the next one read.
    mutating func take(_ argument: Argument) {
        #if DEBUG
        assert(read < declared.count && declared[read] == argument, "\\\(name) reads \(argument) where its entry declares \(declared)")
        read += 1
        #endif
    }

    /// Checks that the builder, having built, read all it declares.
    func finish() {
        #if DEBUG
        assert(read == declared.count, "\\\(name) read \(read) of the \(declared.count) arguments its entry declares")
        #endif
    }
}

/// The common arguments, read and checked off in one step.
extension TeXParser {
    mutating func mathArgument(_ call: inout CommandCall) throws -> MathElement {
        call.take(.math)
        return try parseArgument()
    }

    mutating func mathArgument(_ call: inout CommandCall, in style: MathStyle) throws -> MathElement {
        call.take(.math)
        return try parseArgument(in: style)
    }

    /// A math argument as an atom of its content's class (`parseAtomArgument`).
    mutating func classedArgument(_ call: inout CommandCall) throws -> Atom {
        call.take(.math)
        return try parseAtomArgument()
    }

    mutating func optionalMathArgument(_ call: inout CommandCall) throws -> MathElement? {
        call.take(.optionalMath)
        return try parseOptionalArgument()
    }

    mutating func rawArgument(_ call: inout CommandCall) throws -> String {
        call.take(.raw)
        return try readRawArgument()
    }

    /// A colour, checked as `\color` checks it.
    mutating func colorArgument(_ call: inout CommandCall) throws -> String {
        call.take(.raw)
        return try colorArgument()
    }

    mutating func optionalRawArgument(_ call: inout CommandCall) throws -> String? {
        call.take(.optionalRaw)
        return try readRawOptional()
    }

    mutating func textArgument(_ call: inout CommandCall, style: String? = nil) throws -> MathElement {
        call.take(.text)
        return try text(style: style)
    }

    /// A length, in em.
    mutating func lengthArgument(_ call: inout CommandCall) throws -> Double {
        call.take(.length)
        return try readLength(for: call.name)
    }

    /// The next atom, one level deeper: `\not\not…` and `\skew1\skew1…`
    /// recurse through `parseAtom`, a level each.
    mutating func atomArgument(_ call: inout CommandCall) throws -> Atom {
        call.take(.atom)
        try descend()
        defer { depth -= 1 }
        return try parseAtom()
    }
}

extension TeXParser {
    /// What comes before `\name` (`\root 3 \of`, `\buildrel a \over`), at
    /// this level of braces.
    mutating func mathArgument(_ call: inout CommandCall, until name: String) throws -> MathElement {
        call.take(.until(name))
        try descend()
        defer { depth -= 1 }
        var atoms: [Atom] = []
        while true {
            try skipSpaces()
            guard let token = try peek() else { throw error("\\\(call.name) needs a \\\(name)", command: "\\\(call.name)") }
            if token.kind == .command(name) {
                position += 1
                return .row(finish(atoms))
            }
            if token.kind == .endGroup { throw error("\\\(call.name) needs a \\\(name)", command: "\\\(call.name)") }
            atoms.append(try parseAtom())
        }
    }
}
