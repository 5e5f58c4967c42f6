import BlogKit
import Foundation
import XCTest

/// What a rebuild reuses from the last build never shows: after every kind
/// of edit, `blog serve`'s output is byte for byte what a fresh build of the
/// same files gives.
final class SiteSessionReuseTests: XCTestCase {
    private static let now = ISO8601DateFormatter().date(from: "2024-06-01T00:00:00Z")!

    private static var files: [String: String] {
        var files = TestSite.defaultTheme
        files["Content/images/a.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"
        for number in 1...7 {
            files["Content/posts/2020/\(number).md"] = post(number)
        }
        files["Content/posts/2099/future.md"] = TestSite.post(title: "将来", date: "2099-01-01", id: 99, body: "尚未发布。\n")
        return files
    }

    /// Each edit: what it is, and the files it writes (nil removes).
    private static let edits: [(name: String, files: [String: String?])] = [
        ("body after the excerpt", ["Content/posts/2020/3.md": post(3, body: "开头 $x_3$。\n\n<!--more-->\n\n改过的正文。\n")]),
        ("the excerpt", ["Content/posts/2020/3.md": post(3, body: "新的开头。\n\n<!--more-->\n\n改过的正文。\n")]),
        ("a title, shown by neighbours, related lists and the sidebar", ["Content/posts/2020/4.md": post(4, title: "改名的第四篇")]),
        ("tags and category, changing the groupings", ["Content/posts/2020/5.md": post(5, categories: ["新分类"], tags: ["化学"])]),
        ("a date, changing the order", ["Content/posts/2020/6.md": post(6, date: "2019-12-31")]),
        ("a series begun", ["Content/posts/2020/1.md": post(1, extra: "series: 系列"), "Content/posts/2020/4.md": post(4, extra: "series: 系列")]),
        ("a post's place in its series", ["Content/posts/2020/4.md": post(4, extra: "series: 系列\nseries_order: 1")]),
        ("a post added", ["Content/posts/2020/8.md": post(8, date: "2020-08-01")]),
        ("a post removed", ["Content/posts/2020/2.md": nil]),
        ("a draft", ["Content/posts/2020/7.md": post(7, extra: "draft: true")]),
        ("a page added to the menu", ["Content/pages/about.md": "---\ntitle: 关于\nmenu: 1\n---\n关于 $x$。\n"]),
        ("a page's title, shown in every page's menu", ["Content/pages/about.md": "---\ntitle: 关于本站\nmenu: 1\n---\n关于 $x$。\n"]),
        ("comments added", ["Content/comments/3.yml": "- id: 1\n  author: 甲\n  date: 2020-04-01 08:00:00\n  text: 好文。\n"]),
        ("a comment answered", ["Content/comments/3.yml": "- id: 1\n  author: 甲\n  date: 2020-04-01 08:00:00\n  text: 好文。\n- id: 2\n  parent: 1\n  author: 乙\n  date: 2020-04-02 08:00:00\n  text: 同意。\n"]),
        ("a figure of a local image", ["Content/images/c.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n", "Content/posts/2020/2.md": post(2, body: "![图](../../images/c.svg \"图1：小图\")\n")]),
        ("the image the figure shows, now of another size", ["Content/images/c.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"30\"/>\n"]),
        ("a partial of listings", ["Templates/partials/meta-row.mustache": TestSite.defaultTheme["Templates/partials/meta-row.mustache"]! + "<!-- 改 -->\n"]),
        ("the sidebar, shown on every page", ["Templates/site/sidebar.mustache": TestSite.defaultTheme["Templates/site/sidebar.mustache"]! + "<!-- 改 -->\n"]),
        ("the settings", ["blog.yml": TestSite.config + "subtitle: 新的副标题\n"]),
        ("links to a missing file and to a post", ["Content/posts/2020/1.md": post(1, body: "![图](../../images/b.svg) 见[第三篇](3.md)。\n")]),
        ("the file linked to added", ["Content/images/b.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"]),
        ("the id, and so the URL, of the post linked to", ["Content/posts/2020/3.md": TestSite.post(title: "第3篇", date: "2020-03-01", id: 33, body: "新的开头。\n")]),
        ("the same text saved again", ["Content/posts/2020/1.md": post(1, body: "![图](../../images/b.svg) 见[第三篇](3.md)。\n")]),
    ]

    func testEveryRebuildEqualsAFreshBuild() throws {
        let site = try TestSite(Self.files)
        defer { site.cleanUp() }
        let options = BuildOptions(includeDrafts: false, includeFuture: true, now: Self.now)
        var session = SiteSession(root: site.root, in: site.fileSystem, options: options, clock: { Self.now })
        try session.rebuild()
        for edit in Self.edits {
            for (path, text) in edit.files {
                if let text { try site.write(text, to: path) } else { try site.remove(path) }
            }
            try session.rebuild(changed: Set(edit.files.keys))
            let fresh = try Site.load(from: site.root, in: site.fileSystem).build(options)
            let expected = try Dictionary(uniqueKeysWithValues: fresh.files.map { ($0.path, try $0.data()) })
            let served = try session.files.mapValues { try $0.data() }
            XCTAssertEqual(Set(served.keys), Set(expected.keys), "after editing \(edit.name)")
            for (path, data) in expected where served[path] != data {
                XCTFail("after editing \(edit.name), \(path) differs from a fresh build")
            }
        }
    }

    private static func post(
        _ number: Int, title: String? = nil, date: String? = nil, categories: [String]? = nil, tags: [String]? = nil, extra: String = "",
        body: String? = nil
    ) -> String {
        TestSite.post(
            title: title ?? "第\(number)篇", date: date ?? "2020-0\(number)-01", id: number,
            categories: categories ?? [number.isMultiple(of: 2) ? "偶数" : "奇数"], tags: tags ?? (number < 4 ? ["数学"] : ["物理", "数学"]),
            extra: extra, body: body ?? "开头 $x_\(number)$。\n\n<!--more-->\n\n\\begin{equation}a^\(number)\\label{eq:a\(number)}\\end{equation}\n\n由 $\\eqref{eq:a\(number)}$ 得。\n")
    }
}
