import BlogKit
import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// A build never deletes or overwrites a file it did not write, never
/// follows a link inside the output, and changes nothing when it fails.
final class OutputSafetyTests: XCTestCase {
    private var site: TestSite!

    override func setUpWithError() throws {
        site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, tags: ["数学"], body: "正文一。\n"),
            "Content/posts/2020/2.md": TestSite.post(title: "第二篇", date: "2020-01-02", id: 2, body: "正文二。\n"),
            "Content/images/a.svg": "<svg/>\n",
        ], in: .disk)
    }

    override func tearDown() {
        site.cleanUp()
    }

    private let fileManager = FileManager.default

    /// Every entry under `folder` (links not followed) with its kind and
    /// inode, and a file's bytes: what a build must leave as it was.
    private func snapshot(_ folder: URL) -> [String: String] {
        var entries: [String: String] = [:]
        let base = folder.path
        guard let walker = fileManager.enumerator(atPath: base) else { return [:] }
        for case let path as String in walker {
            var info = stat()
            lstat(base + "/" + path, &info)
            let bytes = (info.st_mode & S_IFMT) == S_IFREG ? (try? String(contentsOfFile: base + "/" + path, encoding: .utf8)) ?? "?" : ""
            entries[path] = "\(info.st_mode) \(info.st_ino) \(bytes.count) \(bytes.prefix(100))"
        }
        return entries
    }

    func testAFolderHoldingOtherFilesAndNoRecordOfABuildIsRefused() throws {
        try site.write("my thesis\n", to: "public/Documents/thesis.tex")
        try site.write("notes\n", to: "public/notes.txt")
        let before = snapshot(site.output)
        let errors = site.buildErrors()
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.contains("files blog did not write"), errors[0].description)
        XCTAssertTrue(errors[0].message.contains("notes.txt"), errors[0].description)
        XCTAssertEqual(snapshot(site.output), before, "nothing written, nothing removed")

        // Hidden files (a deploy's .git) do not make a folder someone else's.
        try site.remove("public/Documents")
        try site.remove("public/notes.txt")
        try site.write("ref\n", to: "public/.git/HEAD")
        XCTAssertNoThrow(try site.build())
        XCTAssertNotNil(site.page("archives/1/index.html"))
    }

    func testFilesBlogDidNotWriteAreKeptAndNeverReplaced() throws {
        try site.build()
        try site.write("example.org\n", to: "public/CNAME")
        try site.write("mine\n", to: "public/archives/notes.txt")
        // A post removed: its page goes, the writer's files beside it stay.
        try site.remove("Content/posts/2020/2.md")
        let removed = try site.build()
        XCTAssertGreaterThanOrEqual(removed.removedCount, 1)
        XCTAssertNil(site.page("archives/2/index.html"))
        XCTAssertEqual(site.page("CNAME"), "example.org\n")
        XCTAssertEqual(site.page("archives/notes.txt"), "mine\n")

        // A file of the writer's where a new page goes: refused, named, nothing changed.
        try site.write("hand made\n", to: "public/archives/3/index.html")
        try site.write(TestSite.post(title: "第三篇", date: "2020-01-03", id: 3, body: "正文三。\n"), to: "Content/posts/2020/3.md")
        let before = snapshot(site.output)
        let errors = site.buildErrors()
        XCTAssertEqual(errors.map(\.path), [site.output.path + "/archives/3/index.html"])
        XCTAssertEqual(snapshot(site.output), before)
        // …and where a new page's folder goes.
        try site.remove("public/archives/3")
        try site.write("a file\n", to: "public/archives/3")
        XCTAssertEqual(site.buildErrors().map(\.path), [site.output.path + "/archives/3"])
        XCTAssertEqual(site.page("archives/3"), "a file\n")
    }

    func testALinkInTheOutputIsReplacedNeverWrittenThrough() throws {
        try site.build()
        let elsewhere = site.root.appendingPathComponent("elsewhere")
        try site.write("precious\n", to: "elsewhere/index.html")
        try site.write("precious too\n", to: "elsewhere/1/index.html")
        let target = snapshot(elsewhere)
        // A folder of pages, a page and an image turned into links.
        try site.remove("public/archives")
        try fileManager.createSymbolicLink(atPath: site.output.appendingPathComponent("archives").path, withDestinationPath: elsewhere.path)
        try site.remove("public/index.html")
        try fileManager.createSymbolicLink(
            atPath: site.output.appendingPathComponent("index.html").path, withDestinationPath: elsewhere.appendingPathComponent("index.html").path)
        try site.remove("public/images/a.svg")
        try fileManager.createSymbolicLink(atPath: site.output.appendingPathComponent("images/a.svg").path, withDestinationPath: "/etc/passwd")

        try site.build()
        XCTAssertEqual(snapshot(elsewhere), target, "nothing written through the links")
        for path in ["archives", "index.html", "images/a.svg"] {
            let attributes = try fileManager.attributesOfItem(atPath: site.output.appendingPathComponent(path).path)
            XCTAssertNotEqual(attributes[.type] as? FileAttributeType, .typeSymbolicLink, path)
        }
        XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains("正文一"))
        XCTAssertEqual(site.page("images/a.svg"), "<svg/>\n")
    }

    func testAFailureWhileWritingLeavesTheOutputAsItWas() throws {
        try site.build()
        try site.write(TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, tags: ["数学"], body: "改过的正文。\n"), to: "Content/posts/2020/1.md")
        try site.write("<svg>2</svg>\n", to: "Content/images/b.svg")
        let loaded = try Site.load(from: site.root)
        // The image vanishes after loading: reading it fails halfway through writing the site.
        try site.remove("Content/images/b.svg")
        let before = snapshot(site.output)
        XCTAssertThrowsError(try loaded.build(to: site.output, options: BuildOptions(now: TestSite.now)))
        XCTAssertEqual(snapshot(site.output), before, "not one page of the new build, no temporary file left")
        XCTAssertTrue(try site.build().writtenCount > 0)
        XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains("改过的正文"))
    }

    func testAStaticFileSwappedForALinkAfterLoadingIsNotCopied() throws {
        try site.write("secret\n", to: "outside/secret.txt")
        let loaded = try Site.load(from: site.root)
        try site.remove("Content/images/a.svg")
        try fileManager.createSymbolicLink(
            atPath: site.root.appendingPathComponent("Content/images/a.svg").path,
            withDestinationPath: site.root.appendingPathComponent("outside/secret.txt").path)
        XCTAssertThrowsError(try loaded.build(to: site.output, options: BuildOptions(now: TestSite.now))) { error in
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertNil(site.page("images/a.svg"))
    }

    func testWhatAnInterruptedBuildStagedIsClearedByTheNext() throws {
        try site.build()
        try site.write("half a page", to: "public/.blog-staging/17")
        try site.write(TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "改过。\n"), to: "Content/posts/2020/1.md")
        try site.build()
        XCTAssertFalse(fileManager.fileExists(atPath: site.output.appendingPathComponent(".blog-staging").path))
    }

    /// The state a build killed halfway through its burst of renames
    /// leaves: its plan, one file still staged. The next build, even one
    /// that fails, first finishes it.
    func testACommitCutShortIsFinishedByTheNextBuild() throws {
        try site.build()
        let manifest = try String(contentsOf: site.output.appendingPathComponent(".blog-manifest"), encoding: .utf8)
        let kept = manifest.split(separator: "\n").dropFirst().filter { $0 != "archives/1/index.html" && $0 != "archives/2/index.html" }
        try site.write("new page one", to: "public/.blog-staging/0")
        try site.write("new page two", to: "public/archives/2/index.html")  // moved before the kill
        try site.write(
            "move\t0\tarchives/1/index.html\nmove\t1\tarchives/2/index.html\nremove\timages/a.svg\n"
                + kept.filter { $0 != "images/a.svg" }.map { "keep\t\($0)\n" }.joined(),
            to: "public/.blog-staging/journal")
        try site.write("---\ntitle: 坏\ndate: 2020-13-01\n---\n", to: "Content/posts/2020/3.md")
        _ = site.buildErrors()
        XCTAssertEqual(site.page("archives/1/index.html"), "new page one")
        XCTAssertEqual(site.page("archives/2/index.html"), "new page two")
        XCTAssertNil(site.page("images/a.svg"))
        XCTAssertFalse(fileManager.fileExists(atPath: site.output.appendingPathComponent(".blog-staging").path))
        try site.remove("Content/posts/2020/3.md")
        try site.build()
        XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains("正文一"))
        XCTAssertEqual(site.page("images/a.svg"), "<svg/>\n")
    }

    func testATagTooLongForAFileNameFailsAtThePostBeforeAnythingIsWritten() throws {
        try site.build()
        let before = snapshot(site.output)
        let tag = String(repeating: "长", count: 90)
        try site.write(TestSite.post(title: "第二篇", date: "2020-01-02", id: 2, tags: [tag], body: "正文二。\n"), to: "Content/posts/2020/2.md")
        let errors = site.buildErrors()
        XCTAssertEqual(errors.map(\.path), ["Content/posts/2020/2.md"])
        XCTAssertEqual(errors.first?.line, 5, "the tags line")
        XCTAssertTrue(errors.first?.message.contains("270 bytes") ?? false, errors.first?.description ?? "")
        XCTAssertEqual(snapshot(site.output), before)
    }

    func testNoPermalinkLeadsOutOfTheOutputFolder() throws {
        for pattern in ["/../../escaped-{id}/", "/archives/./{id}/", "/archives//{id}/"] {
            try site.write(TestSite.config + "permalinks:\n  post: \(pattern)\n", to: "blog.yml")
            let errors = site.buildErrors()
            XCTAssertEqual(errors.map(\.path), ["blog.yml"], pattern)
            XCTAssertEqual(errors.first?.line, 8, pattern)
        }
        XCTAssertFalse(fileManager.fileExists(atPath: site.root.deletingLastPathComponent().appendingPathComponent("escaped-1").path))
        XCTAssertFalse(fileManager.fileExists(atPath: site.output.path))
    }

    func testATamperedManifestCannotRemoveFilesOutsideTheOutput() throws {
        try site.build()
        let manifest = site.output.appendingPathComponent(".blog-manifest")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try Data((text + "../blog.yml\n../Content/posts/2020/1.md\n").utf8).write(to: manifest)
        try site.remove("Content/posts/2020/2.md")
        try site.build()
        XCTAssertTrue(fileManager.fileExists(atPath: site.root.appendingPathComponent("blog.yml").path))
        XCTAssertTrue(fileManager.fileExists(atPath: site.root.appendingPathComponent("Content/posts/2020/1.md").path))
    }

    func testPagesMayNeitherHideNorStandWhereAnotherPagesFolderGoes() throws {
        for (permalink, line) in [("post: /.git/{id}/", 8), ("home: /feed.xml/", 1)] {
            try site.write(TestSite.config + "permalinks:\n  \(permalink)\n", to: "blog.yml")
            let errors = site.buildErrors()
            XCTAssertEqual(errors.first?.path, "blog.yml", permalink)
            XCTAssertEqual(errors.first?.line ?? 1, line, permalink)
        }
        XCTAssertFalse(fileManager.fileExists(atPath: site.output.path))
    }

    func testEditorBackupsOfADraftAreNotPublished() throws {
        let draft = TestSite.post(title: "草稿", date: "2020-01-05", id: 5, extra: "draft: true", body: "未发表的内容。\n")
        for path in ["Content/posts/2020/5.md", "Content/posts/2020/5.md~", "Content/posts/2020/#5.md#"] {
            try site.write(draft, to: path)
        }
        try site.build()
        XCTAssertFalse(try site.outputFiles().values.contains { String(decoding: $0, as: UTF8.self).contains("未发表的内容") })
    }

    func testOneLetterNamesBuild() throws {
        try site.write("x\n", to: "Content/x")
        try site.write("d\n", to: "Content/b/c/d.png")
        try site.build()
        XCTAssertEqual(site.page("x"), "x\n")
        XCTAssertEqual(site.page("b/c/d.png"), "d\n")
    }

    func testALinkedCacheFolderIsNotWrittenThrough() throws {
        try site.write("precious\n", to: "elsewhere/build.json")
        try fileManager.createSymbolicLink(
            atPath: site.root.appendingPathComponent(".blog-cache").path, withDestinationPath: site.root.appendingPathComponent("elsewhere").path)
        try site.build()
        XCTAssertEqual(try String(contentsOf: site.root.appendingPathComponent("elsewhere/build.json"), encoding: .utf8), "precious\n")
    }

    func testOneBuildAtATimeWritesToAFolder() throws {
        try site.build()
        let descriptor = open(site.output.path, O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        XCTAssertEqual(flock(descriptor, LOCK_EX | LOCK_NB), 0)
        try site.write(TestSite.post(title: "第一篇", date: "2020-01-01", id: 1, body: "改过。\n"), to: "Content/posts/2020/1.md")
        XCTAssertTrue(site.buildErrors().first?.message.contains("another blog build") ?? false)
        flock(descriptor, LOCK_UN)
        XCTAssertNoThrow(try site.build())
    }

    func testAFailedFirstBuildLeavesNoOutputFolder() throws {
        try site.write("---\ntitle: 坏\ndate: 2020-13-01\n---\n", to: "Content/posts/2020/3.md")
        _ = site.buildErrors()
        XCTAssertFalse(fileManager.fileExists(atPath: site.output.path))
    }
}
