import ArgumentParser
import BlogKit
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: blog.yml, a first post and the default theme."
    )

    @Argument(help: "The folder to create the site in.")
    var folder: String

    func run() throws {
        let url = URL(literalPath: folder)
        do {
            try Scaffold.createSite(at: url)
            print("Created a new site in \(folder). Next: cd \(folder) && blog build")
        } catch {
            throw ErrorReport.fail(error, action: "init")
        }
    }
}
