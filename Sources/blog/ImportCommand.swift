import ArgumentParser
import BlogImport
import BlogKit
import Foundation

/// `blog import typecho|hexo|jekyll|hugo SOURCE`: another blog's posts as
/// this site's files. The work is BlogImport's; this reads the options,
/// the site's time zone and prints the summary.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring posts, pages and comments from Typecho, Hexo, Jekyll or Hugo into the site.",
        discussion: "Never overwrites a file: one that exists is skipped and named. Run with --dry-run first.",
        subcommands: [Typecho.self, Hexo.self, Jekyll.self, Hugo.self]
    )

    struct Options: ParsableArguments {
        @OptionGroup var site: SiteOptions

        @Flag(name: .long, help: "List what would be written, and write nothing.")
        var dryRun = false

        @Option(name: .long, help: "The time zone dates are written in (default: blog.yml's timezone, else Asia/Shanghai).")
        var timezone: String?

        func timeZone() throws -> TimeZone {
            guard let timezone else { return try Site.settings(at: site.rootURL).timeZone }
            guard let zone = TimeZone(identifier: timezone) else {
                throw BuildError(path: "", message: "unknown time zone '\(timezone)'", hint: "use an IANA name such as Asia/Shanghai or UTC")
            }
            return zone
        }

        /// Writes (or lists) the plan and prints its summary.
        func finish(_ plan: ImportPlan) throws {
            let summary = try ImportWriter(root: site.rootURL, dryRun: dryRun).write(plan)
            print(summary.report(dryRun: dryRun))
        }
    }

    struct Typecho: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a Typecho database: its SQLite file, or a MySQL dump (.sql) of its tables.")

        @Argument(help: "Typecho's SQLite database (usr/*.db) or a MySQL dump of its tables.")
        var database: String

        @Option(name: .long, help: "The prefix of Typecho's tables.")
        var prefix = "typecho_"

        @OptionGroup var options: Options

        func run() throws {
            do {
                try Site.checkIsSite(at: options.site.rootURL)
                let timeZone = try options.timeZone()
                let url = URL(literalPath: database)
                guard FileManager.default.fileExists(atPath: url.path) else {
                    throw BuildError(path: database, message: "no such file", hint: "pass the path of Typecho's .db file or of a MySQL dump (.sql)")
                }
                let rows: TypechoRows
                if TypechoDatabase.isSQLite(url) {
                    rows = try TypechoDatabase.read(url, prefix: prefix, shownAs: database)
                } else {
                    let text: String
                    do {
                        text = try String(contentsOf: url, encoding: .utf8)
                    } catch {
                        throw BuildError(path: database, message: "cannot read it", hint: "pass Typecho's SQLite file or a UTF-8 MySQL dump (.sql)")
                    }
                    rows = try MySQLDump.read(text, prefix: prefix, shownAs: database)
                }
                let settings = try Site.settings(at: options.site.rootURL)
                let importer = TypechoImporter(
                    timeZone: timeZone, prefix: prefix, knownCategorySlugs: settings.categorySlugs, permalinks: settings.permalinks)
                try options.finish(importer.plan(rows))
            } catch {
                throw ErrorReport.fail(error, action: "import")
            }
        }
    }

    struct Hexo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a Hexo site's posts (source/_posts, source/_drafts) and their asset folders.")
        @Argument(help: "The Hexo site's folder, holding source/_posts.") var folder: String
        @OptionGroup var options: Options
        func run() throws { try importFolder(folder, .hexo, options) }
    }

    struct Jekyll: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a Jekyll site's posts (_posts, _drafts).")
        @Argument(help: "The Jekyll site's folder, holding _posts.") var folder: String
        @OptionGroup var options: Options
        func run() throws { try importFolder(folder, .jekyll, options) }
    }

    struct Hugo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a Hugo site's posts (content/posts or content/post) and their bundles' files.")
        @Argument(help: "The Hugo site's folder, holding content/.") var folder: String
        @OptionGroup var options: Options
        func run() throws { try importFolder(folder, .hugo, options) }
    }
}

private func importFolder(_ folder: String, _ generator: FolderImporter.Generator, _ options: ImportCommand.Options) throws {
    do {
        try Site.checkIsSite(at: options.site.rootURL)
        try options.finish(FolderImporter(generator).plan(URL(literalPath: folder)))
    } catch {
        throw ErrorReport.fail(error, action: "import")
    }
}
