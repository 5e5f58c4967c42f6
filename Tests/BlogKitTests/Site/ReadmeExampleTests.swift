import BlogKit
import Foundation
import XCTest

// The README's embedding example, verbatim; the test below fails if the two drift.
func buildBlog(at root: URL) throws -> String {
    // Load blog.yml, the posts, the theme and the static files.
    let site = try Site.load(from: root)
    // Build in memory: every output file, by path…
    let built = try site.build(BuildOptions(includeDrafts: true))
    let home = built.file(at: "index.html")?.text ?? ""
    // …or into a folder: only what changed is written, and only if the build succeeds.
    try site.build(to: root.appendingPathComponent("public"))
    // Render one Markdown document the way post bodies are rendered.
    let html = Site.renderMarkdown("## 小结\n\n正文")
    return home + html
}

final class ReadmeExampleTests: XCTestCase {
    func testReadmeExampleIsThisFileAndWorks() throws {
        let testFile = URL(fileURLWithPath: #filePath)
        let readme = testFile.deletingLastPathComponent().appendingPathComponent("../../../README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let example = try XCTUnwrap(text.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "```").first)
        let source = try String(contentsOf: testFile, encoding: .utf8)
        let function = try XCTUnwrap(example.components(separatedBy: "import Foundation\n\n").last)
        XCTAssertTrue(source.contains(function), "the README's example and this file differ")

        let site = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "嵌入", date: "2020-01-01", id: 1, body: "正文。\n")], in: .disk)
        defer { site.cleanUp() }
        let result = try buildBlog(at: site.root)
        XCTAssertTrue(result.contains("嵌入"))
        XCTAssertTrue(result.contains("<h2 id=\"小结\">小结"))
        XCTAssertNotNil(site.page("archives/1/index.html"))
    }
}
