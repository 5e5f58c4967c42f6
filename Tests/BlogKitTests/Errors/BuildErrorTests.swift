import BlogKit
import Foundation
import XCTest

/// One test per error a writer can make: the message, the location, and the
/// previous output left as it was.
final class BuildErrorTests: XCTestCase {
    private let goodPost = TestSite.post(title: "好文章", date: "2020-01-01", id: 1, body: "正文。\n")

    /// Builds a good site, breaks it, and checks the failed build's errors
    /// and that the first build's output is untouched.
    private func assertBreaking(
        _ files: [String: String], removing removed: [String] = [], expect expected: [(path: String, line: Int?, column: Int?, message: String)],
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let site = try TestSite(["Content/posts/2020/1.md": goodPost])
        defer { site.cleanUp() }
        try site.build()
        let before = try site.outputFiles()
        for (path, text) in files {
            try site.write(text, to: path)
        }
        for path in removed {
            try site.remove(path)
        }
        let errors = site.buildErrors(file: file, line: line)
        XCTAssertEqual(errors.count, expected.count, "\(errors)", file: file, line: line)
        for (error, want) in zip(errors, expected) {
            XCTAssertEqual(error.path, want.path, file: file, line: line)
            XCTAssertEqual(error.line, want.line, "\(error)", file: file, line: line)
            XCTAssertEqual(error.column, want.column, "\(error)", file: file, line: line)
            XCTAssertTrue(error.message.contains(want.message), "\(error)", file: file, line: line)
            XCTAssertNotNil(error.hint, file: file, line: line)
        }
        XCTAssertEqual(try site.outputFiles(), before, "the previous output is intact", file: file, line: line)
    }

    func testAnErrorReadsFileLineColumnThenSeverity() {
        let located = BuildError(path: "Content/posts/1.md", line: 3, column: 7, message: "cannot read date", hint: "write 2020-01-29")
        XCTAssertEqual(located.description, "Content/posts/1.md:3:7: error: cannot read date (hint: write 2020-01-29)")
        // An error of no file starts with its severity, not with ": ".
        let unlocated = BuildError(path: "", message: "no free port from 4000 on 127.0.0.1", hint: "pass another --port")
        XCTAssertEqual(unlocated.description, "error: no free port from 4000 on 127.0.0.1 (hint: pass another --port)")
    }

    func testMalformedYAML() throws {
        try assertBreaking(
            ["Content/posts/2020/2.md": "---\ntitle: 坏文章\ndate: 2020-01-02\ntags: [a, b\n---\n正文\n"],
            expect: [("Content/posts/2020/2.md", 5, 1, "malformed YAML")])
    }

    func testMissingDate() throws {
        try assertBreaking(
            ["Content/posts/2020/2.md": "---\ntitle: 没有日期\n---\n正文\n"],
            expect: [("Content/posts/2020/2.md", 1, 1, "missing date")])
    }

    func testUnparsableDate() throws {
        try assertBreaking(
            ["Content/posts/2020/2.md": "---\ntitle: 坏日期\ndate: 2020-02-30\n---\n正文\n"],
            expect: [("Content/posts/2020/2.md", 3, 7, "cannot read date '2020-02-30'")])
    }

    func testMissingTitle() throws {
        try assertBreaking(
            ["Content/posts/2020/2.md": "---\ndate: 2020-01-02\n---\n正文\n"],
            expect: [("Content/posts/2020/2.md", 1, 1, "missing title")])
    }

    func testTwoPostsWithTheSameId() throws {
        try assertBreaking(
            ["Content/posts/2020/2.md": "---\ntitle: 重复\ndate: 2020-01-02\nid: 1\n---\n正文\n"],
            expect: [("Content/posts/2020/2.md", 4, 5, "id 1 is also used by Content/posts/2020/1.md")])
    }

    func testTwoPostsWithTheSameURL() throws {
        try assertBreaking(
            [
                "Content/posts/2020/2.md": "---\ntitle: 甲\ndate: 2020-01-02\nslug: same\n---\n正文\n",
                "Content/posts/2020/same.md": "---\ntitle: 乙\ndate: 2020-01-03\n---\n正文\n",
            ],
            expect: [("Content/posts/2020/same.md", 1, 1, "URL /archives/same/ is also the URL of Content/posts/2020/2.md")])
    }

    func testPostWhoseURLIsAnotherPage() throws {
        // Year pages where they were before 2026-12, under /archives/ with the posts.
        try assertBreaking(
            [
                "blog.yml": TestSite.config + "permalinks:\n  year: /archives/{year}/\n",
                "Content/posts/2020/2.md": "---\ntitle: 与年份页同址\ndate: 2020-01-02\nid: 2020\n---\n正文\n",
            ],
            expect: [("Content/posts/2020/2.md", 4, 5, "URL /archives/2020/ is also the URL of the listing 2020年")])
    }

