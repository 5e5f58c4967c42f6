import BlogKit
import Foundation
import XCTest

/// `blog serve`'s rebuilds: each change redoes what it affects, and the
/// output paths it reports changed are exactly the files whose bytes differ.
final class SiteSessionTests: XCTestCase {
    private var site: TestSite!
    private var session: SiteSession!

    private static var files: [String: String] {
        var files = TestSite.defaultTheme
        files["Templates/assets/style.css"] = "body { color: black; }\n"
        files["Content/images/a.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"
        files["Content/posts/2020/1.md"] = TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, tags: ["数学"], body: "正文一。\n")
        files["Content/posts/2020/2.md"] = TestSite.post(title: "第二篇", date: "2020-02-01", id: 2, body: "正文二。\n")
        files["Content/posts/2099/3.md"] = TestSite.post(title: "将来", date: "2099-01-01", id: 3, body: "尚未发布。\n")
        return files
    }

    override func setUpWithError() throws {
        site = try TestSite(Self.files)
        session = SiteSession(root: site.root, in: site.fileSystem, options: BuildOptions(includeDrafts: true, includeFuture: true))
        try session.rebuild()
    }

    override func tearDown() {
        site.cleanUp()
    }

    /// Rebuilds after `paths` changed and checks the reported paths against
    /// the output files whose bytes really changed.
    @discardableResult
    private func rebuild(_ paths: Set<String>) throws -> Set<String> {
        let before = session.files
        let reported = try session.rebuild(changed: paths)
        var differing = Set(before.keys).symmetricDifference(session.files.keys)
        for (path, file) in session.files where try before[path].map({ try $0.data() }) != file.data() {
            differing.insert(path)
        }
        XCTAssertTrue(differing.isSubset(of: reported), "changed but not reported: \(differing.subtracting(reported).sorted())")
        return reported
    }

    func testEditingATemplateRerendersOnlyThePagesUsingIt() throws {
        try site.write(TestSite.defaultTheme["Templates/partials/meta-row.mustache"]! + "<!-- meta-row edited -->\n", to: "Templates/partials/meta-row.mustache")
        let changed = try rebuild(["Templates/partials/meta-row.mustache"])
        XCTAssertEqual(changed, ["tag/数学/index.html"])
        XCTAssertTrue(try XCTUnwrap(session.files["tag/数学/index.html"]?.text).contains("meta-row edited"))

        try site.write(TestSite.defaultTheme["Templates/layout.mustache"]!.replacingOccurrences(of: "</main>", with: "</main><!-- layout edited -->"), to: "Templates/layout.mustache")
        let all = try rebuild(["Templates/layout.mustache"])
        XCTAssertEqual(all, Set(session.files.keys.filter { $0.hasSuffix(".html") }))
    }

    func testTheSearchIndexIsKeptUntilAPostsTextChanges() throws {
        func indexed(_ term: String) throws -> Bool {
            try session.files.filter { $0.key.hasPrefix("search-index/terms/") }.values.contains { try XCTUnwrap($0.text).contains("\"\(term)\":") }
        }
        try site.write("body { color: navy; }\n", to: "Templates/assets/style.css")
        XCTAssertFalse(try rebuild(["Templates/assets/style.css"]).contains { $0.hasPrefix("search-index/") })
        XCTAssertFalse(try indexed("纠缠"))

        try site.write(TestSite.post(title: "第二篇", date: "2020-02-01", id: 2, body: "正文二：量子纠缠。\n"), to: "Content/posts/2020/2.md")
        XCTAssertTrue(try rebuild(["Content/posts/2020/2.md"]).contains { $0.hasPrefix("search-index/terms/") })
        XCTAssertTrue(try indexed("纠缠"), "the edited text is found")
    }

    func testEditingAStaticFileChangesOnlyThatFile() throws {
        try site.write("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>\n", to: "Content/images/a.svg")
        XCTAssertEqual(try rebuild(["Content/images/a.svg"]), ["images/a.svg"])
        try site.write("body { color: navy; }\n", to: "Templates/assets/style.css")
        XCTAssertEqual(try rebuild(["Templates/assets/style.css"]), ["assets/style.css"])
    }

