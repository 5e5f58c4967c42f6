/// One entry of the command registry: the commands it names, the arguments
/// they read, and what builds their MathML, side by side as Temml's
/// `defineFunction` has them. Each family of commands is a file of entries
/// (`Fractions.swift`, `Fonts.swift`…); `CommandFamily` gathers them.
struct Command: Sendable {
    /// Builds a command whose name was just read, reading its arguments
    /// through `call`. Each entry's builder is its own closure rather than a
    /// case of one big switch: the parser recurses through `command` once
    /// per nesting level, and a switch over every construct would take the
    /// stack of all of them at every level.
    typealias Build = @Sendable (inout TeXParser, inout CommandCall) throws -> TeXParser.Atom

    enum Action: Sendable {
        /// One symbol: `\alpha`, `\leq`, `\sum`.
        case symbol(TeXSymbol)
        /// A space of fixed width: `\,`, `\quad`.
        case space(String)
        case build(Build)
    }

    let names: [String]
    let arguments: [Argument]
    let action: Action

    init(_ names: [String], _ arguments: [Argument] = [], build: @escaping Build) {
        self.names = names
        self.arguments = arguments
        self.action = .build(build)
    }

    init(_ name: String, symbol: TeXSymbol) {
        self.names = [name]
        self.arguments = []
        self.action = .symbol(symbol)
    }

    init(_ name: String, space width: String) {
        self.names = [name]
        self.arguments = []
        self.action = .space(width)
    }
}
