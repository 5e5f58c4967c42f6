import BlogServer
import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// No request, however large, slow or numerous, keeps the preview from
/// answering the others; each limit is answered with its own status.
final class RequestLimitsTests: XCTestCase {
    private var root: URL!
    private var server: PreviewServer!
    private var port: UInt16 = 0
    private var limits = RequestLimits()

    override func setUp() async throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("blog-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content/posts"), withIntermediateDirectories: true)
        try Data("title: 限制\n".utf8).write(to: root.appendingPathComponent("blog.yml"))
        try Data("---\ntitle: 第一篇\ndate: 2020-01-01\nid: 1\n---\n正文。\n".utf8).write(to: root.appendingPathComponent("Content/posts/1.md"))
        limits.headTime = 1
        // Small, as FlyingFox's reading of a line takes time growing with the
        // square of its length, and this is a debug build.
        limits.requestLine = 512
        limits.headerLine = 512
        limits.head = 2048
        limits.connections = 16
        limits.longPolls = 2
        limits.longPollTime = 1
        server = PreviewServer(root: root, port: 0, limits: limits) { _ in }
        let address = try await server.start()
        port = UInt16(address.port!)
    }

    override func tearDown() async throws {
        await server.stop()
        try? FileManager.default.removeItem(at: root)
    }

    private var home: String { "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" }

    /// Seconds the home page takes to come back (status 200 checked).
    private func timeHome() async throws -> Double {
        let start = Date()
        let reply = try await RawHTTP.reply(to: home, port: port, timeout: 10)
        XCTAssertEqual(reply.status, 200)
        return Date().timeIntervalSince(start)
    }

    func testAnOversizeRequestLineGets414AndOversizeHeadersGet431() async throws {
        let line = "GET /?q=" + String(repeating: "a", count: 1_000_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"
        let long = try await RawHTTP.reply(to: line, port: port, timeout: 10)
        XCTAssertEqual(long.status, 414)
        XCTAssertTrue(long.body.contains("longer than 512 bytes"), long.body)
        let headers = "GET / HTTP/1.1\r\nHost: localhost\r\n" + String(repeating: "X-Filler: " + String(repeating: "b", count: 100) + "\r\n", count: 10_000) + "\r\n"
        let many = try await RawHTTP.reply(to: headers, port: port, timeout: 10)
        XCTAssertEqual(many.status, 431)
        let oneHuge = "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + String(repeating: "c", count: 1_000_000) + "\r\n\r\n"
        let huge = try await RawHTTP.reply(to: oneHuge, port: port, timeout: 10)
        XCTAssertEqual(huge.status, 431)
        XCTAssertTrue(huge.body.contains("header line is longer than 512 bytes"), huge.body)
        // Each line within its limit, but too many of them.
        XCTAssertTrue(many.body.contains("head is larger than 2048 bytes"), many.body)
        // Within the limits, a long query still reaches the page.
        let query = "GET /?q=" + String(repeating: "a", count: 400) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"
        let within = try await RawHTTP.reply(to: query, port: port, timeout: 10)
        XCTAssertEqual(within.status, 200)
    }

    /// A GET with a body the size it announces: the server does not read
    /// megabytes it has no use for; the connection is cut past the limit
    /// (whether the long poll was answered first or not).
    func testABodyOnAGETIsCutPastTheLimit() async throws {
        let port = port
        let start = Date()
        final class Count: @unchecked Sendable { var chunks = 0 }
        let sent = Count()
        _ = try await RawHTTP.reply(port: port, timeout: 10) { descriptor in
            RawHTTP.send(descriptor, Data("GET /__blog/wait?version=0 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000000\r\n\r\n".utf8))
            for _ in 0..<250 {
                guard RawHTTP.send(descriptor, Data(count: 1_000_000)) else { break }
                sent.chunks += 1
            }
        }
        XCTAssertLessThan(sent.chunks, 100, "the server took the whole 100 MB body")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        let seconds = try await timeHome()
        XCTAssertLessThan(seconds, 1)
    }

    /// Two 1 MB request lines used to stop the server answering.
    func testHugeRequestsDoNotHoldUpOthers() async throws {
        let port = port
        let line = Data(("GET /" + String(repeating: "a", count: 1_000_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n").utf8)
        let started = DispatchGroup()
        for _ in 0..<2 {
            started.enter()
            DispatchQueue.global().async {
                if let descriptor = try? RawHTTP.connect(port: port, timeout: 10) {
                    started.leave()
                    RawHTTP.send(descriptor, line)
                    _ = RawHTTP.receive(descriptor)
                    close(descriptor)
                } else {
                    started.leave()
                }
            }
        }
        started.wait()
        let seconds = try await timeHome()
        XCTAssertLessThan(seconds, 1, "answered after \(seconds) s")
    }

    /// A refused connection is closed once: closing it twice shut whichever
    /// newer connection the kernel had given its descriptor meanwhile, so
    /// a page asked for beside oversize requests came back empty.
    func testRefusalsNeverCutTheConnectionsBesideThem() async throws {
        // Room for every connection of a round and the last round's
        // stragglers, so that no 503 hides what this checks.
        var roomy = limits
        roomy.connections = 64
        let server = PreviewServer(root: root, port: 0, limits: roomy) { _ in }
        let port = UInt16(try await server.start().port!)
        let line = "GET /" + String(repeating: "a", count: 4096) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"
        let home = home
        for _ in 0..<250 {
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<14 {
                    let request = index.isMultiple(of: 2) ? line : home
                    group.addTask { try await RawHTTP.reply(to: request, port: port, timeout: 10).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            XCTAssertEqual(statuses.sorted(), Array(repeating: 200, count: 7) + Array(repeating: 414, count: 7))
        }
        await server.stop()
    }

    /// A client that trickles its head is answered 408 when its time is up,
    /// and others are answered meanwhile.
    func testASlowClientIsCutAfterTheHeadTime() async throws {
        let port = port
        let start = Date()
        let reply = try await RawHTTP.reply(port: port, timeout: 10) { descriptor in
            for byte in "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".utf8 + Array(repeating: UInt8(ascii: "z"), count: 200) {
                guard RawHTTP.send(descriptor, Data([byte])) else { break }
                usleep(50_000)
                if Date().timeIntervalSince(start) > 5 { break }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(reply.status, 408)
        XCTAssertLessThan(seconds, 3, "cut after \(seconds) s")
    }

    /// Connections beyond the limit are refused at once rather than queued
    /// behind the idle ones; the idle ones go when their time is up.
    func testConnectionsBeyondTheLimitAreRefusedAndTheServerRecovers() async throws {
        let idle = try (0..<limits.connections).map { _ in try RawHTTP.connect(port: port, timeout: 5) }
        defer { idle.forEach { close($0) } }
        try await Task.sleep(nanoseconds: 200_000_000)
        let refused = try await RawHTTP.reply(to: home, port: port, timeout: 5)
        XCTAssertEqual(refused.status, 503)
        try await Task.sleep(nanoseconds: 1_200_000_000)
        let seconds = try await timeHome()
        XCTAssertLessThan(seconds, 1)
    }

    func testLongPollsAreBoundedInNumberAndTime() async throws {
        let port = port
        let version = await server.status.version
        let poll = "GET /__blog/wait?version=\(version)&path=/ HTTP/1.1\r\nHost: localhost\r\n\r\n"
        let start = Date()
        async let first = RawHTTP.reply(to: poll, port: port, timeout: 10)
        async let second = RawHTTP.reply(to: poll, port: port, timeout: 10)
        for _ in 0..<100 where await server.longPollsWaiting < 2 {
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        let sent = Date()
        let third = try await RawHTTP.reply(to: poll, port: port, timeout: 10)
        XCTAssertEqual(third.status, 503, "a third long poll is refused at once")
        XCTAssertLessThan(Date().timeIntervalSince(sent), 0.5)
        let answers = try await [first, second]
        XCTAssertEqual(answers.map(\.status), [200, 200])
        XCTAssertTrue(answers.allSatisfy { $0.body.contains("\"reload\":false") })
        let seconds = Date().timeIntervalSince(start)
        XCTAssertLessThan(seconds, 2.5, "answered after longPollTime (1 s), took \(seconds) s")
        XCTAssertGreaterThan(seconds, 0.9)
    }
}
