import BlogKit
import XCTest

/// A formula nested past the converter's limit falls back to MathJax with a
/// located warning, in a build that renders posts on worker threads.
final class DeepFormulaTests: XCTestCase {
    func testFormulasNestedTooDeeplyFallBackWithALocatedWarning() throws {
        let deep = [
            String(repeating: "\\frac{", count: 900) + "x" + String(repeating: "}{y}", count: 900),
            String(repeating: "{", count: 2_550) + "x" + String(repeating: "}", count: 2_550),
            String(repeating: "\\left(", count: 1_000) + "x",
            String(repeating: "\\not", count: 1_290) + "=",
        ]
        var files: [String: String] = [:]
        for (index, tex) in deep.enumerated() {
            files["Content/posts/2020/\(index + 1).md"] = TestSite.post(title: "深", date: "2020-01-0\(index + 1)", id: index + 1, body: "前文\n\n$$\(tex)$$\n")
        }
        files["Content/posts/2020/9.md"] = TestSite.post(title: "正文", date: "2020-01-09", id: 9, body: String(repeating: "{", count: 3_000) + "$x$\n")
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let built = try site.build()
        for index in deep.indices {
            let path = "Content/posts/2020/\(index + 1).md"
            let warning = try XCTUnwrap(built.warnings.first { $0.path == path }, path)
            XCTAssertTrue(warning.message.contains("nests more than"), warning.description)
            XCTAssertEqual(warning.line, 8, warning.description)
            let page = try XCTUnwrap(site.page("archives/\(index + 1)/index.html"))
            XCTAssertTrue(page.contains("<span class=\"math display\">"), "falls back to MathJax")
        }
        XCTAssertTrue(try XCTUnwrap(site.page("archives/9/index.html")).contains("<mi>x</mi>"))
    }
}
