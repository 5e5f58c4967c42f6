import BlogKit
import Foundation
import XCTest

/// Building again with nothing changed builds nothing; any change, a corrupt
/// or stale record, or a file of the build changed by hand means a full build.
final class BuildCacheTests: XCTestCase {
    private var site: TestSite!

    override func setUpWithError() throws {
        site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "正文一$x$。\n"),
            "Content/posts/2024/2.md": TestSite.post(title: "将来", date: "2024-07-01", id: 2, body: "将来的正文。\n"),
        ], in: .disk)
    }

    override func tearDown() {
        site.cleanUp()
    }

    private var record: URL { site.root.appendingPathComponent(".blog-cache/build.json") }

    func testARepeatedBuildIsUpToDateAndAnyChangeBuildsAgain() throws {
        XCTAssertFalse(try site.build().isUpToDate)
        XCTAssertTrue(FileManager.default.fileExists(atPath: record.path), "the record lives in the site, outside public/")
        let files = try site.outputFiles()
        let again = try site.build()
        XCTAssertTrue(again.isUpToDate)
        XCTAssertEqual(again.postCount, 1)
        XCTAssertEqual(try site.outputFiles(), files)

        try site.write(TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "改过$y$。\n"), to: "Content/posts/2020/1.md")
        XCTAssertFalse(try site.build().isUpToDate)
        XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains("改过"))
        XCTAssertTrue(try site.build().isUpToDate)
        XCTAssertFalse(try site.build(BuildOptions(includeDrafts: true, now: TestSite.now)).isUpToDate, "other options, another key")
    }

    func testACorruptRecordIsIgnored() throws {
        try site.build()
        let good = try site.outputFiles()
        for garbage in ["", "{\"format\": 1}", "not json at all", String(decoding: try Data(contentsOf: record).prefix(100), as: UTF8.self)] {
            try Data(garbage.utf8).write(to: record)
            XCTAssertFalse(try site.build().isUpToDate, garbage)
            XCTAssertEqual(try site.outputFiles(), good)
        }
    }

    func testAnOutputFolderChangedByHandIsBuiltAgain() throws {
        try site.build()
        let good = try site.outputFiles()
        try site.remove("public/archives/1/index.html")
        XCTAssertFalse(try site.build().isUpToDate)
        XCTAssertEqual(try site.outputFiles(), good)

        let page = site.output.appendingPathComponent("index.html")
        try Data("changed".utf8).write(to: page)
        XCTAssertFalse(try site.build().isUpToDate)
        XCTAssertEqual(try site.outputFiles(), good)

        // A file of the writer's own (a CNAME, say) is none of the build's business.
        try Data("extra".utf8).write(to: site.output.appendingPathComponent("extra.html"))
        XCTAssertTrue(try site.build().isUpToDate)
        XCTAssertEqual(site.page("extra.html"), "extra")

        try site.remove("public/.blog-manifest")
        XCTAssertThrowsError(try site.build(), "without its record, the folder holds files blog did not write")
    }

    func testAFuturePostAppearsOnceItIsDueWithoutAnyChange() throws {
        XCTAssertNil(try { try site.build(); return site.page("archives/2/index.html") }())
        let later = BuildOptions(now: ISO8601DateFormatter().date(from: "2024-08-01T00:00:00Z")!)
        let due = try site.build(later)
        XCTAssertFalse(due.isUpToDate)
        XCTAssertNotNil(site.page("archives/2/index.html"))
        XCTAssertTrue(try site.build(later).isUpToDate)
        // A clock set back (or a tool building "as of" an earlier day) unpublishes it again.
        XCTAssertFalse(try site.build().isUpToDate)
        XCTAssertNil(site.page("archives/2/index.html"))
    }

    func testSettingsGivenInsteadOfBlogYmlAreNotCached() throws {
        let loaded = try Site.load(from: site.root)
        var config = loaded.config
        config.title = "另一个标题"
        let other = try Site(sources: loaded.sources, root: site.root, config: config)
        XCTAssertFalse(try other.build(to: site.output, options: BuildOptions(now: TestSite.now)).isUpToDate)
        XCTAssertFalse(try other.build(to: site.output, options: BuildOptions(now: TestSite.now)).isUpToDate)
        XCTAssertTrue(try XCTUnwrap(site.page("index.html")).contains("另一个标题"))
        XCTAssertFalse(try site.build().isUpToDate, "the record of the other settings is not taken for blog.yml's")
    }
}
