import BlogKit
import XCTest

/// `language:` picks the UI words, `strings:` replaces single ones.
final class UIStringsTests: XCTestCase {
    /// Four posts over two months, three to a page: a second home page
    /// (with the oldest post, whose excerpt continues), a category, a tag
    /// and related posts.
    private var posts: [String: String] {
        [
            "Content/posts/2020/1.md": TestSite.post(
                title: "第一篇", date: "2020-03-05 10:00", id: 1, categories: ["信息时代"], tags: ["深度学习"],
                body: "开头。\n\n<!--more-->\n\n正文。\n"),
            "Content/posts/2020/2.md": TestSite.post(
                title: "第二篇", date: "2020-03-06 10:00", id: 2, categories: ["信息时代"], tags: ["深度学习"], body: "正文。\n"),
            "Content/posts/2020/3.md": TestSite.post(title: "第三篇", date: "2020-04-01 10:00", id: 3, body: "正文。\n"),
            "Content/posts/2020/4.md": TestSite.post(title: "第四篇", date: "2020-04-02 10:00", id: 4, body: "正文。\n"),
        ]
    }

    private func built(_ settings: String) throws -> TestSite {
        let site = try TestSite(posts, config: TestSite.config + settings)
        try site.build()
        return site
    }

    func testEnglishGivesEnglishTitlesAndThemeWords() throws {
        let site = try built("language: en\n")
        let home = try XCTUnwrap(site.page("index.html"))
        XCTAssertTrue(home.contains("<a href=\"/\">Home</a>"))
        XCTAssertTrue(home.contains("<h2>Recent posts</h2>"))
        XCTAssertTrue(home.contains("<a href=\"/2020/\">2020</a>"), "the sidebar's year")
        XCTAssertTrue(home.contains(">Next »</a>"))
        let second = try XCTUnwrap(site.page("page/2/index.html"))
        XCTAssertTrue(second.contains("<a href=\"/archives/1/\">Read more…</a>"))
        XCTAssertTrue(second.contains("<title>测试博客 (Page 2)</title>"))
        XCTAssertTrue(second.contains(">« Previous</a>"))
        let month = try XCTUnwrap(site.page("2020/03/index.html"))
        XCTAssertTrue(month.contains("<h1 class=\"listing-title\">March 2020</h1>"))
        let category = try XCTUnwrap(site.page("category/信息时代/index.html"))
        XCTAssertTrue(category.contains("<h1 class=\"listing-title\">Category: 信息时代</h1>"))
        XCTAssertTrue(category.contains(">Cite</a>"))
        let tag = try XCTUnwrap(site.page("tag/深度学习/index.html"))
        XCTAssertTrue(tag.contains("<h1 class=\"listing-title\">Tag: 深度学习</h1>"))
        let terms = try XCTUnwrap(site.page("categories/index.html"))
        XCTAssertTrue(terms.contains("<h1 class=\"listing-title\">Categories</h1>"))

        let post = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertTrue(post.contains("<p class=\"post-tags\">Tags: <a class=\"tag\""))
        XCTAssertTrue(post.contains("<p>To cite this post:</p>"))
        XCTAssertTrue(post.contains("<h2 class=\"related-title\">Related posts</h2>"))

        let archive = try XCTUnwrap(site.page("archives/index.html"))
        XCTAssertTrue(archive.contains("<title>Archives - 测试博客</title>"))
        XCTAssertTrue(archive.contains("<p class=\"archive-count\">Posts: 4</p>"))
        XCTAssertTrue(archive.contains("<a href=\"/2020/03/\">March 2020</a>"))
        XCTAssertTrue(archive.contains("<span class=\"day\">05</span>"))

        let missing = try XCTUnwrap(site.page("404.html"))
        XCTAssertTrue(missing.contains("<h1 class=\"listing-title\">Page not found</h1>"))
        XCTAssertTrue(missing.contains("Try the <a href=\"/\">Home</a> page or the <a href=\"/archives/\">Archives</a>."))

        for (path, page) in [("index", home), ("post", post), ("archive", archive), ("404", missing)] {
            for word in ["首页", "最近文章", "分类", "归档", "点击阅读全文", "引用", "相关文章", "页面不存在", "年"] {
                XCTAssertFalse(page.contains(word), "\(path) still shows \(word)")
            }
        }
    }

