import BlogKit
import XCTest

final class ThemeTests: XCTestCase {
    /// `Templates/site/` partials are rendered once, with the site-wide values
    /// only; `Templates/partials/` ones with each page.
    func testSiteWidePartialsSeeOnlySiteValuesAndPartialsSeeThePage() throws {
        var files = TestSite.defaultTheme
        files["Templates/site/banner.mustache"] = "<p class=\"banner\">{{site.title}}|{{page.title}}|{{#sidebar.years}}{{year}}{{/sidebar.years}}</p>\n"
        files["Templates/partials/crumb.mustache"] = "<p class=\"crumb\">{{site.title}}|{{page.title}}</p>\n"
        files["Templates/layout.mustache"] = files["Templates/layout.mustache"]!
            .replacingOccurrences(of: "<main class=\"site-main\">", with: "<main class=\"site-main\">\n  {{> site/banner}}\n  {{> partials/crumb}}")
        files["Content/posts/2020/1.md"] = TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "正文。\n")
        files["Content/posts/2021/2.md"] = TestSite.post(title: "第二篇", date: "2021-01-01", id: 2, body: "正文。\n")
        let site = try TestSite(files)
        defer { site.cleanUp() }
        try site.build()
        let post = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertTrue(post.contains("  <p class=\"banner\">测试博客||20212020</p>\n"), "indented like any partial, without page values")
        XCTAssertTrue(post.contains("  <p class=\"crumb\">测试博客|第一篇</p>\n"))
        XCTAssertTrue(try XCTUnwrap(site.page("archives/2/index.html")).contains("<p class=\"crumb\">测试博客|第二篇</p>"))
    }
}
