import ArgumentParser
import BlogKit

@main
struct BlogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blog",
        abstract: "A static site generator for math-heavy Chinese blogs.",
        version: BlogVersion.current,
        subcommands: [BuildCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self, MathCommand.self, ImportCommand.self]
    )
}
