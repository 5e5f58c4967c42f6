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

/// A tool that embeds the library builds a site from sources in memory,
/// with the theme built into `blog`, as `blog build` does.
final class SourcesInMemoryTests: XCTestCase {
    func testSourcesGetTheDefaultThemeThroughPublicAPI() throws {
        var sources = SiteSources(
            config: SourceFile(path: "blog.yml", text: "title: 内存里的博客\n"),
            posts: [SourceFile(path: "Content/posts/1.md", text: TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "公式 $x^2$。\n"))],
            staticFiles: [StaticFile(sourcePath: "Content/assets/style.css", outputFile: OutputFile(path: "assets/style.css", contents: .embedded(Data("mine".utf8))))])
        XCTAssertThrowsError(try Site(sources: sources).build(), "no theme, no pages")
        sources.addDefaultTheme()
        let built = try Site(sources: sources).build(BuildOptions(now: TestSite.now))
        XCTAssertTrue(try XCTUnwrap(built.file(at: "archives/1/index.html")?.text).contains("<math display=\"inline\">"))
        XCTAssertTrue(try XCTUnwrap(built.file(at: "index.html")?.text).contains("内存里的博客"))
        XCTAssertEqual(built.file(at: "assets/style.css")?.text, "mine", "the site's own file wins over the theme's asset")
        XCTAssertNotNil(built.file(at: "assets/fonts/latinmodern-math.woff2"), "the theme's other assets come along")
    }
}
