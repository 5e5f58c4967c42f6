import BlogKit
import Foundation
import XCTest

final class PostPageTests: XCTestCase {
    private func makeSite() throws -> TestSite {
        try TestSite([
            "Content/posts/2020/7180.md": TestSite.post(
                title: "从几何视角来理解模型参数的初始化策略", date: "2020-01-16 10:21:00", id: 7180,
                categories: ["信息时代"], tags: ["深度学习", "矩阵", "概率"],
                extra: "mood: 愉快\ncollection: {name: 初始化, part: 1}",
                body: "正文有一张图：![正交](figure.svg)，还链接了[另一篇](../2019/6794.md#小结)。\n"),
            "Content/posts/2020/figure.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "Content/posts/2019/6794.md": TestSite.post(
                title: "用时间换取效果", date: "2019-07-08", id: 6794, tags: ["深度学习", "矩阵"], body: "旧文。\n"),
            "Content/posts/2020/7200.md": TestSite.post(
                title: "更新的一篇", date: "2020-02-01", id: 7200, tags: ["深度学习"], body: "新文。\n"),
            "Content/posts/2018/5000.md": TestSite.post(
                title: "无关的一篇", date: "2018-01-01", id: 5000, tags: ["天文"], body: "无关。\n"),
        ])
    }

    func testPostPageHasMetaBodyTaxonomiesCitationAndNeighbours() throws {
        let site = try makeSite()
        defer { site.cleanUp() }
        try site.build()
        let page = try XCTUnwrap(site.page("archives/7180/index.html"))
        XCTAssertTrue(page.contains("<h1 class=\"post-title\">从几何视角来理解模型参数的初始化策略</h1>"))
        XCTAssertTrue(page.contains("By 苏剑林 | <time datetime=\"2020-01-16T10:21:00+08:00\">2020-01-16</time> | <a href=\"/category/"))
        XCTAssertTrue(page.contains("<img src=\"/posts/2020/figure.svg\" alt=\"正交\" />"), "an image beside the post is found")
        XCTAssertTrue(
            page.contains("<a href=\"/archives/6794/#%E5%B0%8F%E7%BB%93\">另一篇</a>"), "a link to another post's file becomes its URL")
        XCTAssertNotNil(site.page("posts/2020/figure.svg"), "the image is copied")
        XCTAssertTrue(page.contains("<a class=\"tag\" href=\"/tag/%E7%9F%A9%E9%98%B5/\">矩阵</a>"))
        XCTAssertTrue(
            page.contains(
                "苏剑林. (Jan. 16, 2020). 《从几何视角来理解模型参数的初始化策略》[Blog post]. Retrieved from https://example.org/archives/7180/"))
        XCTAssertTrue(page.contains("@online{test-7180,"))
        XCTAssertTrue(page.contains("title={从几何视角来理解模型参数的初始化策略},"))
        XCTAssertTrue(page.contains("year={2020},"))
        XCTAssertTrue(page.contains("month={Jan},"))
        XCTAssertTrue(page.contains("url={\\url{https://example.org/archives/7180/}},"))
        XCTAssertTrue(page.contains("« <a href=\"/archives/6794/\" rel=\"prev\">用时间换取效果</a>"))
        XCTAssertTrue(page.contains("<a href=\"/archives/7200/\" rel=\"next\">更新的一篇</a> »"))
    }

    func testRelatedPostsAreRankedBySharedTags() throws {
        let site = try makeSite()
        defer { site.cleanUp() }
        try site.build()
        let page = try XCTUnwrap(site.page("archives/7180/index.html"))
        let related = try XCTUnwrap(page.between("<section class=\"related\">", "</section>"))
        let twoShared = try XCTUnwrap(related.range(of: "用时间换取效果"))
        let oneShared = try XCTUnwrap(related.range(of: "更新的一篇"))
        XCTAssertLessThan(twoShared.lowerBound, oneShared.lowerBound)
        XCTAssertFalse(related.contains("无关的一篇"), "a post sharing no tag is not related")
    }

    func testUnknownFrontMatterKeysReachTemplates() throws {
        let site = try makeSite()
        defer { site.cleanUp() }
        for (path, text) in TestSite.defaultTheme {
            try site.write(text, to: path)
        }
        try site.write(
            "{{<layout}}{{$content}}<p class=\"mood\">{{post.params.mood}} / {{post.params.collection.name}} {{post.params.collection.part}}</p>{{/content}}{{/layout}}",
            to: "Templates/post.mustache")
        try site.build()
        XCTAssertTrue(try XCTUnwrap(site.page("archives/7180/index.html")).contains("<p class=\"mood\">愉快 / 初始化 1</p>"))
    }

    func testDraftsAndFuturePostsOnlyWhenAskedFor() throws {
        let site = try TestSite([
            "Content/posts/2024/1.md": TestSite.post(title: "已发布", date: "2024-01-01", id: 1, body: "甲。\n"),
            "Content/posts/2024/2.md": TestSite.post(title: "草稿一篇", date: "2024-01-02", id: 2, extra: "draft: true", body: "乙。\n"),
            "Content/posts/2024/3.md": TestSite.post(title: "未来一篇", date: "2024-12-01", id: 3, body: "丙。\n"),
        ])
        defer { site.cleanUp() }
        var built = try site.build()
        XCTAssertEqual(built.postCount, 1)
        XCTAssertNil(site.page("archives/2/index.html"))
        XCTAssertNil(site.page("archives/3/index.html"))
        XCTAssertFalse(try XCTUnwrap(site.page("feed.xml")).contains("草稿一篇"))

        built = try site.build(BuildOptions(includeDrafts: true, includeFuture: true, now: TestSite.now))
        XCTAssertEqual(built.postCount, 3)
        XCTAssertTrue(try XCTUnwrap(site.page("archives/2/index.html")).contains("草稿"))
        XCTAssertNotNil(site.page("archives/3/index.html"))
    }

    func testPostWithoutIdGetsItsSlugFromTheFileName() throws {
        let site = try TestSite([
            "Content/posts/2022/linear-attention.md": TestSite.post(title: "线性Attention", date: "2022-01-01", body: "甲。\n"),
            "Content/posts/2022/other.md": TestSite.post(title: "另一篇", date: "2022-01-02", extra: "slug: custom-name", body: "乙。\n"),
        ])
        defer { site.cleanUp() }
        try site.build()
        XCTAssertNotNil(site.page("archives/linear-attention/index.html"))
        XCTAssertNotNil(site.page("archives/custom-name/index.html"))
    }

    func testBaseURLWithAPathPrefixesEveryLink() throws {
        let site = try makeSite()
        defer { site.cleanUp() }
        try site.build(BuildOptions(baseURL: "https://me.github.io/blog/", now: TestSite.now))
        let page = try XCTUnwrap(site.page("archives/7180/index.html"))
        XCTAssertTrue(page.contains("href=\"/blog/assets/style.css\""))
        XCTAssertTrue(page.contains("<a href=\"/blog/archives/6794/\" rel=\"prev\">"))
        XCTAssertTrue(page.contains("Retrieved from https://me.github.io/blog/archives/7180/"))
        XCTAssertTrue(page.contains("<img src=\"/blog/posts/2020/figure.svg\""))
    }

    /// A shared link shows the post's opening words, not its title again:
    /// the description, Open Graph and Twitter tags and the structured data
    /// all carry the excerpt's text, formulas as their TeX.
    func testLinkPreviewsShowTheExcerptsText() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(
                title: "标题里有 </script> 与 \"引号\"", date: "2020-01-16 10:21:00", id: 1, categories: ["数学研究"], tags: ["矩阵"],
                extra: "updated: 2020-02-01",
                body: "设 $x^2 < y$，**粗体**与[链接](https://example.org/)。\n\n<!--more-->\n\n后文不在描述里。\n"),
            "Content/posts/2020/2.md": TestSite.post(title: "第二篇", date: "2020-01-17", id: 2, body: "乙。\n"),
            "Content/posts/2020/3.md": TestSite.post(title: "第三篇", date: "2020-01-18", id: 3, body: "丙。\n"),
            "Content/posts/2020/4.md": TestSite.post(title: "第四篇", date: "2020-01-19", id: 4, body: "丁。\n"),
        ])
        defer { site.cleanUp() }
        try site.build()
        let page = try XCTUnwrap(site.page("archives/1/index.html"))
        let text = "设 $x^2 &lt; y$，粗体与链接。"
        XCTAssertTrue(page.contains("<meta name=\"description\" content=\"\(text)\">"), page)
        XCTAssertTrue(page.contains("<meta property=\"og:description\" content=\"\(text)\">"))
        XCTAssertTrue(page.contains("<meta name=\"twitter:description\" content=\"\(text)\">"))
        XCTAssertTrue(page.contains("<meta property=\"og:type\" content=\"article\">"))
        XCTAssertTrue(page.contains("<meta property=\"og:url\" content=\"https://example.org/archives/1/\">"))
        XCTAssertTrue(page.contains("<meta property=\"article:tag\" content=\"矩阵\">"))
        let script = try XCTUnwrap(page.between("<script type=\"application/ld+json\">", "</script>"))
        XCTAssertFalse(script.contains("<"), "nothing in the data can close its script")
        let data = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
        XCTAssertEqual(data["@type"] as? String, "BlogPosting")
        XCTAssertEqual(data["headline"] as? String, "标题里有 </script> 与 \"引号\"")
        XCTAssertEqual(data["description"] as? String, "设 $x^2 < y$，粗体与链接。")
        XCTAssertEqual(data["datePublished"] as? String, "2020-01-16T10:21:00+08:00")
        XCTAssertEqual(data["dateModified"] as? String, "2020-02-01T00:00:00+08:00")
        XCTAssertEqual(data["keywords"] as? [String], ["矩阵"])
        // Page 2 of the home page names the site once.
        XCTAssertTrue(try XCTUnwrap(site.page("page/2/index.html")).contains("<title>测试博客（第2页）</title>"))
        XCTAssertTrue(try XCTUnwrap(site.page("index.html")).contains("<meta property=\"og:type\" content=\"website\">"))
    }

    /// A heading's `#` anchor is decoration, hidden from screen readers:
    /// a description of an excerpt that starts with a heading has none.
    func testAHeadingsAnchorIsNotInTheDescription() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "一", date: "2020-01-16", id: 1, body: "## 引言\n\n开篇一段。\n\n<!--more-->\n\n后文。\n")
        ])
        try site.build()
        let page = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertTrue(page.contains("<a class=\"heading-anchor\" href=\"#引言\" aria-hidden=\"true\">#</a>"), "the anchor is on the page")
        XCTAssertTrue(page.contains("<meta name=\"description\" content=\"引言 开篇一段。\">"), page)
    }
}
