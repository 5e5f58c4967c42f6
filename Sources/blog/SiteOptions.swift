import ArgumentParser
import Foundation

/// `--root`, shared by the commands that work on a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder, holding blog.yml and Content/.")
    var root: String = "."

    var rootURL: URL {
        URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}
