import BlogKit
import Foundation
import XCTest

/// The example blog in `Content/`, as `make build` builds it: every formula
/// typeset at build time, the site's macros included.
final class ExampleBlogTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testTheExampleBlogBuildsStrictlyWithEveryFormulaAsMathML() throws {
        let site = try Site.load(from: root)
        let built = try site.build(BuildOptions(includeFuture: true, strict: true))
        XCTAssertEqual(built.warnings.map(\.description), [])
        var pages = 0
        for file in built.files where file.path.hasSuffix(".html") {
            guard let html = file.text else { continue }
            pages += 1
            XCTAssertFalse(html.contains("MathJax-script"), "\(file.path) loads MathJax")
        }
        XCTAssertGreaterThan(pages, 50)
    }

    /// The macros the model blog defines site-wide are in blog.yml.
    func testTheModelBlogsSiteMacrosAreDefined() throws {
        let settings = try Site.settings(at: root).math
        for name in ["tr", "sign", "msign", "mcsgn", "sg", "diag", "rank", "mclip", "clip", "relu"] {
            XCTAssertNotNil(settings.macros[name], "\\\(name)")
        }
        let html = Site.renderMarkdown("$\\tr(\\diag(x)) + \\relu(\\msign(M))$", math: settings)
        XCTAssertTrue(html.contains("<mi>tr</mi>") && html.contains("<mi>msign</mi>"), html)
        XCTAssertFalse(html.contains("math inline"), "no formula falls back")
    }
}
