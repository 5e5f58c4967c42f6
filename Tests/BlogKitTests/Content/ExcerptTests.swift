import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import BlogKit

final class ExcerptTests: XCTestCase {
    private let renderer = MarkdownRenderer()
    private let cutter = ExcerptCutter()

    private func excerpt(_ markdown: String) -> Excerpt {
        cutter.excerpt(of: renderer.render(markdown).html)
    }

    /// Well-formed: it parses as XML once wrapped in one element (cmark's
    /// HTML is XHTML-compatible, so any unclosed element would fail this).
    private func assertWellFormed(_ html: String, file: StaticString = #filePath, line: UInt = #line) {
        let parser = XMLParser(data: Data("<div>\(html)</div>".utf8))
        XCTAssertTrue(parser.parse(), "not well-formed: \(html)", file: file, line: line)
    }

    func testMoreMarkerWithSpacesInsideEndsTheExcerpt() {
        for marker in ["<!--more-->", "<!-- more -->", "<!--  more\t-->"] {
            let result = excerpt("第一段。\n\n\(marker)\n\n第二段。\n")
            XCTAssertEqual(result.html, "<p>第一段。</p>", marker)
            XCTAssertTrue(result.continues, marker)
        }
    }

    func testMoreMarkerMidParagraphClosesTheParagraph() {
        let result = excerpt("开头的句子 <!--more--> 之后的句子。\n")
        XCTAssertEqual(result.html, "<p>开头的句子</p>")
        XCTAssertTrue(result.continues)
        assertWellFormed(result.html)
    }

    func testMoreMarkerAtTheEndMeansNothingContinues() {
        let result = excerpt("全文就这些。\n\n<!--more-->\n")
        XCTAssertEqual(result.html, "<p>全文就这些。</p>")
        XCTAssertFalse(result.continues)
    }

    func testMoreMarkerInsideCodeIsNotAMarker() {
        let result = excerpt("代码：\n\n```html\n<!--more-->\n```\n\n结束。\n")
        XCTAssertFalse(result.continues)
        XCTAssertTrue(result.html.contains("&lt;!--more--&gt;"))
    }

    func testAutomaticExcerptEndsAtASentenceEndNearTwoHundredCharacters() {
        let sentence = "众所周知，尽管基于Attention机制的Transformer类模型有着良好的并行性能。"  // 43 characters
        let paragraph = String(repeating: sentence, count: 8)
        let result = excerpt(paragraph + "\n\n第二段。\n")
        let text = result.html.replacingOccurrences(of: "<p>", with: "").replacingOccurrences(of: "</p>", with: "")
        XCTAssertTrue(result.continues)
        XCTAssertTrue(text.hasSuffix("。"), text)
        XCTAssertLessThanOrEqual(text.count, 200)
        XCTAssertGreaterThan(text.count, 150)
        assertWellFormed(result.html)
    }

    func testAutomaticExcerptEndsAtLatinSentenceEndsButNotInsideNumbers() {
        let sentence = "The value 8.33 is a bound on the norm of the model and it holds for every input we tried here. "
        let result = excerpt(String(repeating: sentence, count: 4))
        XCTAssertTrue(result.html.hasSuffix("tried here.</p>"), result.html)
        XCTAssertTrue(result.continues)
    }

    func testAutomaticExcerptNeverCutsInsideALink() {
        let link = "[一个很长的链接文字。里面还有句号。继续写。再写一句。](https://example.org/a)"
        let filler = String(repeating: "这是一句填充的话。", count: 19)  // 171 characters
        let result = excerpt(filler + link + "后文。" + String(repeating: "更多的话。", count: 30))
        let wholeLink = "<a href=\"https://example.org/a\">一个很长的链接文字。里面还有句号。继续写。再写一句。</a>"
        XCTAssertTrue(result.html.contains(wholeLink) || !result.html.contains("一个很长的链接文字"), result.html)
        assertWellFormed(result.html)
    }

    func testAutomaticExcerptClosesOpenListsAndQuotes() {
        let item = "- " + String(repeating: "列表里的一句话。", count: 10) + "\n"
        let result = excerpt("> " + String(repeating: "引用的话。", count: 10) + "\n\n" + String(repeating: item, count: 5))
        XCTAssertTrue(result.continues)
        assertWellFormed(result.html)
    }

    func testShortPostIsItsOwnExcerpt() {
        let result = excerpt("只有一段。\n\n还有一段。\n")
        XCTAssertEqual(result.html, "<p>只有一段。</p>\n<p>还有一段。</p>\n")
        XCTAssertFalse(result.continues)
    }

    func testExcerptsKeepTheirFormulasWhole() throws {
        let formula = "$a. b! c? d。e！f？ \\text{g. h}$"
        let filler = String(repeating: "这是一句填充的话。", count: 21)  // 189 characters
        let site = try TestSite([
            "Content/posts/2021/1.md": TestSite.post(
                title: "公式", date: "2021-05-01", id: 1, body: filler + "其中" + formula + "成立。" + String(repeating: "后话。", count: 40) + "\n")
        ])
        defer { site.cleanUp() }
        try site.build()
        let row = try XCTUnwrap(site.page("index.html")?.between("<div class=\"excerpt\">", "</div>"))
        XCTAssertEqual(row.components(separatedBy: "<math").count, row.components(separatedBy: "</math>").count, "formulas are whole: \(row)")
        XCTAssertTrue(row.contains("\\text{g. h}</annotation></semantics></math>成立。"), "the cut falls after the formula: \(row)")
    }

    func testFrontMatterExcerptWinsAndListingsLinkFootnotesToThePost() throws {
        let site = try TestSite([
            "Content/posts/2021/5.md": TestSite.post(
                title: "有摘要", date: "2021-05-01", id: 5, extra: "excerpt: \"写在前面的**摘要**。\"",
                body: "正文第一段[^1]。\n\n<!--more-->\n\n[^1]: 注释。\n"),
            "Content/posts/2021/6.md": TestSite.post(
                title: "有脚注", date: "2021-05-02", id: 6, body: "## 小节\n\n带脚注的开头[^1]。\n\n<!--more-->\n\n后文。\n\n[^1]: 注释。\n"),
        ])
        defer { site.cleanUp() }
        try site.build()
        let home = try XCTUnwrap(site.page("index.html"))
        XCTAssertTrue(home.contains("<p>写在前面的<strong>摘要</strong>。</p>"))
        XCTAssertFalse(home.contains("正文第一段"))
        XCTAssertTrue(home.contains("href=\"/archives/6/#fn-1\""), "a footnote link in an excerpt leads to the post")
        XCTAssertFalse(home.contains("id=\"fnref-1\""), "ids of the post's page are not repeated on listings")
        XCTAssertFalse(home.contains("id=\"小节\""))
    }
}
