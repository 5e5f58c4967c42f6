import ArgumentParser
import BlogKit
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a post: Content/posts/YYYY/<next id>.md with its front matter filled in."
    )

    @OptionGroup var site: SiteOptions

    @Argument(help: "The title of the post.")
    var title: String

    func run() throws {
        do {
            let loaded = try Site.load(from: site.rootURL)
            print(try Scaffold.createPost(title: title, in: loaded))
        } catch {
            throw ErrorReport.fail(error, action: "new")
        }
    }
}
