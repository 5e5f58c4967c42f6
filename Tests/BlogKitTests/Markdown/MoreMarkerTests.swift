import XCTest

@testable import BlogKit

/// The marker found on cmark's tree gives the excerpt that a search of the
/// HTML gives.
final class MoreMarkerTests: XCTestCase {
    private let renderer = MarkdownRenderer()
    private let cutter = ExcerptCutter()

    private func assertSameExcerpt(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) -> MoreMarker {
        let rendered = renderer.render(markdown)
        XCTAssertEqual(cutter.excerpt(of: rendered.html, marker: rendered.moreMarker), cutter.excerpt(of: rendered.html), markdown, file: file, line: line)
        return rendered.moreMarker
    }

    func testMarkerBetweenBlocksIsCutOnTheTree() {
        let posts = [
            "第一段。\n\n<!--more-->\n\n第二段。\n",
            "## 小节\n\n- 一\n- 二\n\n> 引用[^1]\n\n   <!-- more -->\n\n后文。\n\n[^1]: 注释。\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\n<!--more--> 同一行的字\n",
            "全文就这些。\n\n<!--more-->\n",
            "开头。\n\n<!--more-->\n\n<!-- 注释 -->\n\n</div>\n",
            "开头。\n\n<!--more-->\n<p>紧接着的 HTML</p>\n",
        ]
        for post in posts {
            guard case .afterBlocks = assertSameExcerpt(post) else { return XCTFail("not cut on the tree: \(post)") }
        }
    }

    func testMarkerElsewhereIsCutOnTheHTML() {
        let posts = [
            "开头的句子 <!--more--> 之后的句子。\n",
            "- 列表 <!--more-->\n- 二\n",
            "> 引用\n>\n> <!--more-->\n\n后文。\n",
            "<div>\n\n开头。\n\n<!--more-->\n\n</div>\n",
            "<img alt=\"<!--more-->\">\n\n开头。\n\n<!--more-->\n\n后文。\n",
            "## 标题 <span>a</span>\n\n<!--more-->\n\n后文。\n",
        ]
        for post in posts {
            XCTAssertEqual(assertSameExcerpt(post), .inRawHTML, post)
        }
    }

    func testNoMarkerInRawHTMLMeansNone() {
        let posts = [
            String(repeating: "一句话。", count: 80) + "\n",
            "代码：\n\n```html\n<!--more-->\n```\n\n`<!--more-->` 结束。\n",
            "<!-- 别的注释 -->\n\n" + String(repeating: "一句话。", count: 80) + "\n",
        ]
        for post in posts {
            XCTAssertEqual(assertSameExcerpt(post), MoreMarker.none, post)
        }
    }
}
