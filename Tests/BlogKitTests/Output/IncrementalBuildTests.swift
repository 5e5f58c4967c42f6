import BlogKit
import Foundation
import XCTest

/// `blog build` after a change renders only the posts and templates only
/// the pages it touched, keeping the rest from `.blog-cache/memos/`, and
/// leaves the output byte for byte as a full build from nothing would.
final class IncrementalBuildTests: XCTestCase {
    /// The site's sources, kept beside it so a full build of the same can be made.
    private var files: [String: String] = [:]
    private var site: TestSite!
    private var options = BuildOptions(now: TestSite.now)

    override func setUpWithError() throws {
        files = TestSite.defaultTheme
        files["blog.yml"] = TestSite.config
        files["Content/posts/2020/1.md"] = TestSite.post(
            title: "能量模型", date: "2020-01-01", id: 1, categories: ["信息时代"], tags: ["概率"],
            body: "开头$E(x)$。\n\n<!--more-->\n\n\\begin{equation}p(x)=e^{-E(x)}\\label{eq:p}\\end{equation}\n由$\\eqref{eq:p}$和[第二篇](2.md)。\n")
        files["Content/posts/2020/2.md"] = TestSite.post(
            title: "图与公式", date: "2020-02-01", id: 2, categories: ["数学研究"], body: "![示意](a.svg \"图1：示意\")\n\n$$\\int_0^1 x\\,dx$$\n")
        files["Content/posts/2020/a.svg"] = Self.svg(300, 200)
        files["Content/posts/2021/3.md"] = TestSite.post(title: "第三篇", date: "2021-03-01", id: 3, tags: ["概率"], body: "第三篇的正文。\n")
        files["Content/posts/2021/4.md"] = TestSite.post(title: "第四篇", date: "2021-04-01", id: 4, body: "第四篇的正文$y$。\n")
        files["Content/posts/2024/5.md"] = TestSite.post(title: "将来", date: "2024-07-01", id: 5, body: "将来的正文。\n")
        site = try TestSite(files, config: nil, in: .disk)
    }

    override func tearDown() {
        site.cleanUp()
    }

    private func write(_ text: String, to path: String) throws {
        files[path] = text
        try site.write(text, to: path)
    }

    /// Fails unless the site's output is what a full build of its sources
    /// into an empty folder, with no memos, makes.
    private func assertSameAsAFullBuild(file: StaticString = #filePath, line: UInt = #line) throws {
        let fresh = try TestSite(files, config: nil, in: .disk)
        defer { fresh.cleanUp() }
        let full = try fresh.build(options)
        XCTAssertEqual(full.renderedCount, full.postCount, "the reference renders every post", file: file, line: line)
        let expected = try fresh.outputFiles()
        let actual = try site.outputFiles()
        XCTAssertEqual(actual.keys.sorted(), expected.keys.sorted(), file: file, line: line)
        for (path, data) in expected where actual[path] != data {
            XCTFail("\(path) differs from a full build's", file: file, line: line)
        }
    }

    func testEditingAPostRendersItAloneAndTemplatesOnlyThePagesShowingIt() throws {
        let first = try site.build(options)
        XCTAssertEqual(first.renderedCount, 4)
        XCTAssertEqual(first.templatedCount, first.pageCount)

        try write(TestSite.post(title: "第四篇", date: "2021-04-01", id: 4, body: "改过的正文$z$。\n"), to: "Content/posts/2021/4.md")
        let edited = try site.build(options)
        XCTAssertEqual(edited.renderedCount, 1)
        // Its page, the listings and feed showing its excerpt, the search page's index: not the other posts'.
        XCTAssertGreaterThan(edited.templatedCount, 1)
        XCTAssertLessThan(edited.templatedCount, edited.pageCount - 3)
        XCTAssertTrue(try XCTUnwrap(site.page("archives/4/index.html")).contains("改过的正文"))
        try assertSameAsAFullBuild()

        // Only the title: the post's own text is the same but for its front matter.
        try write(TestSite.post(title: "第四篇（修订）", date: "2021-04-01", id: 4, body: "改过的正文$z$。\n"), to: "Content/posts/2021/4.md")
        XCTAssertEqual(try site.build(options).renderedCount, 1)
        try assertSameAsAFullBuild()
    }

