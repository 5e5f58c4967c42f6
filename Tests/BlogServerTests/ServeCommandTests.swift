import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `blog serve` as a user would, in a process of its own, for
/// what only a whole process shows: signals and descriptor limits.
final class ServeCommandTests: XCTestCase {
    private var site: URL!
    private var process: Process!
    private var output: Output!
    private var port: UInt16 = 0

    /// Standard output gathered as it comes (the server runs on meanwhile).
    private final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ more: Data) { lock.withLock { data.append(more) } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
    }

    override func setUp() async throws {
        site = FileManager.default.temporaryDirectory.appendingPathComponent("blog-serve-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("Content/posts"), withIntermediateDirectories: true)
        try Data("title: 预览\n".utf8).write(to: site.appendingPathComponent("blog.yml"))
        try Data("---\ntitle: 第一篇\ndate: 2020-01-01\nid: 1\n---\n正文。\n".utf8).write(to: site.appendingPathComponent("Content/posts/1.md"))
        let bundle = Bundle(for: Self.self).bundleURL
        let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        process = Process()
        process.executableURL = products.appendingPathComponent("blog")
        process.arguments = ["serve", "--root", site.path, "--port", "0"]
        let pipe = Pipe()
        let output = Output()
        self.output = output
        pipe.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            if let line = output.text.split(separator: "\n").first(where: { $0.hasPrefix("Serving ") }),
               let address = line.split(separator: " ").first(where: { $0.hasPrefix("http://") }),
               let found = URL(string: String(address))?.port {
                port = UInt16(found)
                return
            }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        XCTFail("blog serve did not start: \(output.text)")
    }

    override func tearDown() async throws {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: site)
    }

    /// Ctrl-C in a terminal and SIGINT from a script are the same signal;
    /// open long polls (every page in a browser holds one) must not hold it up.
    func testSIGINTStopsTheServerWithinASecondWithLongPollsOpen() async throws {
        let polls = try (0..<3).map { _ in try connect() }
        defer { polls.forEach { close($0) } }
        for poll in polls {
            send(poll, "GET /__blog/wait?version=99&path=/ HTTP/1.1\r\nHost: localhost\r\n\r\n")
        }
        XCTAssertEqual(try status(of: "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 200)
        let start = Date()
        kill(process.processIdentifier, SIGINT)
        let seconds = try await secondsUntilExit(from: start)
        XCTAssertLessThan(seconds, 1, "stopped after \(seconds) s")
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(output.text.contains("Stopped."), output.text)
    }

    func testSIGTERMStopsTheServerToo() async throws {
        let start = Date()
        kill(process.processIdentifier, SIGTERM)
        let seconds = try await secondsUntilExit(from: start)
        XCTAssertLessThan(seconds, 1, "stopped after \(seconds) s")
        XCTAssertEqual(process.terminationStatus, 0)
    }

    /// Out of descriptors, `accept` fails (EMFILE); the server must answer
    /// again once some are free, and say so once, not stay silent for good.
    func testRunningOutOfDescriptorsOnlyPausesTheServer() async throws {
        let pid = process.processIdentifier
        let open = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").count
        // util-linux's prlimit(1): Glibc's prlimit(2) is not visible to Swift.
        let lower = Process()
        lower.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        lower.arguments = ["--pid", "\(pid)", "--nofile=\(open + 4):"]
        try lower.run()
        lower.waitUntilExit()
        XCTAssertEqual(lower.terminationStatus, 0)
        var flood: [Int32] = []
        for _ in 0..<30 {
            guard let connection = try? connect() else { break }
            send(connection, "GET / HTTP/1.1\r\nHost: localhost\r\n")
            flood.append(connection)
        }
        try await Task.sleep(nanoseconds: 500_000_000)
        flood.forEach { close($0) }
        var answered = 0
        let start = Date()
        while answered == 0, Date().timeIntervalSince(start) < 10 {
            answered = (try? status(of: "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")) ?? 0
        }
        XCTAssertEqual(answered, 200, "answers again once descriptors are free: \(output.text)")
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
        XCTAssertEqual(output.text.components(separatedBy: "out of file descriptors").count - 1, 1, output.text)
    }
}

extension ServeCommandTests {
    /// Waits up to 10 s for the process to end.
    func secondsUntilExit(from start: Date) async throws -> Double {
        while process.isRunning, Date().timeIntervalSince(start) < 10 {
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        let seconds = Date().timeIntervalSince(start)
        if process.isRunning {
            XCTFail("still running 10 s after the signal")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        return seconds
    }

    func connect() throws -> Int32 {
        try RawHTTP.connect(port: port, timeout: 5)
    }

    func send(_ descriptor: Int32, _ text: String) {
        RawHTTP.send(descriptor, Data(text.utf8))
    }

    /// The status of the reply to `request` on a new connection (0: none within 5 s).
    func status(of request: String) throws -> Int {
        try RawHTTP.exchange(Data(request.utf8), port: port, timeout: 5).status
    }
}
