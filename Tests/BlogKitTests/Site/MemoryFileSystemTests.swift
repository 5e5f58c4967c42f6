import BlogKit
import Foundation
import XCTest

/// A site in a `MemoryFileSystem` loads as the same site on disk does: the
/// loader's rules (what is a post, a template, a static file, what is
/// skipped) are the loader's, not the file system's.
final class MemoryFileSystemTests: XCTestCase {
    func testTheExampleBlogReadIntoMemoryBuildsTheSameBytes() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let memory = MemoryFileSystem()
        memory.write(try Data(contentsOf: root.appendingPathComponent("blog.yml")), to: root.appendingPathComponent("blog.yml").path)
        for folder in ["Content", "Templates"] {
            let walker = try XCTUnwrap(FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: [.isRegularFileKey]))
            for case let url as URL in walker where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                memory.write(try Data(contentsOf: url), to: url.path)
            }
        }
        let options = BuildOptions(includeFuture: true)
        let fromDisk = try Site.load(from: root).build(options)
        let fromMemory = try Site.load(from: root, in: memory).build(options)
        XCTAssertEqual(fromMemory.files.map(\.path), fromDisk.files.map(\.path))
        for (inMemory, onDisk) in zip(fromMemory.files, fromDisk.files) {
            XCTAssertEqual(try inMemory.data(), try onDisk.data(), inMemory.path)
        }
    }

    func testHiddenFilesAndEditorBackupsAreSkippedAsOnDisk() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "甲", date: "2020-01-01", id: 1, body: "甲。\n"),
            "Content/posts/2020/1.md~": "备份\n",
            "Content/posts/2020/#1.md#": "备份\n",
            "Content/.DS_Store": "\n",
            "Content/posts/.drafts/2.md": TestSite.post(title: "藏", date: "2020-01-02", id: 2, body: "藏。\n"),
            "Content/images/a.svg": "<svg/>\n",
        ])
        try site.build()
        let paths = try site.outputFiles().keys
        XCTAssertTrue(paths.contains("images/a.svg"))
        XCTAssertFalse(paths.contains { $0.contains("~") || $0.contains("#") || $0.contains(".DS_Store") || $0.contains("drafts") }, "\(paths.sorted())")
        XCTAssertNil(site.page("archives/2/index.html"))
    }

    /// `blog import` puts readers' comments (names, sites, words) in
    /// Content/comments/ and pages in Content/pages/: neither is a static file.
    func testImportedCommentsAndPagesAreNotPublishedAsFiles() throws {
        for storage in [TestSite.Storage.memory, .disk] {
            let site = try TestSite([
                "Content/posts/2020/1.md": TestSite.post(title: "甲", date: "2020-01-01", id: 1, body: "甲。\n"),
                "Content/comments/1.yml": "- id: 7\n  author: 读者\n  date: 2020-01-02 10:00:00\n  text: 好文\n",
                "Content/comments/notes.txt": "not published either\n",
                "Content/pages/about.md": TestSite.post(title: "关于", date: "2020-01-01", body: "关于。\n"),
                "Content/pages/about.png": "png\n",
                "Content/images/a.svg": "<svg/>\n",
            ], in: storage)
            defer { site.cleanUp() }
            try site.build()
            let paths = try site.outputFiles().keys
            XCTAssertTrue(paths.contains("images/a.svg"), "\(storage)")
            XCTAssertTrue(paths.contains("pages/about.png"), "a page's image is still copied")
            XCTAssertFalse(paths.contains { $0.hasPrefix("comments/") || $0.hasPrefix("pages/about.md") || $0.hasSuffix(".yml") }, "\(paths.sorted())")
            XCTAssertNotNil(site.page("archives/1/index.html"))
        }
    }

    func testAMissingFileFailsWithTheDisksMessage() throws {
        let memory = MemoryFileSystem(["/blog/Content/images/a.svg": Data("<svg/>\n".utf8)])
        let disk = DiskFileSystem()
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("blog-missing-\(UUID().uuidString)").path
        for (fileSystem, path) in [(memory as any SiteFileSystem, "/blog/Content/nothing.md"), (disk, missing)] {
            XCTAssertThrowsError(try fileSystem.contents(ofFile: path, shownAs: "Content/nothing.md")) { error in
                XCTAssertEqual("\(error)", "Content/nothing.md: error: cannot read the file: No such file or directory (hint: make it a file of its own in the site, readable by you)")
            }
        }
        XCTAssertThrowsError(try memory.contents(ofFile: "/blog/Content/images", shownAs: "Content/images")) { error in
            XCTAssertTrue("\(error)".contains("it is not a regular file"), "\(error)")
        }
    }
}
