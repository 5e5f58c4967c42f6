import ArgumentParser
import Foundation

/// `--root`, shared by the commands that work on a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder, holding blog.yml and Content/.")
    var root: String = "."

    var rootURL: URL { URL(literalPath: root) }
}

extension URL {
    /// A path as given on the command line, relative to the current folder.
    /// A literal path: `'~'` is a folder named `~` (a shell expands the
    /// tildes it is meant to; Foundation would take this one for the home
    /// folder and build a site into it).
    init(literalPath path: String) {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        self = URL(fileURLWithPath: absolute).standardizedFileURL
    }
}
