/// The commands that stand for one symbol (`\alpha`, `\leq`, `\sum`), from
/// `SymbolTable`, which other parts of the parser look up by name too.
extension TeXParser {
    static let symbolCommands: [Command] = SymbolTable.commands.map { Command($0.key, symbol: $0.value) }
}
