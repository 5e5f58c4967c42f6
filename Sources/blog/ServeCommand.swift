import ArgumentParser
import BlogKit
import BlogServer
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it into memory, serve it, rebuild on every save.",
        discussion: "Drafts and future posts are included and marked. Pages reload by themselves after a change; a failed build shows its errors over the last good page."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port; the next free one is used if it is busy.")
    var port: UInt16 = 4000

    @Flag(name: .customLong("no-drafts"), help: "Leave drafts out.")
    var noDrafts = false

    func run() async throws {
        let server = PreviewServer(root: site.rootURL, host: host, port: port, includeDrafts: !noDrafts) { line in
            Self.say(line)
        }
        let address: URL
        do {
            try Site.checkIsSite(at: site.rootURL)
            address = try await server.start()
        } catch {
            throw ErrorReport.fail(error, action: "serve")
        }
        Self.say("Serving \(site.rootURL.path) at \(address.absoluteString) (Ctrl-C to stop)")
        // Ctrl-C and SIGTERM stop the server cleanly; the preview writes no
        // files. Both sources are kept until then: a released source never fires.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let (stops, stop) = AsyncStream.makeStream(of: Void.self)
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { stop.yield() }
            source.resume()
            return source
        }
        for await _ in stops { break }
        // A second Ctrl-C while stopping ends the process at once.
        sources.forEach { $0.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        await server.stop()
        Self.say("Stopped.")
    }

    /// A line on standard output, at once (it may be a pipe).
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
