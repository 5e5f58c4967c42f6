import BlogKit
import Foundation
import XCTest

/// Every case of `math-spans.json`: the spans found, and the HTML in MathJax
/// mode (the fixtures' checks are written for it); MathML mode must give
/// XML-clean output for every case too.
final class MathSpanFixtureTests: XCTestCase {
    private struct Case: Decodable {
        struct Span: Decodable {
            var display: Bool
            var tex: String
        }
        var name: String
        var markdown: String
        var spans: [Span]
        var html_contains: [String]?
        var html_lacks: [String]?
    }

    private func cases() throws -> [Case] {
        try JSONDecoder().decode([Case].self, from: Fixtures.data("math-spans.json"))
    }

    /// Trimmed, every run of white space folded into one space.
    private func normalized(_ tex: String) -> String {
        tex.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func testSpansOfEveryCase() throws {
        let all = try cases()
        XCTAssertGreaterThan(all.count, 40)
        for fixture in all {
            let found = MathScanner().protect(fixture.markdown).spans
            XCTAssertEqual(
                found.map { "\($0.isDisplay) \(normalized($0.tex))" },
                fixture.spans.map { "\($0.display) \(normalized($0.tex))" }, fixture.name)
        }
    }

    func testHTMLOfEveryCase() throws {
        for fixture in try cases() {
            let html = Site.renderMarkdown(fixture.markdown, math: MathSettings(mode: .mathjax))
            for part in fixture.html_contains ?? [] {
                XCTAssertTrue(html.contains(part), "\(fixture.name): lacks \(part) in \(html)")
            }
            for part in fixture.html_lacks ?? [] {
                XCTAssertFalse(html.contains(part), "\(fixture.name): contains \(part) in \(html)")
            }
            XCTAssertFalse(html.contains("\u{E000}"), "\(fixture.name): a token was left in \(html)")
        }
    }

    func testMathMLModeHasNoEmphasisInsideFormulas() throws {
        for fixture in try cases() {
            let html = Site.renderMarkdown(fixture.markdown)
            XCTAssertFalse(html.contains("\u{E000}"), fixture.name)
            for math in html.components(separatedBy: "<math").dropFirst() {
                let formula = math.components(separatedBy: "</math>")[0]
                XCTAssertFalse(formula.contains("<em>") || formula.contains("<strong>"), "\(fixture.name): \(formula)")
            }
        }
    }
}
