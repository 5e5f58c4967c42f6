import ArgumentParser
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
            address = try await server.start()
        } catch {
            throw ErrorReport.fail(error, action: "serve")
        }
        Self.say("Serving \(site.rootURL.path) at \(address.absoluteString) (Ctrl-C to stop)")
        // Ctrl-C and SIGTERM stop the server cleanly; the preview writes no files.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stops = AsyncStream<Void> { continuation in
            for number in [SIGINT, SIGTERM] {
                nonisolated(unsafe) let source = DispatchSource.makeSignalSource(signal: number)
                source.setEventHandler { continuation.yield() }
                source.resume()
                continuation.onTermination = { _ in source.cancel() }
            }
        }
        for await _ in stops { break }
        await server.stop()
        Self.say("Stopped.")
    }

    /// A line on standard output, at once (it may be a pipe).
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
