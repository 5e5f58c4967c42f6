import BlogServer
import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Starts the preview server on a free port over a temporary site and talks
/// to it with raw HTTP, so paths reach it exactly as written.
final class PreviewServerTests: XCTestCase {
    private var root: URL!
    private var server: PreviewServer!
    private var port: UInt16 = 0

    override func setUp() async throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("blog-serve-\(UUID().uuidString)")
        try write("title: 预览\nbase_url: https://example.org/blog/\n", to: "blog.yml")
        try write(post(1, "第一篇", "正文一$x_1$。"), to: "Content/posts/2020/1.md")
        try write(post(2, "第二篇", "正文二。"), to: "Content/posts/2020/2.md")
        try write("---\ntitle: 草稿\ndate: 2020-03-01\nid: 3\ndraft: true\n---\n未完成。\n", to: "Content/posts/2020/3.md")
        try write("secret", to: "../blog-serve-secret.txt")
        server = PreviewServer(root: root, port: 0) { _ in }
        let address = try await server.start()
        port = UInt16(address.port!)
    }

    override func tearDown() async throws {
        await server.stop()
        try? FileManager.default.removeItem(at: root)
    }

    private func post(_ id: Int, _ title: String, _ body: String) -> String {
        "---\ntitle: \(title)\ndate: 2020-01-0\(id)\nid: \(id)\n---\n\(body)\n"
    }

    private func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private typealias Reply = RawHTTP.Reply

    private func request(_ path: String, method: String = "GET", headers: [String: String] = [:]) throws -> Reply {
        try Self.send(path, method: method, headers: headers, port: port)
    }

    /// The same from async code, off the cooperative pool the server runs on.
    private func fetch(_ path: String) async throws -> Reply {
        try await Self.fetch(path, port: port)
    }

    private static func fetch(_ path: String, port: UInt16) async throws -> Reply {
        try await RawHTTP.reply(to: "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", port: port)
    }

    /// One request over a new connection, the path sent as written.
    private static func send(_ path: String, method: String = "GET", headers: [String: String] = [:], port: UInt16) throws -> Reply {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        return try RawHTTP.exchange(Data((text + "\r\n").utf8), port: port)
    }

    private func exchange(_ request: String) throws -> Reply {
        try RawHTTP.exchange(Data(request.utf8), port: port)
    }

    func testPagesAreServedWithTypesAndTheReloadScript() throws {
        let home = try request("/")
        XCTAssertEqual(home.status, 200)
        XCTAssertEqual(home.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertTrue(home.body.contains("第一篇"))
        XCTAssertTrue(home.body.contains("草稿"), "drafts are in the preview, marked")
        XCTAssertTrue(home.body.contains("/__blog/wait"), "pages carry the live-reload script")
        XCTAssertTrue(home.body.contains("href=\"/archives/1/\""), "links are local, whatever base_url says")
        XCTAssertEqual(try request("/archives/1/").status, 200)
        let folder = try request("/archives/1")
        XCTAssertEqual(folder.status, 301)
        XCTAssertEqual(folder.headers["location"], "/archives/1/")
        XCTAssertEqual(try request("/assets/style.css").headers["content-type"], "text/css; charset=utf-8")
        XCTAssertEqual(try request("/feed.xml").headers["content-type"], "application/xml; charset=utf-8")
        let missing = try request("/no/such/page/")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.body.contains("页面不存在"), "the site's 404 page")
        XCTAssertEqual(try request("/", method: "POST").status, 405)
        XCTAssertEqual(try request("/", method: "DELETE").status, 405)
        let head = try request("/", method: "HEAD")
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.body, "")
        XCTAssertEqual(Int(head.headers["content-length"] ?? ""), home.body.utf8.count)
    }

    func testRangeAndConditionalRequests() throws {
        let full = try request("/assets/style.css")
        let part = try request("/assets/style.css", headers: ["Range": "bytes=0-9"])
        XCTAssertEqual(part.status, 206)
        XCTAssertEqual(part.body, String(full.body.prefix(10)))
        XCTAssertEqual(part.headers["content-range"], "bytes 0-9/\(full.body.utf8.count)")
        XCTAssertEqual(try request("/assets/style.css", headers: ["Range": "bytes=999999-"]).status, 416)
        let tag = try XCTUnwrap(full.headers["etag"])
        XCTAssertEqual(try request("/assets/style.css", headers: ["If-None-Match": tag]).status, 304)
    }

    /// RFC 9110 §14: an end past the file is its last byte; only a start past
    /// the end is unsatisfiable; a malformed Range is ignored.
    func testRangesAreClampedAndMalformedOnesIgnored() throws {
        let full = try request("/assets/style.css")
        let length = full.body.utf8.count
        let huge = try request("/assets/style.css", headers: ["Range": "bytes=0-99999999999999999999"])
        XCTAssertEqual(huge.status, 206)
        XCTAssertEqual(huge.headers["content-range"], "bytes 0-\(length - 1)/\(length)")
        XCTAssertEqual(huge.body, full.body)
        let tail = try request("/assets/style.css", headers: ["Range": "bytes=10-999999"])
        XCTAssertEqual(tail.status, 206)
        XCTAssertEqual(tail.body, String(full.body.dropFirst(10)))
        let suffix = try request("/assets/style.css", headers: ["Range": "bytes=-99999999999999999999"])
        XCTAssertEqual(suffix.status, 206)
        XCTAssertEqual(suffix.body, full.body)
        XCTAssertEqual(try request("/assets/style.css", headers: ["Range": "bytes=-5"]).body, String(full.body.suffix(5)))
        for unsatisfiable in ["bytes=99999999999999999999-", "bytes=\(length)-", "bytes=-0"] {
            let reply = try request("/assets/style.css", headers: ["Range": unsatisfiable])
            XCTAssertEqual(reply.status, 416, unsatisfiable)
            XCTAssertEqual(reply.headers["content-range"], "bytes */\(length)", unsatisfiable)
        }
        for ignored in ["bytes=9-3", "bytes=abc", "bytes=1-x", "bytes=+1-2", "items=0-5", "bytes=0-1,4-5", "bytes"] {
            let reply = try request("/assets/style.css", headers: ["Range": ignored])
            XCTAssertEqual(reply.status, 200, ignored)
            XCTAssertEqual(reply.body, full.body, ignored)
        }
        XCTAssertEqual(try request("/assets/style.css", method: "HEAD", headers: ["Range": "bytes=0-9"]).status, 200, "HEAD ignores Range")
    }

    /// A page elsewhere that points its own name at 127.0.0.1 (DNS
    /// rebinding) must not read the preview: only local names are answered.
    func testOnlyLocalHostNamesAreAnswered() throws {
        for host in ["127.0.0.1", "localhost", "LOCALHOST:4000", "127.0.0.1:\(port)", "[::1]", "[::1]:8080"] {
            XCTAssertEqual(try exchange("GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n").status, 200, host)
        }
        for host in ["evil.example", "evil.example:\(port)", "localhost.evil.example", "127.0.0.1.nip.io", "127.0.0.2", "[::2]", "localhost:x", "::1", ""] {
            let reply = try exchange("GET /archives/3/ HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
            XCTAssertEqual(reply.status, 403, host)
            XCTAssertTrue(reply.body.contains("localhost, 127.0.0.1, [::1]"), "says which names are accepted: \(reply.body)")
            XCTAssertFalse(reply.body.contains("草稿"), host)
        }
        let missing = try exchange("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
        XCTAssertEqual(missing.status, 400)
        XCTAssertTrue(missing.body.contains("Host"), missing.body)
        XCTAssertEqual(try exchange("GET / HTTP/1.0\r\n\r\n").status, 200, "HTTP/1.0 has no Host")
        // Absolute form: the host in the target is the one checked.
        XCTAssertEqual(try exchange("GET http://evil.example/archives/3/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").status, 403)
        let absolute = try exchange("GET http://localhost:\(port)/archives/1/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
        XCTAssertEqual(absolute.status, 200)
        XCTAssertTrue(absolute.body.contains("第一篇"))
    }

    func testTheHostGivenWithHostIsAnsweredToo() async throws {
        let other = PreviewServer(root: root, host: "127.0.0.2", port: 0) { _ in }
        let address = try await other.start()
        let port = try UInt16(XCTUnwrap(address.port))
        let ask = { @Sendable (host: String) in try RawHTTP.exchange(Data("GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8), ip: "127.0.0.2", port: port).status }
        let answers = try await Task.detached { try (ask("127.0.0.2:\(port)"), ask("localhost"), ask("127.0.0.3")) }.value
        await other.stop()
        XCTAssertEqual(answers.0, 200)
        XCTAssertEqual(answers.1, 200)
        XCTAssertEqual(answers.2, 403)
    }

    /// A static file, or a folder of them, swapped for a symbolic link while
    /// the server runs is not read through the link.
    func testFilesSwappedForLinksAfterTheBuildAreNotFollowed() async throws {
        let outside = root.deletingLastPathComponent().appendingPathComponent("blog-serve-outside-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: outside.appendingPathComponent("x.svg"))
        try Data("secret".utf8).write(to: outside.appendingPathComponent("y.png"))
        try write("<svg/>", to: "Content/images/x.svg")
        try write("png", to: "Content/photos/y.png")
        await server.rebuild(changed: nil)
        let (image0, photo0) = try await (fetch("/images/x.svg"), fetch("/photos/y.png"))
        XCTAssertEqual(image0.body, "<svg/>")
        XCTAssertEqual(photo0.body, "png")

        let image = root.appendingPathComponent("Content/images/x.svg")
        try FileManager.default.removeItem(at: image)
        try FileManager.default.createSymbolicLink(at: image, withDestinationURL: outside.appendingPathComponent("x.svg"))
        let photos = root.appendingPathComponent("Content/photos")
        try FileManager.default.removeItem(at: photos)
        try FileManager.default.createSymbolicLink(at: photos, withDestinationURL: outside)
        // Before and after the watcher's rebuild.
        for _ in 0..<2 {
            for path in ["/images/x.svg", "/photos/y.png", "/photos/x.svg"] {
                let reply = try await fetch(path)
                XCTAssertFalse(reply.body.contains("secret"), path)
                XCTAssertEqual(reply.status, 404, path)
            }
            await server.rebuild(changed: ["Content/images/x.svg"])
        }
    }

    /// The site folder itself renamed and replaced by a link to another site:
    /// nothing of that one is read or served; the last good pages stay and
    /// the error says to restart.
    func testASiteFolderSwappedForALinkIsNotRead() async throws {
        try write("<svg/>", to: "Content/images/x.svg")
        await server.rebuild(changed: nil)
        let moved = root.deletingLastPathComponent().appendingPathComponent("blog-serve-moved-\(UUID().uuidString)")
        let other = root.deletingLastPathComponent().appendingPathComponent("blog-serve-other-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: moved)
            try? FileManager.default.removeItem(at: other)
        }
        try FileManager.default.copyItem(at: root, to: other)
        try Data(post(1, "外面的", "不该出现。").utf8).write(to: other.appendingPathComponent("Content/posts/2020/1.md"))
        try Data("secret".utf8).write(to: other.appendingPathComponent("Content/images/x.svg"))
        try FileManager.default.moveItem(at: root, to: moved)
        try FileManager.default.createSymbolicLink(at: root, withDestinationURL: other)
        await server.rebuild(changed: nil)
        let errors = await server.status.errors
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors.first?.contains("restart blog serve") ?? false, "\(errors)")
        let page = try await fetch("/archives/1/")
        XCTAssertTrue(page.body.contains("第一篇"), "the last good page")
        XCTAssertFalse(page.body.contains("不该出现"))
        let image = try await fetch("/images/x.svg")
        XCTAssertFalse(image.body.contains("secret"))
        XCTAssertEqual(image.body, "<svg/>", "the file of the site as it was, in its folder")
    }

    func testHostLocalhostListensOnLoopbackAndOtherNamesAreRefusedPlainly() async throws {
        let local = PreviewServer(root: root, host: "localhost", port: 0) { _ in }
        let address = try await local.start()
        XCTAssertEqual(address.host, "localhost")
        let port = try UInt16(XCTUnwrap(address.port))
        let status = try await Task.detached { try RawHTTP.exchange(Data("GET / HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\n".utf8), port: port).status }.value
        await local.stop()
        XCTAssertEqual(status, 200)
        do {
            _ = try await PreviewServer(root: root, host: "::1", port: 0) { _ in }.start()
            XCTFail("an IPv6 address is not served")
        } catch {
            XCTAssertTrue("\(error)".hasSuffix("error: cannot listen on '::1': not an IPv4 address (hint: pass --host 127.0.0.1 or another IPv4 address of this machine)"), "\(error)")
        }
    }

    func testPathTraversalAlwaysMisses() async throws {
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("Content/link.txt"), withDestinationURL: root.appendingPathComponent("../blog-serve-secret.txt"))
        await server.rebuild(changed: nil)
        for path in [
            "/../blog.yml", "/../../etc/passwd", "/%2e%2e/blog.yml", "/%2e%2e%2fblog.yml", "/%252e%252e/blog.yml",
            "/archives/..%2f..%2fblog.yml", "/..\\blog.yml", "/link.txt", "/Content/posts/2020/1.md", "/blog.yml",
            "/%2E%2E/blog.yml", "/%2e%2e%5cblog.yml", "/..%5c..%5cblog.yml", "/%c0%ae%c0%ae/blog.yml", "/%c0%ae%c0%ae%c0%afblog.yml",
            "/index.html%00.css", "/%00/../blog.yml", "//etc/passwd", "/.%2e/blog.yml", "/archives/%2e%2e/%2e%2e/blog.yml",
        ] {
            let reply = try await fetch(path)
            XCTAssertEqual(reply.status, 404, path)
            XCTAssertFalse(reply.body.contains("secret") || reply.body.contains("base_url"), path)
        }
    }

    func testAnEditNotifiesOnlyTheChangedPagesAndAFailedBuildShowsItsErrors() async throws {
        let start = await server.status.version
        let port = self.port
        async let first = Self.fetch("/__blog/wait?version=\(start)&path=/archives/1/", port: port)
        async let second = Self.fetch("/__blog/wait?version=\(start)&path=/archives/2/", port: port)
        try await Task.sleep(nanoseconds: 300_000_000)
        try write(post(1, "第一篇", "改过的正文。"), to: "Content/posts/2020/1.md")
        let (changed, unchanged) = try await (first, second)
        XCTAssertTrue(changed.body.contains("\"reload\":true"), "\(changed)")
        XCTAssertTrue(unchanged.body.contains("\"reload\":false"), unchanged.body)
        let edited = try await fetch("/archives/1/").body
        XCTAssertTrue(edited.contains("改过的正文"))

        // Added, renamed and deleted posts.
        try write(post(4, "新文章", "新的。"), to: "Content/posts/2020/4.md")
        try await waitFor { try await self.fetch("/archives/4/").status == 200 }
        try FileManager.default.moveItem(at: root.appendingPathComponent("Content/posts/2020/4.md"), to: root.appendingPathComponent("Content/posts/2020/5.md"))
        // The id in front matter keeps the URL; the post is neither lost nor doubled.
        try await waitFor { await self.server.status.version > 3 }
        let home = try await fetch("/").body
        XCTAssertEqual(home.components(separatedBy: "<a href=\"/archives/4/\">新文章</a></h2>").count - 1, 1, home)
        let status = await server.status
        XCTAssertEqual(status.errors, [])
        try FileManager.default.removeItem(at: root.appendingPathComponent("Content/posts/2020/5.md"))
        try await waitFor { try await self.fetch("/archives/4/").status == 404 }

        // A broken post: the overlay's errors, the last good page still served.
        try write("---\ntitle: 坏\ndate: 2020-13-01\n---\n", to: "Content/posts/2020/6.md")
        try await waitFor { !(await self.server.status.errors.isEmpty) }
        let errors = await server.status.errors
        XCTAssertEqual(errors, ["Content/posts/2020/6.md:3:7: error: cannot read date '2020-13-01' (hint: write it as 2020-01-29, 2020-01-29 10:21:00 or 2020-01-29T10:21:00+08:00)"])
        let page = try await fetch("/archives/1/")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("cannot read date"), "the page carries the errors for the overlay")
        try write("---\ntitle: 好了\ndate: 2020-01-06\nid: 6\n---\n修好了。\n", to: "Content/posts/2020/6.md")
        try await waitFor { await self.server.status.errors.isEmpty }
        let fixed = try await fetch("/archives/6/").body
        XCTAssertTrue(fixed.contains("修好了"))
        XCTAssertFalse(fixed.contains("cannot read date"), "the overlay is gone")
    }

    private func waitFor(_ condition: () async throws -> Bool, file: StaticString = #filePath, line: UInt = #line) async throws {
        for _ in 0..<100 {
            if try await condition() { return }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        XCTFail("timed out", file: file, line: line)
    }
}
