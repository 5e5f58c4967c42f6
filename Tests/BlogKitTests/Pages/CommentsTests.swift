import BlogKit
import XCTest

/// Comments kept in `Content/comments/<post id>.yml` are shown under their
/// post as text, in threads, and the newest in the sidebar.
final class CommentsTests: XCTestCase {
    private static let comments = """
        - id: 1
          author: 张三
          url: https://zhang.example/
          date: 2020-02-01 09:00:00
          text: "第一条。\\n\\n第二段"
        - id: 3
          author: 王五
          url: "javascript:alert(1)"
          date: 2020-02-03 09:00:00
          text: <b>不是粗体</b>
        - id: 2
          parent: 1
          author: 作者
          date: 2020-02-02 09:00:00
          text: 回复张三。
        """

    private func site(comments: String = CommentsTests.comments, extra: [String: String] = [:]) throws -> TestSite {
        var files = [
            "Content/posts/2020/7.md": TestSite.post(title: "有评论的文章", date: "2020-01-01", id: 7, body: "正文。\n"),
            "Content/posts/2020/8.md": TestSite.post(title: "另一篇", date: "2020-01-02", id: 8, body: "正文。\n"),
            "Content/comments/7.yml": comments,
        ]
        files.merge(extra) { _, new in new }
        return try TestSite(files)
    }

    func testCommentsShowInThreadsAsTextAndInTheSidebar() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.build()
        let page = try XCTUnwrap(site.page("archives/7/index.html"))
        let section = try XCTUnwrap(page.between("<section class=\"comments\" id=\"comments\">", "</section>"))
        XCTAssertTrue(section.contains("评论 (3)"))
        let order = ["comment-1\"", "comment-2\"", "comment-3\""].map { section.range(of: "id=\"\($0)")?.lowerBound }
        XCTAssertFalse(order.contains(nil), section)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), "a reply follows what it answers")
        XCTAssertTrue(section.contains("<li class=\"comment depth-1\" id=\"comment-2\">"))
        XCTAssertTrue(section.contains("<p>第一条。</p><p>第二段</p>"))
        XCTAssertTrue(section.contains("&lt;b&gt;不是粗体&lt;/b&gt;"), "a comment's HTML is shown, not obeyed")
        XCTAssertTrue(section.contains("<a href=\"https://zhang.example/\" rel=\"nofollow ugc\">张三</a>"))
        XCTAssertFalse(section.contains("javascript:"), "only web addresses are linked")
        XCTAssertTrue(section.contains("<span class=\"comment-author\">作者</span>"), "no address, no link (not the post's own)")
        XCTAssertTrue(section.contains("<time datetime=\"2020-02-01T09:00:00+08:00\">2020-02-01 09:00</time>"))
        XCTAssertFalse(try XCTUnwrap(site.page("archives/8/index.html")).contains("class=\"comments\""))

        let sidebar = try XCTUnwrap(try XCTUnwrap(site.page("index.html")).between("<ul class=\"recent-comments\">", "</ul>"))
        let newest = ["#comment-3", "#comment-2", "#comment-1"].map { sidebar.range(of: $0)?.lowerBound }
        XCTAssertFalse(newest.contains(nil), sidebar)
        XCTAssertEqual(newest.compactMap { $0 }, newest.compactMap { $0 }.sorted(), "newest first")
        XCTAssertTrue(sidebar.contains("href=\"/archives/7/#comment-3\""))
    }

    func testABrokenCommentsFileIsLocatedAndAFileOfNoPostIsAWarning() throws {
        let broken = try site(comments: "- id: 1\n  author: 甲\n  date: 昨天\n  text: 文字\n")
        defer { broken.cleanUp() }
        let errors = broken.buildErrors()
        XCTAssertEqual(errors.map(\.path), ["Content/comments/7.yml"])
        XCTAssertEqual(errors.first?.line, 3)
        XCTAssertTrue(errors.first?.message.contains("cannot read the comment's date") == true)

        let orphan = try site(extra: ["Content/comments/99.yml": "- id: 1\n  author: 甲\n  date: 2020-01-01\n  text: 文字\n"])
        defer { orphan.cleanUp() }
        let summary = try orphan.build()
        XCTAssertEqual(summary.warnings.map(\.path), ["Content/comments/99.yml"])
        XCTAssertTrue(summary.warnings[0].message.contains("no post has the id 99"))
    }

    /// New comments go to the service `comments:` names; with none set, no
    /// script is loaded.
    func testACommentServiceIsEmbeddedOnlyWhenSet() throws {
        let none = try site()
        defer { none.cleanUp() }
        try none.build()
        XCTAssertFalse(try XCTUnwrap(none.page("archives/7/index.html")).contains("comment-form"))

        let giscus = try site(extra: [
            "blog.yml": TestSite.config + "comments:\n  provider: giscus\n  repo: owner/blog\n  repo_id: R_1\n  category: 评论\n  category_id: DIC_2\n"
        ])
        defer { giscus.cleanUp() }
        try giscus.build()
        let page = try XCTUnwrap(giscus.page("archives/8/index.html"))
        XCTAssertTrue(page.contains("<script src=\"https://giscus.app/client.js\" data-repo=\"owner/blog\" data-repo-id=\"R_1\" data-category=\"评论\" data-category-id=\"DIC_2\""), page)

        let waline = try site(extra: ["blog.yml": TestSite.config + "comments:\n  provider: waline\n  server_url: \"https://w.example/</script>\"\n"])
        defer { waline.cleanUp() }
        try waline.build()
        XCTAssertTrue(try XCTUnwrap(waline.page("archives/7/index.html")).contains("serverURL: \"https://w.example/\\u003c/script\\u003e\""))

        let incomplete = try site(extra: ["blog.yml": TestSite.config + "comments:\n  provider: utterances\n"])
        defer { incomplete.cleanUp() }
        let errors = incomplete.buildErrors()
        XCTAssertEqual(errors.map(\.path), ["blog.yml"])
        XCTAssertTrue(errors.first?.message.contains("the utterances comments need 'repo'") == true, "\(errors)")
    }
}
