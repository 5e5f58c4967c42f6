import BlogKit
import XCTest

/// `Content/pages/about.md` is a page of its own at `/about/`: rendered as
/// posts are, in the sitemap and, with `menu:`, in the header, never among
/// the posts.
final class StandalonePageTests: XCTestCase {
    private func site(_ extra: [String: String] = [:]) throws -> TestSite {
        var files = [
            "Content/posts/2020/1.md": TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "正文。\n"),
            "Content/pages/about.md": "---\ntitle: 关于\nmenu: 2\n---\n欧拉公式 $e^{i\\pi}+1=0$。\n",
            "Content/pages/links.md": "---\ntitle: 友情链接\nmenu: 1\ndate: 2021-03-04\nupdated: 2022-05-06\n---\n链接。\n",
            "Content/pages/unlisted.md": "---\ntitle: 不在菜单\n---\n文字。\n",
            "Content/pages/draft.md": "---\ntitle: 草稿页\ndraft: true\n---\n未完成。\n",
        ]
        files.merge(extra) { _, new in new }
        return try TestSite(files)
    }

    func testAPageIsBuiltAtItsSlugAndListedInTheMenuAndSitemapOnly() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.build()
        let about = try XCTUnwrap(site.page("about/index.html"))
        XCTAssertTrue(about.contains("<h1 class=\"post-title\">关于</h1>"))
        XCTAssertTrue(about.contains("<math display=\"inline\">"), "a page has the posts' math")
        XCTAssertFalse(about.contains("<time"), "a page without a date shows none")
        XCTAssertTrue(try XCTUnwrap(site.page("links/index.html")).contains("<time datetime=\"2021-03-04T00:00:00+08:00\">2021-03-04</time> | 更新于 2022-05-06"))
        XCTAssertNotNil(site.page("unlisted/index.html"))
        XCTAssertNil(site.page("draft/index.html"), "a draft page is left out")

        let home = try XCTUnwrap(site.page("index.html"))
        let nav = try XCTUnwrap(home.between("<nav class=\"site-nav\">", "</nav>"))
        let links = nav.range(of: "<a href=\"/links/\">友情链接</a>")?.lowerBound
        let aboutLink = nav.range(of: "<a href=\"/about/\">关于</a>")?.lowerBound
        XCTAssertNotNil(links)
        XCTAssertNotNil(aboutLink)
        XCTAssertLessThan(try XCTUnwrap(links), try XCTUnwrap(aboutLink), "the menu follows menu:")
        XCTAssertFalse(nav.contains("不在菜单"), "a page without menu: is not in the menu")
        let main = try XCTUnwrap(home.between("<main class=\"site-main\">", "</main>"))
        XCTAssertFalse(main.contains("关于"), "pages are not listed with the posts")
        XCTAssertFalse(try XCTUnwrap(site.page("feed.xml")).contains("关于"))
        XCTAssertFalse(try XCTUnwrap(site.page("archives/index.html")?.between("<main class=\"site-main\">", "</main>")).contains("/about/"))

        let sitemap = try XCTUnwrap(site.page("sitemap.xml"))
        XCTAssertTrue(sitemap.contains("<loc>https://example.org/about/</loc>"))
        XCTAssertTrue(sitemap.contains("<loc>https://example.org/links/</loc><lastmod>2022-05-06T00:00:00+08:00</lastmod>"), sitemap)
    }

    func testAPageWhereAnotherPageGoesIsALocatedError() throws {
        let site = try site(["Content/pages/archives.md": "---\ntitle: 撞名\n---\n文字。\n"])
        defer { site.cleanUp() }
        let errors = site.buildErrors()
        XCTAssertEqual(errors.map(\.path), ["Content/pages/archives.md"])
        XCTAssertTrue(errors[0].message.contains("URL /archives/ is also the URL of the archive"), errors[0].message)
        XCTAssertTrue(errors[0].hint?.contains("another slug") == true)
    }

    func testAThemeWithoutAPageTemplateIsToldWhatItNeeds() throws {
        var files = TestSite.defaultTheme
        files["Templates/page.mustache"] = nil
        let site = try site(files)
        defer { site.cleanUp() }
        let errors = site.buildErrors()
        XCTAssertEqual(errors.map(\.path), ["Content/pages/links.md"])
        XCTAssertTrue(errors[0].message.contains("needs the template 'page'"), errors[0].message)
    }
}
