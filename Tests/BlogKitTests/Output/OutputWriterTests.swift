import BlogKit
import Foundation
import XCTest

/// A build into a folder rewrites only files whose bytes changed, so a
/// deploy by rsync moves only real changes.
final class OutputWriterTests: XCTestCase {
    private func stamps(_ site: TestSite) throws -> [String: [FileAttributeKey: Any]] {
        var result: [String: [FileAttributeKey: Any]] = [:]
        for path in try site.outputFiles().keys {
            result[path] = try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent(path).path)
        }
        return result
    }

    func testOnlyFilesWhoseBytesChangedAreWrittenAndStaleFilesGo() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "摘要一。\n\n<!--more-->\n\n正文一。\n"),
            "Content/posts/2020/2.md": TestSite.post(title: "第二篇", date: "2020-01-02", id: 2, tags: ["数学"], body: "摘要二。\n"),
        ], in: .disk)
        defer { site.cleanUp() }
        let first = try site.build()
        XCTAssertEqual(first.writtenCount, first.fileCount)
        try FileManager.default.createDirectory(at: site.output.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Data("ref".utf8).write(to: site.output.appendingPathComponent(".git/HEAD"))
        let before = try stamps(site)

        let again = try site.build()
        XCTAssertEqual(again.writtenCount, 0)
        XCTAssertEqual(again.removedCount, 0)
        XCTAssertEqual(try site.outputFiles().count, again.fileCount + 1, "every file of the site, and the hidden one")
        let unchanged = try stamps(site)
        for (path, attributes) in before {
            XCTAssertEqual(unchanged[path]?[.systemFileNumber] as? Int, attributes[.systemFileNumber] as? Int, "\(path) was rewritten")
        }

        // Below the excerpt: only the post's own page, the feed (full text)
        // and the search index's shard of the new words change.
        try site.write(TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "摘要一。\n\n<!--more-->\n\n改过的正文。\n"), to: "Content/posts/2020/1.md")
        let edited = try site.build()
        XCTAssertEqual(edited.writtenCount, 3)
        let after = try stamps(site)
        let rewritten = before.keys.filter { after[$0]?[.systemFileNumber] as? Int != before[$0]?[.systemFileNumber] as? Int }
        XCTAssertEqual(rewritten.sorted(), ["archives/1/index.html", "feed.xml", "search-index/terms/0.json"])
        XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains("改过的正文"))

        // A removed post's page and its now empty tag folder go; hidden files stay.
        try site.remove("Content/posts/2020/2.md")
        let removed = try site.build()
        XCTAssertGreaterThanOrEqual(removed.removedCount, 2)
        XCTAssertNil(site.page("archives/2/index.html"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("archives/2").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("tag/数学").path))
        XCTAssertEqual(try String(contentsOf: site.output.appendingPathComponent(".git/HEAD"), encoding: .utf8), "ref")
    }

    func testAFileChangedByHandIsWrittenAgain() throws {
        let site = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "正文。\n")], in: .disk)
        defer { site.cleanUp() }
        try site.build()
        let page = site.output.appendingPathComponent("archives/1/index.html")
        let good = try Data(contentsOf: page)
        // Same size, different bytes: sizes alone must not decide.
        var tampered = good
        tampered[tampered.count - 2] = UInt8(ascii: "X")
        try tampered.write(to: page)
        XCTAssertEqual(try site.build().writtenCount, 1)
        XCTAssertEqual(try Data(contentsOf: page), good)
    }
}

extension OutputWriterTests {
    /// `Content/assets/style.css` replaces the theme's stylesheet, on every build.
    func testAContentFileOverridesTheThemeAssetOfTheSamePath() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "正文。\n"),
            "Content/assets/style.css": "body { color: navy; }\n",
        ], in: .disk)
        defer { site.cleanUp() }
        for _ in 0..<3 {
            try? FileManager.default.removeItem(at: site.root.appendingPathComponent(".blog-cache"))
            try site.build()
            XCTAssertEqual(site.page("assets/style.css"), "body { color: navy; }\n")
        }
    }
}

extension OutputWriterTests {
    /// A file that becomes a folder, and a folder that becomes a file,
    /// between two builds.
    func testFilesAndFoldersMayTradePlaces() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "正文。\n"),
            "Content/notes": "a file\n",
            "Content/docs/readme.txt": "in a folder\n",
        ], in: .disk)
        defer { site.cleanUp() }
        try site.build()
        try site.remove("Content/notes")
        try site.remove("Content/docs")
        try site.write("now in a folder\n", to: "Content/notes/todo.txt")
        try site.write("now a file\n", to: "Content/docs")
        try site.build()
        XCTAssertEqual(site.page("notes/todo.txt"), "now in a folder\n")
        XCTAssertEqual(site.page("docs"), "now a file\n")
    }
}

extension OutputWriterTests {
    /// A file name near the system's limit of 255 bytes still builds.
    func testLongFileNames() throws {
        let name = String(repeating: "长", count: 80) + ".pdf"
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "正文。\n"),
            "Content/files/\(name)": "pdf\n",
        ], in: .disk)
        defer { site.cleanUp() }
        try site.build()
        XCTAssertEqual(site.page("files/\(name)"), "pdf\n")
    }
}
