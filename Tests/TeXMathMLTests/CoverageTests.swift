import Foundation
import TeXMathML
import XCTest

/// The README's list of commands is the registry's own (`TeXCoverage`).
final class CoverageTests: XCTestCase {
    func testReadmeListsTheRegistry() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let begin = try XCTUnwrap(text.range(of: "<!-- commands: begin"), "README has no list of commands")
        let start = try XCTUnwrap(text.range(of: "-->\n", range: begin.upperBound..<text.endIndex))
        let end = try XCTUnwrap(text.range(of: "<!-- commands: end -->", range: start.upperBound..<text.endIndex))
        XCTAssertEqual(String(text[start.upperBound..<end.lowerBound]), TeXCoverage.markdown, "paste `blog-bench coverage` into README.md")
    }

    func testFamiliesOfAFormula() {
        XCTAssertEqual(TeXCoverage.families(in: "\\frac{\\alpha}{2} \\begin{cases} x \\end{cases} \\mathbb{R}"), ["fractions", "symbols", "environments", "fonts"])
        // The escapes are the delimiters family's, not symbols.
        XCTAssertEqual(TeXCoverage.families(in: "\\{ x \\}"), ["delimiters"])
    }
}
