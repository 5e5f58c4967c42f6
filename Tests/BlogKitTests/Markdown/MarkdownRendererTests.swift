import BlogKit
import Foundation
import XCTest

final class MarkdownRendererTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        Site.renderMarkdown(markdown)
    }

    /// cmark-gfm keeps the extensions' special characters in a process-wide
    /// table that each parse fills and empties: renders on many threads at
    /// once must all still see strikethrough and autolinks.
    func testExtensionsHoldUnderConcurrentRenders() {
        let markdown = String(repeating: "一段文字，**粗体**与*斜体*。\n\n", count: 200) + "~~删除~~ 与 www.example.com\n"
        let outputs = Array(repeating: markdown, count: 400).concurrentRenders()
        for html in outputs {
            XCTAssertTrue(html.contains("<del>删除</del>"))
            XCTAssertTrue(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
        }
    }

    /// An image alone in its paragraph with a title is a figure captioned by
    /// the title, formulas in it typeset; any other image stays inline.
    func testAnImageAloneWithATitleIsACaptionedFigure() {
        let figure = html("![正交的向量](a.svg \"图1：$u\\perp v$ 的示意\")\n")
        XCTAssertTrue(figure.hasPrefix("<figure><img src=\"a.svg\" alt=\"正交的向量\" /><figcaption>图1：<math display=\"inline\">"), figure)
        XCTAssertTrue(figure.contains("<mo>⟂</mo>"))
        XCTAssertTrue(figure.hasSuffix(" 的示意</figcaption></figure>\n"), figure)
        XCTAssertFalse(figure.contains("title="), "the caption is not repeated as a tooltip")
        XCTAssertEqual(html("![无标题](b.svg)\n"), "<p><img src=\"b.svg\" alt=\"无标题\" /></p>\n")
        XCTAssertEqual(html("行内 ![图](c.svg \"说明\") 不算。\n"), "<p>行内 <img src=\"c.svg\" alt=\"图\" title=\"说明\" /> 不算。</p>\n")
        XCTAssertTrue(html("![a](x.svg \"<b>&\")\n").contains("<figcaption>&lt;b&gt;&amp;</figcaption>"))
    }

    func testGitHubExtensions() {
        XCTAssertTrue(html("| a | b |\n|---|--:|\n| 1 | 2 |\n").contains("<td align=\"right\">2</td>"))
        XCTAssertTrue(html("~~删除~~\n").contains("<del>删除</del>"))
        XCTAssertTrue(html("见 https://kexue.fm 。\n").contains("<a href=\"https://kexue.fm\">https://kexue.fm</a>"))
        let tasks = html("- [x] 完成\n- [ ] 未完成\n")
        XCTAssertTrue(tasks.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> 完成"))
        XCTAssertTrue(tasks.contains("<input type=\"checkbox\" disabled=\"\" /> 未完成"))
        let footnote = html("正文[^1]。\n\n[^1]: 注释。\n")
        XCTAssertTrue(footnote.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>"))
        XCTAssertTrue(footnote.contains("<li id=\"fn-1\">"))
    }

    func testRawHTMLIsKept() {
        XCTAssertTrue(html("<div class=\"note\">注意</div>\n").contains("<div class=\"note\">注意</div>"))
        XCTAssertTrue(html("一个<kbd>Ctrl</kbd>键。\n").contains("<kbd>Ctrl</kbd>"))
    }

    func testHeadingsGetUniqueChineseIdsAndAnchors() {
        let result = html("## 第1节 背景\n\n## 背景\n\n## 背景\n\n## 背景\n\n### Self-Orthogonality *Module*\n\n## 背景-1\n")
        XCTAssertTrue(result.contains("<h2 id=\"第1节-背景\">第1节 背景 <a class=\"heading-anchor\" href=\"#第1节-背景\" aria-hidden=\"true\">#</a></h2>"))
        XCTAssertTrue(result.contains("<h2 id=\"背景\">"))
        XCTAssertTrue(result.contains("<h2 id=\"背景-1\">"))
        XCTAssertTrue(result.contains("<h2 id=\"背景-2\">"))
        XCTAssertTrue(result.contains("<h3 id=\"self-orthogonality-module\">Self-Orthogonality <em>Module</em>"))
        // A heading whose text is itself "背景-1" may not reuse that id.
        XCTAssertTrue(result.contains("<h2 id=\"背景-1-1\">"))
    }

    func testCodeIsEscaped() {
        let plain = MarkdownRenderer(highlightsCode: false).render("```python\nif a < b and c > d: pass\n```\n").html
        XCTAssertTrue(plain.contains("<code class=\"language-python\">if a &lt; b and c &gt; d: pass"))
    }
}

extension Array where Element == String {
    fileprivate func concurrentRenders() -> [String] {
        let results = Results(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, Site.renderMarkdown(self[index]))
        }
        return results.all
    }
}

private final class Results: @unchecked Sendable {
    private var values: [String]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: "", count: count) }
    func set(_ index: Int, _ value: String) { lock.withLock { values[index] = value } }
    var all: [String] { lock.withLock { values } }
}