    func testAddingAFileAPostLinksToRendersThePostAgain() throws {
        try site.write(TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, tags: ["数学"], body: "![图](../../images/b.svg)\n"), to: "Content/posts/2020/1.md")
        try rebuild(["Content/posts/2020/1.md"])
        XCTAssertTrue(try XCTUnwrap(session.files["archives/1/index.html"]?.text).contains("src=\"../../images/b.svg\""))
        try site.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", to: "Content/images/b.svg")
        let changed = try rebuild(["Content/images/b.svg"])
        XCTAssertTrue(changed.isSuperset(of: ["images/b.svg", "archives/1/index.html"]))
        XCTAssertTrue(try XCTUnwrap(session.files["archives/1/index.html"]?.text).contains("src=\"/images/b.svg\""))
    }

    func testAddingAPostAnotherLinksToRendersTheLinkingPostAgain() throws {
        try site.write(TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, tags: ["数学"], body: "见[下一篇](4.md)。\n"), to: "Content/posts/2020/1.md")
        try rebuild(["Content/posts/2020/1.md"])
        XCTAssertTrue(try XCTUnwrap(session.files["archives/1/index.html"]?.text).contains("href=\"4.md\""))
        try site.write(TestSite.post(title: "第四篇", date: "2020-03-01", id: 4, body: "正文四。\n"), to: "Content/posts/2020/4.md")
        let changed = try rebuild(["Content/posts/2020/4.md"])
        XCTAssertTrue(changed.contains("archives/1/index.html"))
        XCTAssertTrue(try XCTUnwrap(session.files["archives/1/index.html"]?.text).contains("<p>见<a href=\"/archives/4/\">下一篇</a>。</p>"))
        XCTAssertTrue(try XCTUnwrap(session.files["archives/2/index.html"]?.text).contains("<p>正文二。</p>"), "posts rendered again keep their text")
    }

    func testAPostThatFallsDueLosesItsMarkEverywhere() throws {
        let clock = Clock(ISO8601DateFormatter().date(from: "2098-01-01T00:00:00Z")!)
        var session = SiteSession(root: site.root, in: site.fileSystem, options: BuildOptions(includeDrafts: true, includeFuture: true), clock: clock.now)
        try session.rebuild()
        let mark = "<span class=\"draft-mark\">未发布</span>"
        XCTAssertTrue(try XCTUnwrap(session.files["archives/3/index.html"]?.text).contains(mark))
        clock.set(ISO8601DateFormatter().date(from: "2099-06-01T00:00:00Z")!)
        try site.write(TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, tags: ["数学"], body: "改过。\n"), to: "Content/posts/2020/1.md")
        try session.rebuild(changed: ["Content/posts/2020/1.md"])
        XCTAssertFalse(try XCTUnwrap(session.files["archives/3/index.html"]?.text).contains(mark), "not only the pages of the edited post")
    }

    func testAnUnreadableFileDoesNotLoseTheRestOfItsBatch() throws {
        try site.write(Data([0xFF, 0xFE, 0x00]), to: "Content/posts/2020/9.md")
        try site.write(TestSite.post(title: "第二篇", date: "2020-02-01", id: 2, body: "同一批改的。\n"), to: "Content/posts/2020/2.md")
        XCTAssertThrowsError(try session.rebuild(changed: ["Content/posts/2020/9.md", "Content/posts/2020/2.md"]))
        try site.remove("Content/posts/2020/9.md")
        try session.rebuild(changed: ["Content/posts/2020/9.md"])
        XCTAssertTrue(try XCTUnwrap(session.files["archives/2/index.html"]?.text).contains("同一批改的"))
    }

    func testAThemeFolderWithoutFilesMeansTheDefaultThemeAsInABuild() throws {
        let bare = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "正文。\n"), "Templates/.gitkeep": ""])
        defer { bare.cleanUp() }
        var session = SiteSession(root: bare.root, in: bare.fileSystem, options: BuildOptions())
        try session.rebuild()
        XCTAssertNotNil(session.files["index.html"], "the default theme")
        try bare.write("{{<layout}}{{/layout}}\n", to: "Templates/post.mustache")
        XCTAssertThrowsError(try session.rebuild(changed: ["Templates/post.mustache"])) { error in
            XCTAssertTrue("\(error)".contains("template 'layout' is missing"), "\(error)")
        }
    }

    func testFuturePostsAreMarkedInPreview() throws {
        let future = try XCTUnwrap(session.files["archives/3/index.html"]?.text)
        XCTAssertTrue(future.contains("将来 <span class=\"draft-mark\">未发布</span>"), future)
        let home = try XCTUnwrap(session.files["index.html"]?.text)
        XCTAssertTrue(home.contains("将来</a> <span class=\"draft-mark\">未发布</span>"))
        XCTAssertFalse(home.contains("第一篇</a> <span class=\"draft-mark\">"))
    }
}

/// A clock a test sets.
private final class Clock: @unchecked Sendable {
    private var date: Date
    private let lock = NSLock()
    init(_ date: Date) { self.date = date }
    func set(_ date: Date) { lock.withLock { self.date = date } }
    var now: @Sendable () -> Date { { [self] in lock.withLock { date } } }
}

extension SiteSessionTests {
    /// A post saved as a link to a file outside the site (swapped in after
    /// the folder was walked) is not read.
    func testAPostSwappedForALinkIsNotFollowed() throws {
        let site = try TestSite(Self.files, in: .disk)
        defer { site.cleanUp() }
        var session = SiteSession(root: site.root, options: BuildOptions(includeDrafts: true, includeFuture: true))
        try session.rebuild()
        try site.write("---\ntitle: 机密\ndate: 2020-03-01\nid: 9\n---\n机密内容\n", to: "secret.txt")
        try site.remove("Content/posts/2020/2.md")
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("Content/posts/2020/2.md").path,
            withDestinationPath: site.root.appendingPathComponent("secret.txt").path)
        XCTAssertThrowsError(try session.rebuild(changed: ["Content/posts/2020/2.md"])) { error in
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertFalse(session.files.values.contains { $0.text?.contains("机密内容") ?? false })
    }
}
