import BlogKit
import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Input a careless editor or a hostile file gives: control characters,
/// old line ends, YAML that expands without end. None may break the output
/// or hang the build.
final class HostileInputTests: XCTestCase {
    private func isWellFormedXML(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    func testControlCharactersAreRemovedWithALocatedWarningAndTheFeedStaysXML() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": "---\ntitle: 标题\u{0C}里有换页\ndate: 2020-01-01\nid: 1\n---\n正文\u{08}退格，公式 $x\u{0}+y$。\n"
        ])
        defer { site.cleanUp() }
        let summary = try site.build()
        XCTAssertEqual(summary.warnings.count, 1)
        let warning = try XCTUnwrap(summary.warnings.first)
        XCTAssertEqual(warning.path, "Content/posts/2020/1.md")
        XCTAssertEqual(warning.line, 2)
        XCTAssertEqual(warning.column, 10)
        XCTAssertTrue(warning.message.contains("U+000C and 2 more"), warning.message)
        let feed = try XCTUnwrap(site.page("feed.xml"))
        XCTAssertTrue(isWellFormedXML(feed), "feed readers accept the feed")
        XCTAssertTrue(feed.contains("标题里有换页"))
        let page = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertFalse(page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        XCTAssertTrue(page.contains("正文退格"))
    }

    func testASiteTitleWithAControlCharacterStillMakesAFeed() throws {
        let site = try TestSite(
            ["Content/posts/2020/1.md": TestSite.post(title: "好", date: "2020-01-01", id: 1, body: "正文。\n")],
            config: "title: \"我的\\x01博客\"\n")
        defer { site.cleanUp() }
        try site.build()
        let feed = try XCTUnwrap(site.page("feed.xml"))
        XCTAssertTrue(isWellFormedXML(feed))
        XCTAssertTrue(feed.contains("我的博客"))
    }

    func testOldMacLineEndsAreLineEnds() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": "---\rtitle: 经典\rdate: 2020-01-01\rid: 1\r---\r第一段。\r\r第二段。\r"
        ])
        defer { site.cleanUp() }
        try site.build()
        let page = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertTrue(page.contains("<p>第一段。</p>"), page)
        XCTAssertTrue(page.contains("<p>第二段。</p>"))
    }

    /// 400 bytes of aliases to aliases would expand to 4.8 million values.
    func testAYAMLAliasBombIsALocatedError() throws {
        var lines = ["---", "title: 炸弹", "date: 2020-01-01", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1..<7 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        lines += ["---", "正文。"]
        let site = try TestSite(["Content/posts/2020/1.md": lines.joined(separator: "\n")])
        defer { site.cleanUp() }
        let errors = site.buildErrors()
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors.first?.path, "Content/posts/2020/1.md")
        XCTAssertEqual(errors.first?.line, 4)
        XCTAssertTrue(errors.first?.message.contains("more than 100000 values") ?? false, errors.first?.description ?? "")

        try site.write("title: 站\nx: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "\n", to: "blog.yml")
        XCTAssertEqual(site.buildErrors().first?.path, "blog.yml", "settings too")
    }

    func testATemplateThatIncludesItselfIsALocatedError() throws {
        var files = TestSite.defaultTheme
        files["Content/posts/2020/1.md"] = TestSite.post(title: "好", date: "2020-01-01", id: 1, body: "正文。\n")
        files["Templates/partials/a.mustache"] = "{{> partials/b}}\n"
        files["Templates/partials/b.mustache"] = "{{> partials/a}}\n"
        files["Templates/404.mustache"] = "{{> partials/a}}\n"
        let site = try TestSite(files)
        defer { site.cleanUp() }
        XCTAssertEqual(site.buildErrors().map(\.path), ["Templates/partials/a.mustache", "Templates/partials/b.mustache"])
    }
}
