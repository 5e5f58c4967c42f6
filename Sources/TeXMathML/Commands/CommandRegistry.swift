/// The registry: every family's entries in one dictionary, so that a
/// command costs one lookup, and symbols and spaces no closure call.
extension TeXParser {
    enum TableCommand {
        case symbol(TeXSymbol)
        case space(String)
        case construct(Command.Build)
    }

    static let tableCommands: [String: TableCommand] = {
        var commands: [String: TableCommand] = [:]
        // The symbols first: the escapes `\{ \} \| \$ \% \# \& \_` take
        // their names, which the symbol table keeps for what looks symbols
        // up by name (the delimiter after `\left`, what follows `\dots`).
        for command in symbolCommands {
            if case .symbol(let symbol) = command.action { commands[command.names[0]] = .symbol(symbol) }
        }
        var defined = Set<String>()
        for family in CommandFamily.allCases where family != .symbols {
            for command in family.commands {
                for name in command.names {
                    // Not inside the assert: a release build does not evaluate it.
                    let (isNew, _) = defined.insert(name)
                    assert(isNew, "\\\(name) is defined twice")
                    switch command.action {
                    case .symbol(let symbol): commands[name] = .symbol(symbol)
                    case .space(let width): commands[name] = .space(width)
                    case .build(let build): commands[name] = .construct(build)
                    }
                }
            }
        }
        return commands
    }()

    #if DEBUG
    /// The arguments each construct declares, which `CommandCall` checks its reads against.
    static let declaredArguments: [String: [Argument]] = {
        var declared: [String: [Argument]] = [:]
        for family in CommandFamily.allCases {
            for command in family.commands where !command.arguments.isEmpty {
                for name in command.names { declared[name] = command.arguments }
            }
        }
        return declared
    }()
    #endif

    /// Commands: everything after a backslash.
    mutating func command(_ name: String, at offset: Int) throws -> Atom {
        switch Self.tableCommands[name] {
        case .symbol(let symbol)?:
            return Self.atom(for: symbol)
        case .space(let width)?:
            return Atom(base: Self.space(width))
        case .construct(let build)?:
            var call = CommandCall(name)
            let atom = try build(&self, &call)
            call.finish()
            return atom
        case nil:
            var error = TeXError("unknown command \\\(name)", command: "\\\(name)", offset: offset)
            error.isUnknownCommand = true
            throw error
        }
    }

    static func space(_ width: String) -> MathElement {
        MathElement("mspace", [("width", width)])
    }
}
