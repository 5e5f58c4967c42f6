import BlogKit
import XCTest

/// Deeply nested Markdown renders: cmark-gfm, the math scanner and the walks
/// over the tree neither overflow the stack nor go quadratic.
final class DeepMarkdownTests: XCTestCase {
    func testDeeplyNestedBlocksAndInlinesRender() {
        let count = 100_000
        let cases = [
            ("block quotes", String(repeating: ">", count: count) + " $x$ 末\n"),
            ("block quotes and lists", String(repeating: "> - ", count: count / 4) + "$x$ 末\n"),
            ("brackets", String(repeating: "[", count: count) + "$x$ 末" + String(repeating: "]", count: count)),
            ("stars", String(repeating: "*", count: count) + "$x$ 末" + String(repeating: "*", count: count)),
            ("emphasis", String(repeating: "*a ", count: count / 3) + "$x$ 末" + String(repeating: " a*", count: count / 3)),
            ("open links", String(repeating: "[a](", count: count / 4) + "\n\n$x$ 末\n"),
        ]
        for (name, markdown) in cases {
            let html = Site.renderMarkdown(markdown)
            XCTAssertTrue(html.contains("末"), name)
            XCTAssertTrue(html.contains("<mi>x</mi>"), "\(name): the formula is kept")
        }
    }
}