    func testAnIdOrSlugThatLeadsOutOfItsFolder() throws {
        try assertBreaking(
            [
                "Content/posts/2020/2.md": "---\ntitle: 上一层\ndate: 2020-01-02\nid: ..\n---\n正文\n",
                "Content/posts/2020/3.md": "---\ntitle: 本层\ndate: 2020-01-03\nslug: .\n---\n正文\n",
            ],
            expect: [
                ("Content/posts/2020/2.md", 4, 5, "id must be one URL segment"),
                ("Content/posts/2020/3.md", 4, 7, "slug must be one URL segment"),
            ])
    }

    func testStaticFileWhereAPageGoes() throws {
        try assertBreaking(
            ["Content/index.html": "<p>手写的首页</p>\n"],
            expect: [("Content/index.html", nil, nil, "this file would overwrite the listing")])
        try assertBreaking(
            ["Content/archives/1": "一个文件\n"],
            expect: [("Content/archives/1", nil, nil, "this file stands where the folder of Content/posts/2020/1.md (archives/1/index.html) goes")])
    }

    func testACategorySlugThatLeadsOutOfItsFolder() throws {
        try assertBreaking(
            ["blog.yml": TestSite.config + "category_slugs:\n  笔记: ..\n"],
            expect: [("blog.yml", 8, 7, "the slug of '笔记' must be one URL segment")])
    }

    func testEveryErrorIsReportedAtOnce() throws {
        try assertBreaking(
            [
                "Content/posts/2020/2.md": "---\ndate: 2020-01-02\n---\n",
                "Content/posts/2020/3.md": "---\ntitle: 坏日期\ndate: yesterday\n---\n",
                "Content/posts/2020/4.md": "---\ntitle: 坏引用\ndate: 2020-01-04\nid: 4\n---\n见\\eqref{eq:nope}。\n",
            ],
            expect: [
                ("Content/posts/2020/2.md", 1, 1, "missing title"),
                ("Content/posts/2020/3.md", 3, 7, "cannot read date 'yesterday'"),
                ("Content/posts/2020/4.md", 6, 2, "eq:nope"),
            ])
    }

    func testMissingTemplate() throws {
        var files = TestSite.defaultTheme
        files["Templates/list.mustache"] = "{{<layout}}{{$content}}{{> partials/row}}{{/content}}{{/layout}}"
        try assertBreaking(
            files, removing: [],
            expect: [("Templates/list.mustache", 1, 24, "template 'partials/row' is missing")])
        files["Templates/post.mustache"] = nil
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let errors = site.buildErrors()
        XCTAssertTrue(errors.contains { $0.path == "Templates/post.mustache" && $0.message == "template 'post' is missing" }, "\(errors)")
    }

    func testTemplateThatDoesNotParse() throws {
        var files = TestSite.defaultTheme
        files["Templates/archive.mustache"] = "{{<layout}}\n{{$content}}\n{{#archive.years}}\n{{year}}\n{{/archive.months}}\n{{/content}}{{/layout}}"
        try assertBreaking(files, expect: [("Templates/archive.mustache", 5, 4, "template does not parse")])
    }

    func testOutputFolderThatIsTheSiteRootOrHoldsContentIsRefused() throws {
        let site = try TestSite(["Content/posts/2020/1.md": goodPost], in: .disk)
        defer { site.cleanUp() }
        let loaded = try Site.load(from: site.root)
        for output in [site.root, site.root.deletingLastPathComponent(), site.root.appendingPathComponent("Content")] {
            XCTAssertThrowsError(try loaded.build(to: output, options: BuildOptions(now: TestSite.now))) { error in
                XCTAssertTrue("\(error)".contains("the output folder"), "\(error)")
            }
        }
        let other = try TestSite([:], in: .disk)
        defer { other.cleanUp() }
        try other.write("", to: "Content/keep.txt")
        XCTAssertThrowsError(try loaded.build(to: other.root, options: BuildOptions(now: TestSite.now))) { error in
            XCTAssertTrue("\(error)".contains("holds Content"), "\(error)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: other.root.appendingPathComponent("Content/keep.txt").path))
    }

    func testBadSettingsAreLocatedInBlogYml() throws {
        try assertBreaking(
            ["blog.yml": "title: 博客\npage_size: many\ntimezone: Mars/Base\n"],
            expect: [
                ("blog.yml", 2, 12, "'page_size' must be a whole number above 0"),
                ("blog.yml", 3, 11, "unknown time zone 'Mars/Base'"),
            ])
    }
}
