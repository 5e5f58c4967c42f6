/// What the converter covers, read off the registry the parser itself uses:
/// the README's list of commands by family (`blog-bench coverage` prints it,
/// `CoverageTests` checks the README holds it), and which families a
/// formula uses, by which the gallery is checked to show every family.
public enum TeXCoverage {
    /// The families, in the registry's order.
    public static var families: [String] { CommandFamily.allCases.map(\.rawValue) }

    /// The families whose commands `tex` uses, environments through `\begin`.
    public static func families(in tex: String) -> Set<String> {
        var used = Set<String>()
        for token in TeXLexer.tokens(tex) {
            if case .command(let name) = token.kind, let family = familyOfCommand[name] { used.insert(family.rawValue) }
        }
        return used
    }

    /// The list of commands, one Markdown item per family, each command with
    /// the arguments its entry declares (`\sqrt[…]{…}`).
    public static var markdown: String {
        var lines = [
            "Arguments: `{…}` math, `[…]` optional math, `{raw}` and `[raw]` TeX read unexpanded (labels, colours, CSS),",
            "`{text}` text, `{rows}` cells split at `&` and `\\\\`, `…\\name` math up to `\\name`, `⟨delim⟩` a delimiter,",
            "`⟨length⟩` a length, `⟨atom⟩` the atom after, `\\name` the command defined.",
            "",
        ]
        for family in CommandFamily.allCases {
            let commands = family.commands
            guard family != .symbols else {
                lines.append("- **symbols**: \(commands.count) commands standing for one symbol (`\\alpha`, `\\leq`, `\\sum`, `\\sin`…), KaTeX's names")
                continue
            }
            let named = commands.flatMap { command in command.names.map { (name: $0, arguments: command.arguments) } }.sorted { $0.name < $1.name }
            var line = "- **\(family.rawValue)**: " + named.map { "`\\\($0.name)\($0.arguments.map(\.usage).joined())`" }.joined(separator: " ")
            if family == .environments {
                let names = Array(TeXParser.environments.keys) + Array(TeXParser.numberedEnvironments)
                line += "; the environments " + names.sorted().map { "`\($0)`" }.joined(separator: " ")
            }
            lines.append(line)
        }
        let infix = TeXParser.expressionCommands.sorted().map { "`\\\($0)`" }.joined(separator: " ")
        lines.append("- acting on the expression around them (infix fractions, limits, style and size switches, row ends): " + infix)
        return lines.joined(separator: "\n") + "\n"
    }

    private static let familyOfCommand: [String: CommandFamily] = {
        var families: [String: CommandFamily] = [:]
        for family in CommandFamily.allCases {
            for command in family.commands {
                for name in command.names { families[name] = family }
            }
        }
        return families
    }()
}
