import BlogKit
import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the text of chosen elements while parsing XML.
private final class ElementCollector: NSObject, XMLParserDelegate {
    let names: Set<String>
    var values: [String: [String]] = [:]
    private var current: String?
    private var buffer = ""

    init(_ names: Set<String>) {
        self.names = names
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if names.contains(name) {
            current = name
            buffer = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if current != nil { buffer += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == current {
            values[name, default: []].append(buffer)
            current = nil
        }
    }

    static func collect(_ names: Set<String>, from text: String, file: StaticString = #filePath, line: UInt = #line) -> [String: [String]] {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = ElementCollector(names)
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))", file: file, line: line)
        return collector.values
    }
}

final class FeedAndSitemapTests: XCTestCase {
    private func makeSite(posts: Int) throws -> TestSite {
        var files: [String: String] = [:]
        for index in 1...posts {
            files["Content/posts/2020/\(index).md"] = TestSite.post(
                title: "\"第\(index)篇 <R&D>\"", date: String(format: "2020-02-%02d 12:00:00", index),
                id: index, tags: ["标签\(index % 3)"],
                body: "正文\(index)，含有 <em>强调</em> 与 & 符号。\n\n<!--more-->\n\n![图](/images/a.svg)\n")
        }
        return try TestSite(files)
    }

    func testFeedIsAtomWithTheNewestTwentyPostsAndFullContent() throws {
        let site = try makeSite(posts: 25)
        defer { site.cleanUp() }
        let built = try site.build()
        let feed = try XCTUnwrap(site.page("feed.xml"))
        let values = ElementCollector.collect(["title", "id", "content"], from: feed)
        let titles = try XCTUnwrap(values["title"])
        XCTAssertEqual(titles.count, 21, "the feed's title and 20 entries")
        XCTAssertEqual(titles.first, "测试博客")
        XCTAssertEqual(titles[1], "第25篇 <R&D>", "titles are escaped and come back intact")
        // The 20 entries are the 20 newest posts, newest first.
        let ids = try XCTUnwrap(values["id"]).dropFirst()
        XCTAssertEqual(Array(ids), (6...25).reversed().map { "https://example.org/archives/\($0)/" })
        XCTAssertEqual(built.postCount, 25)
        let contents = try XCTUnwrap(values["content"])
        XCTAssertEqual(contents.count, 20)
        XCTAssertTrue(contents[0].contains("<em>强调</em>"), "full HTML content, unescaped by the parser")
        XCTAssertTrue(contents[0].contains("<img src=\"/images/a.svg\""))
        XCTAssertTrue(feed.contains("xml:base=\"https://example.org/\""), "relative links resolve against the site")
    }

    /// A feed reader shows an entry away from its page, often after
    /// stripping what it does not know: links to a footnote, heading or
    /// equation lead to the post, and the text reads once without MathML.
    func testFeedEntriesLinkToThePostAndReadWithoutMathML() throws {
        let body = """
            ## 定义

            设$k$为常数[^1]，

            \\begin{equation}E = mc^2\\label{eq:e}\\end{equation}

            由式\\eqref{eq:e}可知。

            [^1]: 注释。

            """
        let site = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "链接", date: "2020-01-01", id: 1, body: body)])
        defer { site.cleanUp() }
        try site.build()
        let content = try XCTUnwrap(ElementCollector.collect(["content"], from: try XCTUnwrap(site.page("feed.xml")))["content"]?.first)
        XCTAssertFalse(content.contains("href=\"#"), content)
        XCTAssertTrue(content.contains("href=\"https://example.org/archives/1/#eqn-eq:e\">(1)</a>"), content)
        XCTAssertTrue(content.contains("href=\"https://example.org/archives/1/#fn-1\""), content)
        XCTAssertFalse(content.contains(" id=\""), "entries share one document: no ids")
        XCTAssertTrue(content.contains("<math alttext=\"k\" display=\"inline\">"), content)
        XCTAssertTrue(content.contains("<math alttext=\"\\begin{equation}E = mc^2\\label{eq:e}\\end{equation}\" display=\"block\""), content)
        // What a reader that strips every tag shows.
        let text = content.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        XCTAssertTrue(text.contains("设k为常数"), text)
        XCTAssertTrue(text.contains("定义") && !text.contains("#"), "no stray # after a heading: \(text)")
        XCTAssertFalse(text.contains("mc^2"), "the TeX is not shown beside the glyphs")
        XCTAssertFalse(content.contains("<mphantom"), "the number's balancing copy stays on the page: \(content)")
        XCTAssertTrue(content.contains("<mtext>(1)</mtext>"), "the number itself is there")
    }

    func testSitemapListsEveryPage() throws {
        let site = try makeSite(posts: 7)
        defer { site.cleanUp() }
        try site.build()
        let sitemap = try XCTUnwrap(site.page("sitemap.xml"))
        let locations = Set(try XCTUnwrap(ElementCollector.collect(["loc"], from: sitemap)["loc"]))
        // The search page is for readers, not crawlers (it says noindex).
        let pages = try site.outputFiles().keys.filter { $0.hasSuffix(".html") && $0 != "404.html" && !$0.hasPrefix("search/") }
        XCTAssertGreaterThan(pages.count, 7 + 3)
        for page in pages {
            let url = "https://example.org/" + page.replacingOccurrences(of: "index.html", with: "")
            let encoded = url.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed)!
            XCTAssertTrue(locations.contains(encoded), "missing \(encoded)")
        }
        XCTAssertEqual(locations.count, pages.count)
    }

    func testTwoBuildsAreByteIdentical() throws {
        let site = try makeSite(posts: 12)
        defer { site.cleanUp() }
        try site.build()
        let first = try site.outputFiles()
        try site.build()
        let second = try site.outputFiles()
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        for (path, data) in first {
            XCTAssertEqual(data, second[path], path)
        }
    }

    func testThemeAssetsAndContentFilesAreCopied() throws {
        let site = try TestSite(["Content/images/a.svg": "<svg/>", "Content/posts/2020/1.md": TestSite.post(title: "甲", date: "2020-01-01", id: 1, body: "甲。\n")])
        defer { site.cleanUp() }
        try site.build()
        XCTAssertEqual(site.page("images/a.svg"), "<svg/>")
        XCTAssertTrue(try XCTUnwrap(site.page("assets/style.css")).contains("Noto Sans CJK SC"), "the default theme's stylesheet")
        XCTAssertTrue(try XCTUnwrap(site.page("404.html")).contains("页面不存在"))
    }
}
