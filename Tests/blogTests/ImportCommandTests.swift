import Foundation
import XCTest

/// `blog import` as a user runs it: a dry run, the import, a second run
/// that overwrites nothing, and errors that name the file and line.
final class ImportCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("blog-import-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("site/Content"), withIntermediateDirectories: true)
        try Data("title: 测试\ntimezone: UTC\n".utf8).write(to: folder.appendingPathComponent("site/blog.yml"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func blog(_ arguments: String...) throws -> BlogProcess.Run {
        try BlogProcess.run(arguments, in: folder)
    }

    private static let dump = """
        -- MySQL dump
        /*!40101 SET NAMES utf8mb4 */;
        INSERT INTO `typecho_contents` (`cid`, `title`, `slug`, `created`, `text`, `type`, `status`) VALUES
        (3,'标题: 一','3',1425168000,'<!--markdown-->$x$','post','publish'),(4,'页','about',1425168000,'<!--markdown-->页。','page','publish');
        INSERT INTO `typecho_comments` (`coid`, `cid`, `created`, `author`, `mail`, `text`, `type`, `status`) VALUES
        (1,3,1425168000,'甲','a@example.com','好','comment','approved'),(2,3,1425168000,'乙','b@example.com','spam','comment','spam');

        """

    func testDryRunThenImportThenNothingOverwritten() throws {
        try Data(Self.dump.utf8).write(to: folder.appendingPathComponent("typecho.sql"))
        let dry = try blog("import", "typecho", "typecho.sql", "--root", "site", "--dry-run")
        XCTAssertEqual(dry.status, 0, dry.errors)
        XCTAssertTrue(dry.output.contains("would write Content/posts/2015/3.md"), dry.output)
        XCTAssertTrue(dry.output.contains("dry run, nothing written: 1 post, 1 page, 1 comment, 0 drafts, 1 skipped"), dry.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/Content/posts").path))

        let run = try blog("import", "typecho", "typecho.sql", "--root", "site")
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.contains("typecho_comments: 1 spam"), run.output)
        let post = try String(contentsOf: folder.appendingPathComponent("site/Content/posts/2015/3.md"), encoding: .utf8)
        XCTAssertTrue(post.hasPrefix("---\ntitle: '标题: 一'\ndate: 2015-03-01 00:00:00\n"), "in blog.yml's time zone: \(post)")
        let zoned = try blog("import", "typecho", "typecho.sql", "--root", "site", "--timezone", "Asia/Shanghai", "--dry-run")
        XCTAssertTrue(zoned.output.contains("Content/posts/2015/3.md: exists"), zoned.output)

        let again = try blog("import", "typecho", "typecho.sql", "--root", "site")
        XCTAssertEqual(again.status, 0)
        XCTAssertTrue(again.output.contains("imported 0 posts, 0 pages, 0 comments"), again.output)
        XCTAssertTrue(again.output.contains("Content/comments/3.yml: exists, left as it is"), again.output)

        let build = try BlogProcess.run(["build"], in: folder.appendingPathComponent("site"))
        XCTAssertEqual(build.status, 0, build.errors)
    }

    func testErrorsNameTheFileAndLine() throws {
        try Data("INSERT INTO `typecho_contents` VALUES\n(1, 'never closed);\n".utf8).write(to: folder.appendingPathComponent("cut.sql"))
        let cut = try blog("import", "typecho", "cut.sql", "--root", "site")
        XCTAssertEqual(cut.status, 1)
        XCTAssertTrue(cut.errors.contains("cut.sql:2:5: error: this string is never closed"), cut.errors)

        let zone = try blog("import", "typecho", "cut.sql", "--root", "site", "--timezone", "Mars/Olympus")
        XCTAssertTrue(zone.errors.contains("unknown time zone 'Mars/Olympus'"), zone.errors)

        let hexo = try blog("import", "hexo", "nowhere", "--root", "site")
        XCTAssertEqual(hexo.status, 1)
        XCTAssertTrue(hexo.errors.contains("no source/_posts/ here"), hexo.errors)

        let notSite = try blog("import", "jekyll", ".", "--root", "nowhere")
        XCTAssertTrue(notSite.errors.contains("not a site folder"), notSite.errors)
    }
}
