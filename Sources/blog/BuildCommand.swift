import ArgumentParser
import BlogKit
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder (public/ by default).",
        discussion: """
            Nothing is written unless the whole build succeeds; then only files whose bytes changed are \
            written, and files no longer built are removed. With nothing changed since the last build \
            (recorded in .blog-cache/), nothing is built.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The output folder (default: public/ in the site folder).")
    var output: String?

    @Flag(name: .long, help: "Include posts marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Include posts dated in the future.")
    var future = false

    @Option(name: .customLong("base-url"), help: "Use this base URL instead of base_url from blog.yml.")
    var baseURL: String?

    @Flag(name: .long, help: "Treat warnings (an unclosed $$, say) as errors.")
    var strict = false

    func run() throws {
        let start = Date()
        let root = site.rootURL
        let outputURL = output.map(URL.init(literalPath:)) ?? root.appendingPathComponent("public")
        do {
            let loaded = try Site.load(from: root)
            var options = BuildOptions(includeDrafts: drafts, includeFuture: future, baseURL: baseURL, strict: strict)
            options.progress = ProgressLine.report
            defer { ProgressLine.clear() }
            let built = try loaded.build(to: outputURL, options: options)
            ProgressLine.clear()
            for warning in built.warnings {
                ErrorReport.printError(warning.description)
            }
            let seconds = Date().timeIntervalSince(start)
            let time = String(format: "%.2f", seconds)
            let folder = outputURL.relativePath(from: root)
            let warnings = built.warnings.isEmpty ? "" : built.warnings.count == 1 ? ", 1 warning" : ", \(built.warnings.count) warnings"
            if built.isUpToDate {
                print("Up to date: \(built.postCount) posts, \(built.pageCount) pages (\(built.fileCount) files) in \(folder), nothing changed since the last build (\(time) s)\(warnings)")
            } else {
                // After an edit, most of the site is kept from the last build: say how much was made.
                let made =
                    built.renderedCount < built.postCount || built.templatedCount < built.pageCount
                    ? "; \(built.renderedCount) posts rendered and \(built.templatedCount) pages templated, the rest kept" : ""
                print(
                    "Built \(built.postCount) posts, \(built.pageCount) pages (\(built.fileCount) files, \(built.writtenCount) written, \(built.removedCount) removed) in \(time) s into \(folder)\(made)\(warnings)")
            }
        } catch {
            throw ErrorReport.fail(error, action: "build")
        }
    }
}

extension URL {
    /// The path relative to `base` when inside it, else the full path.
    func relativePath(from base: URL) -> String {
        let basePath = base.standardizedFileURL.path
        let path = standardizedFileURL.path
        return path.hasPrefix(basePath + "/") ? String(path.dropFirst(basePath.count + 1)) + "/" : path
    }
}
