import BlogKit
import XCTest

/// Cases the shared fixtures do not cover.
final class MathScannerTests: XCTestCase {
    private func spans(_ markdown: String) -> [String] {
        MathScanner().protect(markdown).spans.map { ($0.isDisplay ? "D " : "I ") + $0.tex }
    }

    private func mathJax(_ markdown: String) -> String {
        Site.renderMarkdown(markdown, math: MathSettings(mode: .mathjax))
    }

    func testBareReferencesInRunningTextAreMath() {
        XCTAssertEqual(spans("由\\eqref{eq:k}与式\\ref{eq:x}可知。\n"), ["I \\eqref{eq:k}", "I \\ref{eq:x}"])
    }

    func testNestedEnvironmentsOfTheSameNameAreOneFormula() {
        let tex = "\\begin{align}a \\begin{align}b\\end{align} c\\end{align}"
        XCTAssertEqual(spans(tex + "\n"), ["D " + tex])
    }

    /// Every environment the converter numbers may stand bare in a post, as
    /// MathJax's processEnvironments allows: `xalignat` was left as text.
    func testEveryNumberedEnvironmentIsMathOnItsOwn() {
        for name in ["xalignat", "xxalignat", "flalign*", "eqnarray"] {
            let tex = "\\begin{\(name)}{2}\nx &= 1 & y &= 2 \\\\\nz &= 3 & w &= 4\n\\end{\(name)}"
            XCTAssertEqual(spans(tex + "\n"), ["D " + tex], name)
        }
    }

    func testMathInsideEnvironmentOfDollarsIsOneSpan() {
        XCTAssertEqual(spans("$$\\begin{equation}x\\end{equation}$$\n"), ["D \\begin{equation}x\\end{equation}"])
    }

    func testCodeAndMarkupAreSkipped() {
        XCTAssertEqual(spans("<!-- $a$ -->和$b$\n"), ["I b"])
        XCTAssertEqual(spans("<pre>\n$a$\n</pre>\n\n$b$\n"), ["I b"])
        XCTAssertEqual(spans("<!--\n$a$\n\n$c$\n-->\n$b$\n"), ["I b"])
        XCTAssertEqual(spans("[链接](https://example.org/$a$/) 和 $b$\n"), ["I b"])
        XCTAssertEqual(spans("<span title=\"$a$\">x</span>$b$\n"), ["I b"])
        XCTAssertEqual(spans("``代码 `$a$` 里``和$b$\n"), ["I b"])
        XCTAssertEqual(spans("- 列表\n\n      $a$ 缩进代码\n\n$b$\n"), ["I b"])
        XCTAssertEqual(spans("> ```\n> $a$\n> ```\n\n$b$\n"), ["I b"])
    }

    func testIndentedLinesInsideAParagraphAreNotCode() {
        XCTAssertEqual(spans("段落\n    $a$\n"), ["I a"])
    }

    func testUnmatchedBacktickIsLiteral() {
        XCTAssertEqual(spans("一个`反引号和$a$\n"), ["I a"])
    }

    func testLocationsAreFileLinesAndCharacterColumns() {
        let protected = MathScanner().protect("第一行\n中文$x$和\n\\begin{equation}\ny\n\\end{equation}\n", path: "a.md", firstLine: 5)
        XCTAssertEqual(protected.spans.map { "\($0.line):\($0.column)" }, ["6:3", "7:1"])
    }

    func testUnclosedDelimitersAreWarnedAndLeftAsWritten() {
        let markdown = "甲$$a+b\n\n乙\\[c\n\n丙\\begin{equation}d\n\n丁\\(e\n\n价格$5\n"
        let protected = MathScanner().protect(markdown, path: "p.md", firstLine: 3)
        XCTAssertTrue(protected.spans.isEmpty)
        XCTAssertEqual(protected.markdown, markdown, "nothing is dropped")
        XCTAssertEqual(
            protected.warnings.map { "\($0.path):\($0.line!):\($0.column!) \($0.message)" },
            [
                "p.md:3:2 $$ is never closed; it is left as written",
                "p.md:5:2 \\[ is never closed; it is left as written",
                "p.md:7:2 \\begin{equation} is never closed; it is left as written",
                "p.md:9:2 \\( is never closed; it is left as written",
            ])
        XCTAssertTrue(protected.warnings.allSatisfy { $0.severity == .warning && $0.hint != nil })
    }

    func testPathologicalInputFinishes() {
        // Linear time matters here; the figures are in `make bench-math`.
        let dollars = String(repeating: "$a ", count: 20_000)
        XCTAssertEqual(MathScanner().protect(dollars).spans.count, 0)
        let begins = String(repeating: "\\begin{equation}x ", count: 5_000)
        XCTAssertEqual(MathScanner().protect(begins).warnings.count, 5_000)
    }

    func testTokensNeverReachTheHTML() {
        let html = mathJax("![图$x$](a.png \"标题$y$\")与## 标题\n\n## 关于$\\mathcal{O}(n)$的讨论\n")
        XCTAssertTrue(html.contains("alt=\"图$x$\""), html)
        XCTAssertTrue(html.contains("<h2 id=\"关于的讨论\">关于<span class=\"math inline\">\\(\\mathcal{O}(n)\\)</span>的讨论"), html)
        XCTAssertFalse(html.contains("\u{E000}"))
    }

    func testSoftBreaksBetweenChineseCharactersAreDropped() {
        XCTAssertEqual(mathJax("第一行的结尾\n第二行的开头。\n"), "<p>第一行的结尾第二行的开头。</p>\n")
        XCTAssertEqual(mathJax("中文，\n*强调*\n"), "<p>中文，<em>强调</em></p>\n")
        XCTAssertEqual(mathJax("中文\nLatin\n"), "<p>中文\nLatin</p>\n")
        XCTAssertEqual(mathJax("Latin\n中文\n"), "<p>Latin\n中文</p>\n")
        XCTAssertEqual(mathJax("中文\n$x$\n"), "<p>中文\n<span class=\"math inline\">\\(x\\)</span></p>\n")
    }

    func testTeXIsEscapedInHTML() {
        XCTAssertEqual(
            mathJax("$a<b \\& c>d$\n"), "<p><span class=\"math inline\">\\(a&lt;b \\&amp; c&gt;d\\)</span></p>\n")
        XCTAssertEqual(
            mathJax("\\begin{align}a&=b\\end{align}\n"), "<p><span class=\"math display\">\\begin{align}a&amp;=b\\end{align}</span></p>\n")
        XCTAssertEqual(mathJax("$$x$$\n"), "<p><span class=\"math display\">\\[x\\]</span></p>\n")
    }
}
