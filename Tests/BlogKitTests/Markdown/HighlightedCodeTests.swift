import BlogKit
import Foundation
import XCTest

/// Code blocks highlighted at build time: cmark's markup with spans, only
/// for the languages the highlighter knows, never touching math.
final class HighlightedCodeTests: XCTestCase {
    private let highlighting = MarkdownRenderer()
    private let plain = MarkdownRenderer(highlightsCode: false)

    func testUnknownOrMissingLanguagesAreCmarksOutputByteForByte() {
        let documents = [
            "```\nx < y && \"z\"\n```\n", "```cobol\nDISPLAY 'HI'.\n```\n", "    indented < code\n", "~~~ text\nplain & simple\n~~~\n",
            "```{.python}\nx = 1\n```\n", "- item\n\n  ```unknown\n  a\n  ```\n", "```\n```\n",
        ]
        for markdown in documents {
            XCTAssertEqual(highlighting.render(markdown).html, plain.render(markdown).html, markdown)
        }
    }

    func testHighlightedBlocksAreCmarksOutputWithSpansAndTheClass() {
        let documents = [
            "```python\ndef f(a, b):\n    return a < b and \"x\" != 'y'  # &c\n```\n",
            "```Python {.numberLines}\nprint(1)\n```\n",
            "> ```c++\n> #include <vector>\n> int main() { return 0; }\n> ```\n",
            "1. step\n\n   ```bash\n   echo \"$HOME\" && ls # list\n   ```\n\n2. next\n",
            "```json\n{\"a\": [1, true, null]}\n```\n\ntext\n\n```yaml\nkey: 'v' # c\n```\n",
            "```swift\n\n\n```\n", "```js\n```\n",
        ]
        for markdown in documents {
            let html = highlighting.render(markdown).html
            XCTAssertTrue(html.contains("<pre class=\"highlight\"><code class=\"language-"), html)
            let withoutSpans = html.replacingOccurrences(of: #"<span class="hl-[a-z]">"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "</span>", with: "").replacingOccurrences(of: "<pre class=\"highlight\">", with: "<pre>")
            XCTAssertEqual(withoutSpans, plain.render(markdown).html, markdown)
        }
        XCTAssertTrue(highlighting.render("```python\ndef f(): pass\n```\n").html.contains(
            "<pre class=\"highlight\"><code class=\"language-python\"><span class=\"hl-k\">def</span> <span class=\"hl-f\">f</span>"))
    }

    func testDollarsInCodeStayDollars() {
        let markdown = """
            价格 $x$ 在正文里是公式。

            ```swift
            let price = "$5 and $6"
            ```

            ```python
            e = np.exp(x)  # $not math$
            ```

            """
        let html = Site.renderMarkdown(markdown)
        XCTAssertEqual(html.occurrences(of: "<math"), 1, "only the formula in the text: \(html)")
        XCTAssertTrue(html.contains("<span class=\"hl-s\">&quot;$5 and $6&quot;</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"hl-c\"># $not math$</span>"), html)
    }

    func testAPostPageShowsHighlightedCode() throws {
        let site = try TestSite(["Content/posts/2020/7180.md": Self.post])
        try site.build()
        let page = try XCTUnwrap(site.page("archives/7180/index.html"))
        XCTAssertTrue(page.contains("<pre class=\"highlight\"><code class=\"language-python\"><span class=\"hl-k\">import</span> numpy"), page)
        XCTAssertTrue(page.contains("<span class=\"hl-k\">def</span> <span class=\"hl-f\">softmax</span>(x)<span class=\"hl-o\">:</span>\n"), page)
        XCTAssertTrue(page.contains("<span class=\"hl-c\"># $not math$</span>"), "a $ in code is a dollar")
        XCTAssertTrue(page.contains("<span class=\"hl-k\">let</span> price <span class=\"hl-o\">=</span> <span class=\"hl-s\">&quot;$5 and $6&quot;</span>"))
        XCTAssertTrue(page.contains("<pre><code class=\"language-text\">plain &lt;text&gt;\n</code></pre>"), "an unknown language stays plain")
        XCTAssertEqual(page.occurrences(of: "<math"), 1, "the one formula of the text is typeset, none in code")
    }

    func testHighlightFalseLeavesCmarksCode() throws {
        let site = try TestSite(["Content/posts/2020/7180.md": Self.post], config: TestSite.config + "highlight: false\n")
        try site.build()
        let page = try XCTUnwrap(site.page("archives/7180/index.html"))
        XCTAssertFalse(page.contains("class=\"highlight\""))
        XCTAssertFalse(page.contains("class=\"hl-"))
        XCTAssertTrue(page.contains("<pre><code class=\"language-swift\">let price = &quot;$5 and $6&quot;\nprint(price)\n</code></pre>"), page)
    }

    func testHighlightMustBeABoolean() throws {
        let site = try TestSite(["Content/posts/2020/7180.md": Self.post], config: TestSite.config + "highlight: sometimes\n")
        let errors = site.buildErrors()
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors.first?.description.hasPrefix("blog.yml:7:12: error: 'highlight' must be true or false") ?? false, "\(errors)")
    }

    private static let post = TestSite.post(
        title: "代码", date: "2020-01-16 10:21:00", id: 7180,
        body: """
            正文里的公式 $e^x$。

            ```python
            import numpy as np

            def softmax(x):
                e = np.exp(x - x.max())  # $not math$
                return e / e.sum()
            ```

            ```swift
            let price = "$5 and $6"
            print(price)
            ```

            ```text
            plain <text>
            ```

            """)
}
