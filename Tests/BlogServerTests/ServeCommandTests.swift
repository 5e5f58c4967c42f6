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

    /// A blocking loopback connection to the server (5 s receive timeout).
    func connect() throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        return descriptor
    }

    func send(_ descriptor: Int32, _ text: String) {
        _ = text.withCString { Glibc.send(descriptor, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
    }

    /// The status of the reply to `request` on a new connection (0: none within 5 s).
    func status(of request: String) throws -> Int {
        let descriptor = try connect()
        defer { close(descriptor) }
        send(descriptor, request)
        var buffer = [UInt8](repeating: 0, count: 4096)
        var reply = Data()
        while !reply.contains(UInt8(ascii: "\n")) {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            reply.append(contentsOf: buffer[0..<count])
        }
        let line = String(decoding: reply, as: UTF8.self).split(separator: "\r\n").first ?? ""
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    }
}
