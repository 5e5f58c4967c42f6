import BlogKit
import XCTest

final class ListingPageTests: XCTestCase {
    func testHomeRowsShowBadgeTitleExcerptAndReadMoreOnlyWhenPostContinues() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(
                title: "从几何视角来理解模型参数的初始化策略", date: "2020-01-16 10:21:00", id: 1,
                body: "对于复杂模型来说，参数的初始化显得尤为重要。\n\n<!--more-->\n\n后面的内容不在摘要里。\n"),
            "Content/posts/2020/2.md": TestSite.post(
                title: "短文", date: "2020-07-29", id: 2, body: "只有一句话的文章。\n"),
        ])
        defer { site.cleanUp() }
        try site.build()
        let home = try XCTUnwrap(site.page("index.html"))
        let rows = home.components(separatedBy: "<article class=\"post-row\">").dropFirst()
        XCTAssertEqual(rows.count, 2)
        let newest = try XCTUnwrap(rows.first), older = try XCTUnwrap(rows.last)
        // Newest first, with a "29 Jul" badge.
        XCTAssertTrue(newest.contains("<span class=\"badge-day\">29</span> <span class=\"badge-month\">Jul</span>"))
        XCTAssertTrue(newest.contains("<a href=\"/archives/2/\">短文</a>"))
        XCTAssertTrue(newest.contains("<p>只有一句话的文章。</p>"))
        XCTAssertFalse(newest.contains("点击阅读全文..."), "a post shown whole has no read-more link")
        XCTAssertTrue(older.contains("<span class=\"badge-day\">16</span> <span class=\"badge-month\">Jan</span>"))
        XCTAssertTrue(older.contains("<p>对于复杂模型来说，参数的初始化显得尤为重要。</p>"))
        XCTAssertFalse(older.contains("后面的内容不在摘要里"))
        XCTAssertTrue(older.contains("<a href=\"/archives/1/\">点击阅读全文...</a>"))
    }

    func testCategoryAndTagRowsShowMetaLineThenExcerpt() throws {
        let site = try TestSite([
            "Content/posts/2020/7.md": TestSite.post(
                title: "抛开约束，增强模型", date: "2020-01-29 09:00", id: 7, categories: ["信息时代"], tags: ["深度学习", "NLP"],
                body: "本文介绍一个技巧。\n\n<!--more-->\n\n正文。\n")
        ])
        defer { site.cleanUp() }
        try site.build()
        for path in ["category/信息时代/index.html", "tag/深度学习/index.html", "tag/nlp/index.html"] {
            let page = try XCTUnwrap(site.page(path), path)
            XCTAssertTrue(page.contains("<a href=\"/archives/7/\">抛开约束，增强模型</a>"), path)
            XCTAssertTrue(
                page.contains(
                    "By 苏剑林 | <time datetime=\"2020-01-29T09:00:00+08:00\">2020-01-29</time> | <a href=\"/archives/7/#citation\">引用</a>"),
                path)
            XCTAssertTrue(page.contains("<p>本文介绍一个技巧。</p>"), path)
        }
        // Chinese stays Chinese in folders; links carry it percent-encoded.
        let post = try XCTUnwrap(site.page("archives/7/index.html"))
        XCTAssertTrue(post.contains("href=\"/tag/%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0/\""))
        XCTAssertTrue(post.contains("href=\"/category/%E4%BF%A1%E6%81%AF%E6%97%B6%E4%BB%A3/\""))
    }

    func testPaginationAtZeroOneExactlyOnePageAndOnePagePlusOnePosts() throws {
        // page_size is 3 in the test config.
        for (count, expectedPages) in [(0, 1), (1, 1), (3, 1), (4, 2)] {
            var files: [String: String] = [:]
            for index in 0..<count {
                files["Content/posts/2020/\(index + 1).md"] = TestSite.post(
                    title: "文章\(index + 1)", date: "2020-03-\(10 + index)", id: index + 1, body: "内容\(index + 1)。\n")
            }
            let site = try TestSite(files)
            defer { site.cleanUp() }
            try site.build()
            let home = try XCTUnwrap(site.page("index.html"))
            XCTAssertEqual(home.occurrences(of: "class=\"post-row\""), min(count, 3), "\(count) posts")
            XCTAssertNil(site.page("page/\(expectedPages + 1)/index.html"), "\(count) posts: no page beyond the last")
            if count == 0 {
                XCTAssertTrue(home.contains("还没有文章"))
            }
            if expectedPages == 2 {
                XCTAssertTrue(home.contains("<a rel=\"next\" href=\"/page/2/\">"))
                let second = try XCTUnwrap(site.page("page/2/index.html"))
                XCTAssertEqual(second.occurrences(of: "class=\"post-row\""), 1)
                XCTAssertTrue(second.contains("文章1"), "the oldest post is on the last page")
                XCTAssertTrue(second.contains("<a rel=\"prev\" href=\"/\">"))
                // Year and month listings paginate the same way.
                XCTAssertNotNil(site.page("2020/page/2/index.html"))
                XCTAssertNotNil(site.page("2020/03/page/2/index.html"))
            } else {
                XCTAssertFalse(home.contains("class=\"pagination\""), "\(count) posts: one page needs no pagination")
            }
        }
    }

    func testYearAndMonthGroupingFollowsTheSiteTimeZoneNearMidnight() throws {
        let site = try TestSite([
            // 23:30 in Shanghai on Jan 31 is 15:30 UTC: January.
            "Content/posts/2020/1.md": TestSite.post(title: "一月末", date: "2020-01-31 23:30:00", id: 1, body: "甲。\n"),
            // 16:30 UTC on Jan 31 is 00:30 on Feb 1 in Shanghai: February.
            "Content/posts/2020/2.md": TestSite.post(title: "二月初", date: "2020-01-31T16:30:00Z", id: 2, body: "乙。\n"),
            // 23:59:59 on Dec 31 in Shanghai stays in 2020.
            "Content/posts/2020/3.md": TestSite.post(title: "年末", date: "2020-12-31 23:59:59", id: 3, body: "丙。\n"),
            // 16:00 UTC on Dec 31 is midnight of 2021 in Shanghai.
            "Content/posts/2020/4.md": TestSite.post(title: "新年", date: "2020-12-31T16:00:00+00:00", id: 4, body: "丁。\n"),
        ])
        defer { site.cleanUp() }
        try site.build()
        // The sidebar lists recent posts on every page: look at the main column only.
        func main(_ path: String) throws -> String {
            try XCTUnwrap(site.page(path)?.between("<main class=\"site-main\">", "</main>"), path)
        }
        let january = try main("2020/01/index.html")
        XCTAssertTrue(january.contains("一月末"))
        XCTAssertFalse(january.contains("二月初"))
        XCTAssertTrue(try main("2020/02/index.html").contains("二月初"))
        let year2020 = try main("2020/index.html")
        XCTAssertTrue(year2020.contains("年末"))
        XCTAssertFalse(year2020.contains("新年"))
        let year2021 = try main("2021/index.html")
        XCTAssertTrue(year2021.contains("新年"))
        XCTAssertTrue(year2021.contains("<span class=\"badge-day\">1</span> <span class=\"badge-month\">Jan</span>"))
        XCTAssertNotNil(site.page("2021/01/index.html"))
        // The archive groups the same way, newest year first.
        let archive = try XCTUnwrap(site.page("archives/index.html"))
        let positions = ["2021年", "2020年12月", "2020年2月", "2020年1月"].map { archive.range(of: $0)?.lowerBound }
        XCTAssertFalse(positions.contains(nil), "every group is listed")
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
    }

    /// The model blog's ids run through the years (2020, 2021…): by default
    /// such a post and the year page never share a URL.
    func testAPostWhoseIdIsAYearBuildsBesideThatYearsPage() throws {
        let site = try TestSite([
            "Content/posts/2020/2020.md": TestSite.post(title: "编号如年份", date: "2020-03-01", id: 2020, body: "甲。\n")
        ])
        defer { site.cleanUp() }
        try site.build()
        XCTAssertTrue(try XCTUnwrap(site.page("archives/2020/index.html")).contains("编号如年份"))
        let year = try XCTUnwrap(site.page("2020/index.html")?.between("<main class=\"site-main\">", "</main>"))
        XCTAssertTrue(year.contains("href=\"/archives/2020/\""), "the year page lists the post")
        XCTAssertNotNil(site.page("2020/03/index.html"))
    }
}
