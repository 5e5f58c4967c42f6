import Foundation
import XCTest

/// What the command line must never do to a careless user's files.
final class CommandLineSafetyTests: XCTestCase {
    private var folder: URL!
    private let fileManager = FileManager.default

    override func setUpWithError() throws {
        folder = fileManager.temporaryDirectory.appendingPathComponent("blog-cli-\(UUID().uuidString)")
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? fileManager.removeItem(at: folder)
    }

    private func write(_ text: String, to path: String) throws {
        let url = folder.appendingPathComponent(path)
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func exists(_ path: String) -> Bool {
        fileManager.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    private let post = "---\ntitle: 好\ndate: 2020-01-01\nid: 1\n---\n正文。\n"

    func testAQuotedTildeIsAFolderNamedTildeNotTheHomeFolder() throws {
        try write(post, to: "site/Content/posts/2020/1.md")
        try fileManager.createDirectory(at: folder.appendingPathComponent("home"), withIntermediateDirectories: true)
        let home = ["HOME": folder.appendingPathComponent("home").path]
        let run = try BlogProcess.run(["build", "--output", "~"], in: folder.appendingPathComponent("site"), environment: home)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(exists("site/~/archives/1/index.html"))
        XCTAssertEqual(try fileManager.contentsOfDirectory(atPath: folder.appendingPathComponent("home").path), [])
        let root = try BlogProcess.run(["build", "--root", "~"], in: folder.appendingPathComponent("site"), environment: home)
        XCTAssertEqual(root.status, 1, "the folder named ~ is no site")
        XCTAssertEqual(try fileManager.contentsOfDirectory(atPath: folder.appendingPathComponent("home").path), [])
    }

    func testBuildOutsideASiteIsRefusedAndNamesTheSite() throws {
        try write("title: 测试\n", to: "site/blog.yml")
        try write(post, to: "site/Content/posts/2020/1.md")
        let inside = try BlogProcess.run(["build"], in: folder.appendingPathComponent("site/Content/posts"))
        XCTAssertEqual(inside.status, 1)
        XCTAssertTrue(inside.errors.contains("not a site folder"), inside.errors)
        XCTAssertTrue(inside.errors.contains("the site is \(folder.appendingPathComponent("site").path)"), inside.errors)
        XCTAssertFalse(exists("site/Content/posts/public"))

        try fileManager.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        for command in [["build"], ["new", "标题"], ["serve", "--port", "0"]] {
            let run = try BlogProcess.run(command, in: folder.appendingPathComponent("empty"))
            XCTAssertEqual(run.status, 1, command.joined())
            XCTAssertTrue(run.errors.contains("blog init"), run.errors)
        }
        XCTAssertEqual(try fileManager.contentsOfDirectory(atPath: folder.appendingPathComponent("empty").path), [])
    }

    func testInitNeverOverwritesAFile() throws {
        try write("my own layout\n", to: "mine/Templates/layout.mustache")
        let run = try BlogProcess.run(["init", "mine"], in: folder)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("Templates/layout.mustache: error: already exists"), run.errors)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("mine/Templates/layout.mustache"), encoding: .utf8), "my own layout\n")
        XCTAssertFalse(exists("mine/blog.yml"), "nothing written")

        try write("kept\n", to: "elsewhere/keep.txt")
        try fileManager.createDirectory(at: folder.appendingPathComponent("linked"), withIntermediateDirectories: true)
        try fileManager.createSymbolicLink(
            atPath: folder.appendingPathComponent("linked/Templates").path, withDestinationPath: folder.appendingPathComponent("elsewhere").path)
        let linked = try BlogProcess.run(["init", "linked"], in: folder)
        XCTAssertEqual(linked.status, 1)
        XCTAssertTrue(linked.errors.contains("is a symbolic link"), linked.errors)
        XCTAssertEqual(try fileManager.contentsOfDirectory(atPath: folder.appendingPathComponent("elsewhere").path), ["keep.txt"])
    }

    /// A full disk, as a file size limit: the write fails, the output is as
    /// it was, nothing of the failed build is left, and the next build works.
    func testAFullDiskLeavesTheOutputAndNoTemporaryFiles() throws {
        try write(post, to: "Content/posts/2020/1.md")
        XCTAssertEqual(try BlogProcess.run(["build"], in: folder).status, 0)
        let before = try String(contentsOf: folder.appendingPathComponent("public/archives/1/index.html"), encoding: .utf8)
        try write(post.replacingOccurrences(of: "正文", with: "新的正文"), to: "Content/posts/2020/1.md")
        try write(String(repeating: "0123456789abcdef\n", count: 20_000), to: "Content/big.txt")
        // 300 KB at most per file; SIGXFSZ ignored, so the write fails with EFBIG as on a full disk.
        let full = try BlogProcess.run([], in: folder, shell: "trap '' XFSZ; ulimit -f 300; exec \"$BLOG\" build")
        XCTAssertEqual(full.status, 1, full.output)
        XCTAssertTrue(full.errors.contains("big.txt"), full.errors)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("public/archives/1/index.html"), encoding: .utf8), before)
        XCTAssertFalse(exists("public/big.txt"))
        XCTAssertFalse(exists("public/.blog-staging"), "the staged files are removed")
        let again = try BlogProcess.run(["build"], in: folder)
        XCTAssertEqual(again.status, 0, again.errors)
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("public/archives/1/index.html"), encoding: .utf8).contains("新的正文"))
    }
}
