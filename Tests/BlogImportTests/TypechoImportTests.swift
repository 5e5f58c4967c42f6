import BlogImport
import BlogKit
import Foundation
import XCTest

final class TypechoImportTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("typecho-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private let importer = TypechoImporter(timeZone: TimeZone(identifier: "Asia/Shanghai")!, knownCategorySlugs: ["数学研究": "mathematics"])

    private func sqlitePlan() throws -> ImportPlan {
        let database = folder.appendingPathComponent("typecho.db")
        try TypechoFixture.makeSQLite(at: database)
        XCTAssertTrue(TypechoDatabase.isSQLite(database))
        return importer.plan(try TypechoDatabase.read(database, prefix: "typecho_", shownAs: "typecho.db"))
    }

    func testTheSQLiteDatabaseBuildsAsASite() throws {
        let site = try ImportTestSite()
        defer { site.cleanUp() }
        let summary = try site.write(try sqlitePlan())

        XCTAssertEqual(summary.posts, 5)
        XCTAssertEqual(summary.pages, 1)
        XCTAssertEqual(summary.comments, 3)
        XCTAssertEqual(Set(summary.drafts), [
            "Content/posts/2015/9.md (draft)", "Content/posts/2016/11.md (hidden)", "Content/posts/2016/12.md (password-protected)",
        ])
        let skipped = summary.skipped.joined(separator: "\n")
        for reason in ["1 spam", "1 waiting", "1 pingback", "of type 'attachment'", "cid 10: an unpublished edit of cid 5"] {
            XCTAssertTrue(skipped.contains(reason), "\(reason) in \(skipped)")
        }
        XCTAssertTrue(summary.advice.joined().contains("big-data"), "the missing category slug is suggested: \(summary.advice)")
        XCTAssertFalse(summary.advice.joined().contains("mathematics"), "blog.yml has it already")

        // The files: Typecho's mark gone, <!--more--> kept, \r\n as \n, dates in Shanghai.
        let first = try XCTUnwrap(site.text("Content/posts/2015/5.md"))
        XCTAssertTrue(first.hasPrefix("---\ntitle: '从向量到矩阵: 基础'\ndate: 2015-03-01 08:00:00\nupdated: 2015-03-02 08:00:00\nid: 5\n"), first)
        XCTAssertTrue(first.contains("categories:\n- 数学研究\ntags:\n- 矩阵\n- 积分\n"), first)
        XCTAssertFalse(first.contains("slug:"), "a slug that is the cid is left out")
        XCTAssertFalse(first.contains("<!--markdown-->") || first.contains("\r"))
        XCTAssertTrue(first.contains("\n<!--more-->\n"))
        XCTAssertTrue(first.contains("反斜杠 \\\\ 与 100% 和 a_b"), "backslashes and LIKE characters as written")
        let page = try XCTUnwrap(site.text("Content/pages/about.md"))
        XCTAssertTrue(page.contains("title: 关于\n") && page.contains("slug: about\n") && page.contains("menu: 1\n"), page)

        // Every post reads back as written.
        let posts = try site.posts()
        XCTAssertEqual(Set(posts.map(\.title)), ["从向量到矩阵: 基础", "Hello 'quoted' # title", "未完成", "隐藏的", "加密的"])
        let hello = try XCTUnwrap(posts.first { $0.id == "7" })
        XCTAssertEqual(hello.slug, "hello-world")
        XCTAssertEqual(hello.categories, ["信息时代"])
        XCTAssertEqual(posts.filter(\.isDraft).map(\.path).sorted(), ["Content/posts/2015/9.md", "Content/posts/2016/11.md", "Content/posts/2016/12.md"])

        // Comments: approved ones in order, replies keep their parent, no e-mail, IP or browser.
        let comments = try XCTUnwrap(site.text("Content/comments/5.yml"))
        XCTAssertTrue(comments.contains("- id: 1\n  author: 张三\n  url: https://zhang.example\n  date: 2015-03-01 09:00:00\n  text: 好文！$x$ 是什么？\n"), comments)
        XCTAssertTrue(comments.contains("- id: 2\n  parent: 1\n  author: 苏剑林\n"), comments)
        XCTAssertTrue(comments.contains("  text: |-\n    谢谢。\n    第二行: 也在\n"), comments)
        XCTAssertNotNil(site.text("Content/comments/2.yml"), "a page's comments too")
        XCTAssertNil(site.text("Content/comments/7.yml"), "only a waiting comment and a pingback")
        for file in ["5", "2"] {
            let text = try XCTUnwrap(site.text("Content/comments/\(file).yml"))
            XCTAssertFalse(text.contains("@") || text.contains("10.") || text.contains("Mozilla") || text.contains("pills"), text)
        }

        // The build: post pages at /archives/<cid>/, math typeset, taxonomies, nothing of comments published.
        let (files, _) = try site.build()
        let post = try XCTUnwrap(files["archives/5/index.html"])
        XCTAssertTrue(post.contains("从向量到矩阵: 基础"))
        XCTAssertTrue(post.contains("<math"), "math typeset")
        // (The description in the head keeps formulas as TeX, on purpose.)
        let body = String(post[try XCTUnwrap(post.range(of: "<div class=\"post-content\">")).upperBound...])
        XCTAssertFalse(body.contains("$E=mc^2$") || body.contains("$$"), "no formula left as TeX: \(body)")
        XCTAssertTrue(post.contains("class=\"eqref\"") && post.contains(">(1)</a>"), "\\eqref links to the numbered equation")
        XCTAssertNotNil(files["archives/7/index.html"])
        for draft in ["9", "11", "12"] {
            XCTAssertNil(files["archives/\(draft)/index.html"], "draft \(draft) is not published")
        }
        XCTAssertTrue(files["category/mathematics/index.html"]?.contains("从向量到矩阵") == true)
        XCTAssertTrue(files["category/信息时代/index.html"]?.contains("Hello") == true, "\(files.keys.filter { $0.hasPrefix("category") })")
        XCTAssertTrue(files["tag/矩阵/index.html"].map { $0.contains("从向量到矩阵") && $0.contains("Hello") } == true)
        XCTAssertFalse(files.keys.contains { $0.hasPrefix("comments/") || $0.hasPrefix("pages/") || $0.hasSuffix(".yml") }, "\(files.keys.sorted())")
        // The approved comments are shown under the post, threaded; never spam, never an e-mail.
        let shown = String(post[try XCTUnwrap(post.range(of: "<section class=\"comments\" id=\"comments\">")).upperBound...])
        XCTAssertTrue(shown.contains("<a href=\"https://zhang.example\" rel=\"nofollow ugc\">张三</a>"), shown)
        XCTAssertTrue(shown.contains("id=\"comment-2\""))
        XCTAssertFalse(post.contains("spammer") || post.contains("zhang@example.com"))
        let sitemap = try XCTUnwrap(files["sitemap.xml"])
        XCTAssertTrue(sitemap.contains("/archives/5/</loc>") && sitemap.contains("/about/</loc>"), sitemap)
        // Typecho's page is a page of the site, in the header menu by its order.
        XCTAssertTrue(try XCTUnwrap(files["about/index.html"]).contains("关于本站。"))
        XCTAssertTrue(try XCTUnwrap(files["index.html"]).contains("<a href=\"/about/\">关于</a>"))
        XCTAssertFalse(files.values.contains { $0.contains("zhang@example.com") })
    }

    func testTheMySQLDumpGivesTheSameFiles() throws {
        let fromSQLite = try sqlitePlan()
        let fromDump = importer.plan(try MySQLDump.read(TypechoFixture.mysqlDump(), prefix: "typecho_", shownAs: "typecho.sql"))
        XCTAssertEqual(fromDump.files.map(\.path), fromSQLite.files.map(\.path))
        for (dump, sqlite) in zip(fromDump.files, fromSQLite.files) {
            guard case .text(let a) = dump.contents, case .text(let b) = sqlite.contents else { return XCTFail(dump.path) }
            XCTAssertEqual(a, b, dump.path)
        }
        XCTAssertEqual(fromDump.summary.skipped, fromSQLite.summary.skipped)
    }

    func testADumpItCannotReadIsReportedWithItsLine() throws {
        let cut = "-- dump\nINSERT INTO `typecho_contents` VALUES (1,'Hello','1',0,0,'<!--markdown-->text\n"
        XCTAssertThrowsError(try MySQLDump.read(cut, prefix: "typecho_", shownAs: "cut.sql")) { error in
            let error = error as? BuildError
            XCTAssertEqual(error?.path, "cut.sql")
            XCTAssertEqual(error?.line, 2)
            XCTAssertEqual(error?.column, 58, "at the quote opening the string never closed")
            XCTAssertTrue(error?.message.contains("never closed") == true, "\(String(describing: error))")
        }
        let short = "INSERT INTO `typecho_contents` VALUES (1,'Hello');\n"
        XCTAssertThrowsError(try MySQLDump.read(short, prefix: "typecho_", shownAs: "short.sql")) { error in
            XCTAssertTrue("\(error)".contains("2 values for 17 columns") && "\(error)".contains("--complete-insert"), "\(error)")
        }
        XCTAssertThrowsError(try MySQLDump.read("INSERT INTO `wp_posts` VALUES (1);\n", prefix: "typecho_", shownAs: "wp.sql")) { error in
            XCTAssertTrue("\(error)".contains("no INSERT INTO typecho_contents") && "\(error)".contains("wp_posts"), "\(error)")
        }
    }

    func testADumpWithColumnListsAndAnotherPrefix() throws {
        let dump = """
            INSERT INTO `blog_contents` (`cid`, `title`, `created`, `text`, `type`) VALUES
            (3, 'It''s \\"ok\\"', 1425168000, _utf8mb4'<!--markdown-->a\\r\\nb', 'post'), (4, NULL, 0x31, 0x3C212D2D6D61726B646F776E2D2D3E, 'post');
            """
        let rows = try MySQLDump.read(dump, prefix: "blog_", shownAs: "blog.sql")
        XCTAssertEqual(rows["contents"].count, 2)
        XCTAssertEqual(rows["contents"][0]["title"], .text("It's \"ok\""))
        XCTAssertEqual(rows["contents"][0]["text"], .text("<!--markdown-->a\r\nb"))
        XCTAssertEqual(rows["contents"][1]["title"], .null)
        XCTAssertEqual(rows["contents"][1]["text"], .text("<!--markdown-->"), "hex literals hold the text's bytes")
    }

    func testItNeverOverwritesAndADryRunWritesNothing() throws {
        let site = try ImportTestSite()
        defer { site.cleanUp() }
        let plan = try sqlitePlan()
        let dry = try site.write(plan, dryRun: true)
        XCTAssertEqual(dry.written.count, plan.files.count)
        XCTAssertNil(site.text("Content/posts/2015/5.md"))

        try Data("mine\n".utf8).write(to: site.root.appendingPathComponent("Content/posts/2015/5.md").creatingFolder())
        let summary = try site.write(plan)
        XCTAssertEqual(site.text("Content/posts/2015/5.md"), "mine\n")
        XCTAssertEqual(summary.posts, 4)
        XCTAssertTrue(summary.skipped.contains { $0.hasPrefix("Content/posts/2015/5.md: exists") }, "\(summary.skipped)")
        let again = try site.write(plan)
        XCTAssertEqual(again.written, [])
        XCTAssertTrue(again.report(dryRun: false).contains("imported 0 posts"))
    }

    func testDatesAreWrittenInTheGivenTimeZone() throws {
        let utc = TypechoImporter(timeZone: TimeZone(identifier: "UTC")!)
        var rows = TypechoRows()
        rows.tables["contents"] = [["cid": .integer(1), "title": .text("t"), "created": .integer(1_420_070_400 - 3600), "text": .text("<!--markdown-->x")]]
        rows.tables["options"] = [["name": .text("timezone"), "user": .integer(0), "value": .text("28800")]]
        let plan = utc.plan(rows)
        XCTAssertEqual(plan.files.map(\.path), ["Content/posts/2014/1.md"], "2014-12-31 23:00 in UTC")
        XCTAssertTrue(plan.summary.warnings.contains { $0.message.contains("UTC+8") }, "Typecho's own time zone differs: \(plan.summary.warnings)")
    }

    /// kexue.fm's cids pass 2009 to 2026: with year listings under
    /// /archives/ (the defaults before 2026-12), post 2015 and the listing of
    /// 2015 are both /archives/2015/.
    func testPostsWhoseURLIsAYearListingAreNamedBeforeTheBuild() throws {
        var rows = TypechoRows()
        rows.tables["contents"] = [2015, 2016].map { cid in
            ["cid": .integer(Int64(cid)), "title": .text("第\(cid)篇"), "created": .integer(Int64(TypechoFixture.march2015)), "text": .text("<!--markdown-->x")]
        }
        XCTAssertFalse(importer.plan(rows).summary.warnings.contains { $0.message.contains("year listings") }, "the defaults never collide")
        var old = TypechoImporter(timeZone: importer.timeZone)
        old.permalinks.year = "/archives/{year}/"
        let plan = old.plan(rows)
        let warning = try XCTUnwrap(plan.summary.warnings.first { $0.message.contains("year listings") })
        XCTAssertTrue(warning.message.contains("posts 2015 ") && !warning.message.contains("2016"), "only 2015 has a listing: \(warning)")

        let site = try ImportTestSite(config: ImportTestSite.config + "permalinks:\n  year: /archives/{year}/\n")
        defer { site.cleanUp() }
        _ = try site.write(plan)
        XCTAssertThrowsError(try site.build(), "the build refuses the collision the warning names")
        var moved = TypechoImporter(timeZone: importer.timeZone)
        moved.permalinks.year = "/archives/year/{year}/"
        XCTAssertFalse(moved.plan(rows).summary.warnings.contains { $0.message.contains("year listings") })
    }
}

private extension URL {
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
