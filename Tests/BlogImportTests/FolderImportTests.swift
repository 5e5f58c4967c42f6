import BlogImport
import BlogKit
import Foundation
import XCTest

final class FolderImportTests: XCTestCase {
    private var source: URL!

    override func setUpWithError() throws {
        source = FileManager.default.temporaryDirectory.appendingPathComponent("source-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: source)
    }

    private func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = source.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func testAHexoSiteBuildsAsASite() throws {
        try write([
            "source/_posts/hello-math.md": """
                ---
                title: "数学: 入门"
                date: 2020/1/29 10:21:00
                updated: 2020-02-01 09:00:00
                categories: 数学研究
                tags: [矩阵, 积分]
                mathjax: true
                layout: post
                ---
                {% raw %}$$\\sum_{i=1}^n {a_i}$$ 与 $x_{1}${% endraw %}

                <!--more-->

                \\begin{equation}e^{i\\pi}+1=0\\label{euler}\\end{equation}
                由\\eqref{euler}。

                {% asset_img fig.png 图一 %}
                ![另一张](fig.png)

                {% note info %}提示{% endnote %}

                """,
            "source/_posts/hello-math/fig.png": "PNG",
            "source/_posts/second.md": "---\ntitle: Second\ndate: 2021-05-01\npermalink: /2021/05/second-post.html\ntags: 单个\npublished: false\n---\n二。\n",
            "source/_drafts/wip.md": "---\ntitle: WIP\ndate: 2021-06-01 12:00\n---\n写着。\n",
            "source/_posts/nodate.md": "---\ntitle: 无日期\n---\n没有日期。\n",
            "source/_posts/broken.md": "---\ntitle: [不对\n---\n坏。\n",
        ])
        let plan = try FolderImporter(.hexo).plan(source)
        let site = try ImportTestSite()
        defer { site.cleanUp() }
        let summary = try site.write(plan)

        XCTAssertEqual(summary.posts, 3)
        XCTAssertEqual(Set(summary.drafts), ["Content/posts/2021/second-post.md (published: false)", "Content/posts/2021/wip.md (in a drafts folder)"])
        XCTAssertTrue(summary.skipped.contains { $0.hasPrefix("source/_posts/nodate.md:1:1: error: no date") }, "\(summary.skipped)")
        XCTAssertTrue(summary.skipped.contains { $0.hasPrefix("source/_posts/broken.md:3:") && $0.contains("cannot read the front matter") }, "\(summary.skipped)")
        let warnings = summary.warnings.map(\.description).joined(separator: "\n")
        for expected in ["hello-math.md:20:1: warning: Hexo tag left as written: {% note info %}", "mathjax/katex dropped", "kept as params", "layout", "its URL was /2021/05/second-post.html"] {
            XCTAssertTrue(warnings.contains(expected), "\(expected) in \(warnings)")
        }

        let text = try XCTUnwrap(site.text("Content/posts/2020/hello-math.md"))
        XCTAssertTrue(text.hasPrefix("---\ntitle: '数学: 入门'\ndate: 2020-01-29 10:21:00\nupdated: 2020-02-01 09:00:00\ncategories:\n- 数学研究\n"), text)
        XCTAssertTrue(text.contains("layout: post\n---\n"), "an unknown key is kept as a param")
        XCTAssertFalse(text.contains("raw %}") || text.contains("mathjax"), text)
        XCTAssertTrue(text.contains("![图一](/posts/2020/hello-math/fig.png)") && text.contains("![另一张](/posts/2020/hello-math/fig.png)"), text)
        XCTAssertEqual(site.text("Content/posts/2020/hello-math/fig.png"), "PNG", "the asset folder is copied beside the post")
        XCTAssertTrue(site.text("Content/posts/2021/second-post.md")?.contains("tags:\n- 单个\n") == true)

        let (files, _) = try site.build()
        let post = try XCTUnwrap(files["archives/hello-math/index.html"], "\(files.keys.sorted())")
        let body = String(post[try XCTUnwrap(post.range(of: "<div class=\"post-content\">")).upperBound...])
        XCTAssertTrue(body.contains("<math") && !body.contains("$$") && !body.contains("{% raw"), body)
        XCTAssertTrue(post.contains("class=\"eqref\""), "\\eqref resolved")
        XCTAssertEqual(files["posts/2020/hello-math/fig.png"], "PNG", "the image is published where the post links it")
        XCTAssertTrue(files["category/mathematics/index.html"]?.contains("数学: 入门") == true, "blog.yml's category slug applies")
        XCTAssertNotNil(files["tag/矩阵/index.html"])
        XCTAssertNil(files["archives/second-post/index.html"], "published: false is a draft")
        XCTAssertNil(files["archives/wip/index.html"])
    }

    func testJekyllNamesDatesAndLiquid() throws {
        try write([
            "_posts/2019-03-04-jekyll-post.md": """
                ---
                title: Jekyll
                categories: 物理 化学
                tags:
                  - 量子
                last_modified_at: 2019-03-05T10:00:00+08:00
                ---
                {% highlight python %}
                print(1)
                {% endhighlight %}
                {{ site.baseurl }}

                """,
            "_posts/2010-01-01-old.html": "---\ntitle: Old\n---\n<p>old</p>\n",
        ])
        let plan = try FolderImporter(.jekyll).plan(source)
        XCTAssertEqual(plan.files.map(\.path), ["Content/posts/2019/jekyll-post.md"])
        guard case .text(let text) = plan.files[0].contents else { return XCTFail() }
        XCTAssertTrue(text.hasPrefix("---\ntitle: Jekyll\ndate: 2019-03-04 00:00:00\nupdated: 2019-03-05 10:00:00 +08:00\ncategories:\n- 物理\n- 化学\ntags:\n- 量子\n---\n"), text)
        XCTAssertTrue(text.contains("```python\nprint(1)\n```\n"), text)
        XCTAssertEqual(plan.summary.skipped, ["_posts/2010-01-01-old.html: not Markdown; convert it to Markdown, or copy it by hand"])
        XCTAssertTrue(plan.summary.warnings.contains { $0.line == 11 && $0.message.contains("{{ site.baseurl }}") }, "\(plan.summary.warnings)")
    }

    func testHugoTOMLFrontMatterAndBundles() throws {
        try write([
            "content/posts/_index.md": "+++\ntitle = \"Posts\"\n+++\n",
            "content/posts/bundle/index.md": """
                +++
                title = "Hugo: \\u6807题"  # a comment
                date = 2019-03-26T08:47:11+01:00
                draft = true
                summary = '摘要 with \\n as is'
                tags = [
                  "a",  # first
                  "b",
                ]
                aliases = ["/old/url/"]

                [params]
                weight = 3
                +++
                正文 $x$ {{< figure src="image.jpg" >}}
                ![图](image.jpg)

                """,
            "content/posts/bundle/image.jpg": "JPG",
            "content/posts/plain.md": "---\ntitle: Plain\ndate: 2020-01-01T00:00:00Z\nlastmod: 2020-01-02\nslug: my plain\n---\n文。\n",
        ])
        let plan = try FolderImporter(.hugo).plan(source)
        XCTAssertEqual(plan.files.map(\.path), ["Content/posts/2019/bundle.md", "Content/posts/2019/bundle/image.jpg", "Content/posts/2020/my-plain.md"])
        guard case .text(let bundle) = plan.files[0].contents, case .text(let plain) = plan.files[2].contents else { return XCTFail() }
        XCTAssertTrue(bundle.hasPrefix("---\ntitle: 'Hugo: 标题'\ndate: 2019-03-26 08:47:11 +01:00\ntags:\n- a\n- b\ndraft: true\nexcerpt: 摘要 with \\n as is\naliases:\n- /old/url/\nparams:\n  weight: 3\n---\n"), bundle)
        XCTAssertTrue(bundle.contains("![图](/posts/2019/bundle/image.jpg)"), bundle)
        XCTAssertTrue(plain.contains("date: 2020-01-01 00:00:00 +00:00\nupdated: 2020-01-02 00:00:00\n"), plain)
        let warnings = plan.summary.warnings.map(\.description).joined(separator: "\n")
        XCTAssertTrue(warnings.contains("Hugo tag left as written: 正文 $x$ {{< figure"), warnings)
        XCTAssertTrue(warnings.contains("slug 'my plain' written as 'my-plain'"), warnings)

        let site = try ImportTestSite()
        defer { site.cleanUp() }
        _ = try site.write(plan)
        let posts = try site.posts()
        XCTAssertEqual(posts.map(\.title).sorted(), ["Hugo: 标题", "Plain"])
        XCTAssertEqual(posts.first { $0.title == "Plain" }?.date, ISO8601DateFormatter().date(from: "2020-01-01T00:00:00Z"))
    }

    func testAFolderWithoutPostsSaysWhatItExpected() {
        XCTAssertThrowsError(try FolderImporter(.hexo).plan(source)) { error in
            XCTAssertTrue("\(error)".contains("no source/_posts/ here") && "\(error)".contains("_config.yml"), "\(error)")
        }
    }
}
