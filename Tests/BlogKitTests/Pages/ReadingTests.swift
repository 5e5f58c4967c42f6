import BlogKit
import Foundation
import XCTest

/// What helps a reader through a long post: its table of contents, its
/// length and reading time, and the script with the copy buttons.
final class ReadingTests: XCTestCase {
    private static let longPost = TestSite.post(
        title: "变分自编码器", date: "2020-01-16 10:21:00", id: 7180,
        body: """
            开篇。

            ## 模型的设定

            正文。

            ## 变分下界 $\\mathcal{L}$

            ### 重参数化

            #### 细节

            ##### 太深的一层

            ## 参见[另一篇](https://example.com/)

            """)

    func testAPostOfThreeHeadingsOrMoreHasATableOfContentsInThePostAndBesideIt() throws {
        let site = try TestSite(["Content/posts/2020/7180.md": Self.longPost])
        try site.build()
        let page = try XCTUnwrap(site.page("archives/7180/index.html"))
        let inPost = try XCTUnwrap(page.section(from: "<details class=\"toc\">", to: "</details>"), "the table in the post")
        let beside = try XCTUnwrap(page.section(from: "<nav class=\"sidebar-toc\"", to: "</nav>"), "the table beside the post")
        XCTAssertTrue(try XCTUnwrap(page.range(of: "sidebar-toc")).lowerBound > page.range(of: "<aside class=\"sidebar\">")!.upperBound)
        for table in [inPost, beside] {
            XCTAssertTrue(table.contains("<li class=\"toc-depth-1\"><a href=\"#模型的设定\">模型的设定</a></li>"), "Chinese anchors are kept")
            XCTAssertTrue(table.contains("<li class=\"toc-depth-2\"><a href=\"#重参数化\">重参数化</a></li>"))
            XCTAssertTrue(table.contains("<li class=\"toc-depth-3\"><a href=\"#细节\">细节</a></li>"))
            XCTAssertFalse(table.contains("太深的一层"), "three levels are listed")
            XCTAssertTrue(
                table.contains("<a href=\"#变分下界\">变分下界 <math"),
                "a heading's formula is typeset in the table, at the heading's anchor: \(table)")
            XCTAssertTrue(table.contains("<a href=\"#参见另一篇\">参见另一篇</a>"), "a link in a heading is not a link inside the entry's")
        }
        XCTAssertTrue(page.contains("<h5 id=\"太深的一层\">"), "the heading left out of the table is still in the post")
        for id in ["模型的设定", "重参数化", "细节", "参见另一篇"] {
            XCTAssertTrue(page.contains("id=\"\(id)\""), "the entry #\(id) has its heading")
        }
    }

    func testAShortPostAndOtherPagesHaveNoTableOfContents() throws {
        let site = try TestSite([
            "Content/posts/2020/7180.md": Self.longPost,
            "Content/posts/2020/7181.md": TestSite.post(
                title: "短文", date: "2020-02-01", id: 7181, body: "## 一\n\n文。\n\n## 二\n\n文。\n"),
        ])
        try site.build()
        let short = try XCTUnwrap(site.page("archives/7181/index.html"))
        XCTAssertFalse(short.contains("class=\"toc\""))
        XCTAssertFalse(short.contains("sidebar-toc"))
        let home = try XCTUnwrap(site.page("index.html"))
        XCTAssertFalse(home.contains("sidebar-toc"), "a listing of a long post does not take its table")
    }

    func testThePostShowsItsLengthInChineseCharactersAndLatinWordsWithoutFormulas() throws {
        let text = String(repeating: "推导", count: 400)
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(
                title: "长", date: "2020-01-01", id: 1,
                body: "\(text)\n\n$$\\sum_{k=1}^{n} \\frac{\\alpha_k}{\\beta_k} = \\operatorname{softmax}(x)$$\n\n用 GPU 训练 VAE 模型，行内 $x^2$ 不算。\n")
        ])
        try site.build()
        let page = try XCTUnwrap(site.page("archives/1/index.html"))
        // 800 + 用训练模型行内不算 (9) characters, GPU and VAE: 811 字, at 400 a minute.
        XCTAssertTrue(page.contains("<span class=\"reading-stats\">811 字 · 阅读约 3 分钟</span>"), "\(page)")
    }

    func testReadingStatsCountsCharactersAndWords() {
        let stats = ReadingStats(text: "变分自编码器（VAE）在 2013 年由 Kingma 提出，it's a well-known model.")
        XCTAssertEqual(stats.characters, 11)
        XCTAssertEqual(stats.words, 7, "VAE, 2013, Kingma, it's, a, well-known, model")
        XCTAssertEqual(stats.minutes, 1, "at least a minute")
        XCTAssertEqual(ReadingStats(text: String(repeating: "字", count: 4_000)).minutes, 10)
        XCTAssertEqual(ReadingStats(text: String(repeating: "word ", count: 1_000)).minutes, 5)
        XCTAssertEqual(ReadingStats(text: "，。！、").count, 0, "punctuation is not a word")
    }

    func testAnEnglishSiteSaysItInEnglishAndTheStringsCanBeReplaced() throws {
        let site = try TestSite(
            ["Content/posts/2020/7180.md": Self.longPost],
            config: TestSite.config + "language: en\nstrings:\n  copy: Copy code\n")
        try site.build()
        let page = try XCTUnwrap(site.page("archives/7180/index.html"))
        XCTAssertTrue(page.contains("<summary>Contents</summary>"))
        XCTAssertTrue(page.contains(" words · 1 min read</span>"))
        XCTAssertTrue(page.contains("assets/post.js\" defer data-copy=\"Copy code\" data-copied=\"Copied\""), "the copy button's words reach the script")
        XCTAssertNotNil(site.page("assets/post.js"), "the theme writes the script")
    }
}

extension String {
    /// The text from the first `start` to the `end` after it, both included.
    fileprivate func section(from start: String, to end: String) -> String? {
        guard let lower = range(of: start), let upper = self[lower.upperBound...].range(of: end) else { return nil }
        return String(self[lower.lowerBound..<upper.upperBound])
    }
}