    func testLanguageVariantsPickTheirTable() throws {
        for (language, archiveTitle) in [("en-US", "Archives"), ("zh-Hans", "文章归档"), ("zh", "文章归档"), ("ja", "文章归档")] {
            let site = try built("language: \(language)\n")
            let archive = try XCTUnwrap(site.page("archives/index.html"))
            XCTAssertTrue(archive.contains("<h1 class=\"listing-title\">\(archiveTitle)</h1>"), language)
            XCTAssertTrue(archive.contains("<html lang=\"\(language)\">"), language)
        }
    }

    func testAStringsEntryChangesOneWord() throws {
        // Before `language:` in the file: the override still wins.
        let site = try built("strings:\n  read_more: 继续阅读 →\n  month_title: '{year}/{month}'\nlanguage: zh-CN\n")
        let home = try XCTUnwrap(site.page("page/2/index.html"))
        XCTAssertTrue(home.contains("<a href=\"/archives/1/\">继续阅读 →</a>"))
        XCTAssertFalse(home.contains("点击阅读全文"))
        XCTAssertTrue(home.contains("<h2>最近文章</h2>"), "the other words stay")
        XCTAssertTrue(home.contains("<a href=\"/2020/\">2020年</a>"))
        let month = try XCTUnwrap(site.page("2020/03/index.html"))
        XCTAssertTrue(month.contains("<h1 class=\"listing-title\">2020/3</h1>"))
    }

    func testEnglishMonthNamesCanBeReplaced() throws {
        let names = "[Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec]"
        let site = try built("language: en\nstrings:\n  month_names: \(names)\n")
        let month = try XCTUnwrap(site.page("2020/03/index.html"))
        XCTAssertTrue(month.contains("<h1 class=\"listing-title\">Mar 2020</h1>"))
    }

    /// Errors stand where the wrong text is: TestSite.config is six lines,
    /// so `strings:` is line 7.
    private func errors(_ settings: String) throws -> [BuildError] {
        let site = try TestSite(posts, config: TestSite.config + settings)
        return site.buildErrors()
    }

    func testAnUnknownKeyIsALocatedErrorListingTheKeys() throws {
        let errors = try errors("strings:\n  read_more: 更多\n  raed_more: 更多\n")
        XCTAssertEqual(errors.count, 1, "\(errors)")
        let error = try XCTUnwrap(errors.first)
        XCTAssertEqual(error.path, "blog.yml")
        XCTAssertEqual(error.line, 9)
        XCTAssertEqual(error.column, 3)
        XCTAssertTrue(error.message.contains("no entry 'raed_more'"), "\(error)")
        XCTAssertTrue(error.hint?.contains("read_more, no_posts") == true, "\(error)")
    }

    func testAnUnknownPlaceholderIsALocatedError() throws {
        let errors = try errors("strings:\n  year_title: '{yr}年'\n  home: '{year}'\n")
        XCTAssertEqual(errors.map(\.line), [8, 9], "\(errors)")
        XCTAssertEqual(errors.map(\.column), [15, 9], "\(errors)")
        XCTAssertTrue(errors[0].message.contains("unknown placeholder '{yr}'"), "\(errors)")
        XCTAssertEqual(errors[0].hint, "'year_title' can use {year}")
        XCTAssertEqual(errors[1].hint, "'home' takes no placeholders")
    }

    func testAValueOfTheWrongTypeIsALocatedError() throws {
        let errors = try errors("strings:\n  home: [首, 页]\n  month_names: [一月, 二月]\n")
        XCTAssertEqual(errors.map(\.line), [8, 9], "\(errors)")
        XCTAssertTrue(errors[0].message.contains("'home' must be text"), "\(errors)")
        XCTAssertTrue(errors[1].message.contains("twelve month names"), "\(errors)")
        let notMapping = try self.errors("strings: 英文\n")
        XCTAssertEqual(notMapping.map(\.line), [7], "\(notMapping)")
        XCTAssertTrue(notMapping.first?.hint?.contains("year_title") == true, "\(notMapping)")
    }
}

extension UIStringsTests {
    /// The hint of an unknown key lists every key; the README's table must too.
    func testReadmeListsEveryKey() throws {
        let hint = try XCTUnwrap(try errors("strings:\n  nothing: 无\n").first?.hint)
        let keys = try XCTUnwrap(hint.components(separatedBy: "the entries are ").last).components(separatedBy: ", ")
        XCTAssertGreaterThan(keys.count, 20)
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for key in keys {
            XCTAssertTrue(text.contains("| `\(key)` |"), "the README's table lacks \(key)")
        }
    }
}