    func testEditingATemplateTemplatesAgainAndRendersNothing() throws {
        try site.build(options)
        let post = try XCTUnwrap(files["Templates/post.mustache"])
        try write(post.replacingOccurrences(of: "{{/content}}", with: "<!-- 模板改过 -->\n{{/content}}"), to: "Templates/post.mustache")
        XCTAssertNotEqual(files["Templates/post.mustache"], post, "the template has a content section")
        let built = try site.build(options)
        XCTAssertEqual(built.renderedCount, 0)
        XCTAssertGreaterThanOrEqual(built.templatedCount, 4)
        XCTAssertLessThan(built.templatedCount, built.pageCount)
        XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains("模板改过"))
        try assertSameAsAFullBuild()

        // A partial every page reaches.
        let partial = try XCTUnwrap(files.keys.sorted().first { $0.hasPrefix("Templates/partials/") })
        try write(try XCTUnwrap(files[partial]) + "\n", to: partial)
        try site.build(options)
        try assertSameAsAFullBuild()
    }

    func testChangedSettingsBuildEverything() throws {
        try site.build(options)
        try write(TestSite.config.replacingOccurrences(of: "测试博客", with: "改名的博客"), to: "blog.yml")
        let built = try site.build(options)
        XCTAssertEqual(built.renderedCount, built.postCount)
        XCTAssertEqual(built.templatedCount, built.pageCount)
        try assertSameAsAFullBuild()

        let drafts = BuildOptions(includeDrafts: true, now: TestSite.now)
        XCTAssertEqual(try site.build(drafts).renderedCount, built.postCount, "other options, other memos")
    }

    func testAnImageChangedRendersThePostShowingItAgain() throws {
        try site.build(options)
        try write(Self.svg(640, 480), to: "Content/posts/2020/a.svg")
        let built = try site.build(options)
        XCTAssertEqual(built.renderedCount, 1)
        XCTAssertTrue(try XCTUnwrap(site.page("archives/2/index.html")).contains("width=\"640\" height=\"480\""))
        try assertSameAsAFullBuild()
    }

    func testAPostAddedMovedOrRemovedMatchesAFullBuild() throws {
        try site.build(options)
        // Its link table changed: every post may link to the new one.
        try write(TestSite.post(title: "新来的", date: "2021-05-01", id: 6, body: "新的一篇，见[第一篇](../2020/1.md)。\n"), to: "Content/posts/2021/6.md")
        XCTAssertEqual(try site.build(options).postCount, 5)
        try assertSameAsAFullBuild()

        try write(TestSite.post(title: "第三篇", date: "2021-03-01", id: 33, tags: ["概率"], body: "第三篇的正文。\n"), to: "Content/posts/2021/3.md")
        try site.build(options)
        try assertSameAsAFullBuild()

        files["Content/posts/2020/2.md"] = nil
        try site.remove("Content/posts/2020/2.md")
        let removed = try site.build(options)
        XCTAssertGreaterThan(removed.removedCount, 0)
        try assertSameAsAFullBuild()
    }

    func testAFuturePostFallingDueMatchesAFullBuild() throws {
        try site.build(options)
        options = BuildOptions(now: ISO8601DateFormatter().date(from: "2024-08-01T00:00:00Z")!)
        XCTAssertEqual(try site.build(options).postCount, 5)
        XCTAssertNotNil(site.page("archives/5/index.html"))
        try assertSameAsAFullBuild()
    }

    func testAPageChangedByHandIsTemplatedAgain() throws {
        try site.build(options)
        let page = site.output.appendingPathComponent("archives/3/index.html")
        try Data("changed by hand".utf8).write(to: page)
        let built = try site.build(options)
        XCTAssertEqual(built.renderedCount, 0)
        XCTAssertEqual(built.templatedCount, 1)
        try assertSameAsAFullBuild()
    }

    func testMemosThatDoNotReadMeanAFullBuild() throws {
        try site.build(options)
        let memos = site.root.appendingPathComponent(".blog-cache/memos")
        let renders = memos.appendingPathComponent("renders")
        let packs = try FileManager.default.contentsOfDirectory(atPath: renders.path).sorted()
        XCTAssertFalse(packs.isEmpty)
        try write(TestSite.post(title: "第四篇", date: "2021-04-01", id: 4, body: "又改了。\n"), to: "Content/posts/2021/4.md")
        XCTAssertEqual(try site.build(options).renderedCount, 1)

        // The files of renders cut short: their posts are rendered again.
        try write(TestSite.post(title: "第四篇", date: "2021-04-01", id: 4, body: "再改了。\n"), to: "Content/posts/2021/4.md")
        for pack in packs {
            let file = renders.appendingPathComponent(pack)
            try Data(try Data(contentsOf: file).prefix(40)).write(to: file)
        }
        XCTAssertEqual(try site.build(options).renderedCount, 4)
        try assertSameAsAFullBuild()

        // The index damaged, or gone: everything is.
        for garbage in [Data(), Data("not memos".utf8), Data(repeating: 0xFF, count: 100)] {
            try write(TestSite.post(title: "第四篇", date: "2021-04-01", id: 4, body: "改了\(garbage.count)。\n"), to: "Content/posts/2021/4.md")
            try garbage.write(to: memos.appendingPathComponent("index.bin"))
            XCTAssertEqual(try site.build(options).renderedCount, 4)
            try assertSameAsAFullBuild()
        }
        try FileManager.default.removeItem(at: memos)
        try write(TestSite.post(title: "第四篇", date: "2021-04-01", id: 4, body: "最后一改。\n"), to: "Content/posts/2021/4.md")
        XCTAssertEqual(try site.build(options).renderedCount, 4)
        try assertSameAsAFullBuild()
    }

    func testAnEditedCommentsFileShowsItsComments() throws {
        let first = "- id: 7\n  author: 读者甲\n  date: 2020-01-02 10:00:00\n  text: 好文\n"
        try write(first, to: "Content/comments/1.yml")
        try site.build(options)
        try write(first + "- id: 8\n  author: 读者乙\n  date: 2020-01-03 10:00:00\n  text: 同意\n", to: "Content/comments/1.yml")
        let built = try site.build(options)
        XCTAssertFalse(built.isUpToDate, "a comment was added")
        XCTAssertEqual(built.renderedCount, 0)
        XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains("读者乙"))
        try assertSameAsAFullBuild()
    }

    /// Partials named as mustache reads tags: after a set-delimiter tag,
    /// and in a tag that spans lines.
    func testAnEditedPartialReachesThePagesHoweverItIsNamed() throws {
        let post = try XCTUnwrap(files["Templates/post.mustache"])
        for include in ["{{=<% %>=}}<%> partials/copyright%><%={{ }}=%>", "{{>\n  partials/copyright}}"] {
            try write("<p>版权所有 一</p>\n", to: "Templates/partials/copyright.mustache")
            try write(post.replacingOccurrences(of: "{{/content}}", with: include + "\n{{/content}}"), to: "Templates/post.mustache")
            try site.build(options)
            XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains("版权所有 一"), include)
            try write("<p>版权所有 二</p>\n", to: "Templates/partials/copyright.mustache")
            try site.build(options)
            XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains("版权所有 二"), include)
            try assertSameAsAFullBuild()
        }
    }

    /// Memos are kept only in folders of the site's own: a link there is
    /// never followed to remove what it points to.
    func testALinkAmongTheMemosFoldersLosesNoFile() throws {
        let mine = site.root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: mine.appendingPathComponent("notes.txt"))
        let memos = site.root.appendingPathComponent(".blog-cache/memos")
        try FileManager.default.createDirectory(at: memos, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: memos.appendingPathComponent("renders"), withDestinationURL: mine)
        try site.build(options)
        try write(TestSite.post(title: "第四篇", date: "2021-04-01", id: 4, body: "改过。\n"), to: "Content/posts/2021/4.md")
        XCTAssertEqual(try site.build(options).renderedCount, 4, "no memos kept")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mine.path), ["notes.txt"])
        try assertSameAsAFullBuild()
    }

    private static func svg(_ width: Int, _ height: Int) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\"/>"
    }
}
