import BlogKit
import Foundation
import XCTest

/// The static search index, read the way the search page's script reads it:
/// a query's terms, the shard file each lives in, the entries listed there.
final class SearchIndexTests: XCTestCase {
    private static let posts = [
        "Content/posts/2024/vae.md": TestSite.post(
            title: "变分自编码器(一):原来是这么一回事", date: "2024-03-01 10:00:00", id: 1, body: "## 模型\n\n编码器和解码器一起训练。\n"),
        "Content/posts/2024/heading.md": TestSite.post(
            title: "再谈表示学习", date: "2024-02-01 10:00:00", id: 2, body: "## 自编码器的结构\n\n压缩数据。\n"),
        "Content/posts/2024/text.md": TestSite.post(
            title: "从重构说起", date: "2024-01-15 10:00:00", id: 3,
            body: "顺便一提，自编码器只是一种做法；GlobalPointer 也是。步长 $\\alpha = 0.1$。\n\n$$\\frac{a}{b}$$\n"),
        "Content/posts/2024/draft.md": TestSite.post(title: "草稿", date: "2024-01-03 10:00:00", id: 4, extra: "draft: true", body: "秘密草稿。\n"),
        "Content/posts/2024/later.md": TestSite.post(title: "将来", date: "2099-01-01 10:00:00", id: 5, body: "秘密将来。\n"),
        "Content/posts/2024/hidden.md": TestSite.post(title: "不搜", date: "2024-01-04 10:00:00", id: 6, extra: "search: false", body: "秘密不搜。\n"),
    ]

    func testAChineseWordIsFoundInsideALongerOneAndRankedTitleHeadingText() throws {
        let site = try TestSite(Self.posts)
        try site.build()
        let index = try SearchIndexReader(site)
        let found = try index.search("自编码器")
        XCTAssertEqual(found.map(\.url), ["/archives/1/", "/archives/2/", "/archives/3/"], "all three hold 自编码器, none is split into words")
        XCTAssertEqual(found.map(\.weight), [.title, .heading, .text])
        XCTAssertEqual(try index.search("码").map(\.url).sorted(), ["/archives/1/", "/archives/2/", "/archives/3/"], "one character is found alone")
        XCTAssertEqual(try index.search("编码器 结构").map(\.url), ["/archives/2/"], "every term must match")
    }

    func testLatinWordsAreCaseFoldedAndFormulasAreSearchedByTheirTeX() throws {
        let site = try TestSite(Self.posts)
        try site.build()
        let index = try SearchIndexReader(site)
        XCTAssertEqual(try index.search("GLOBALPOINTER").map(\.url), ["/archives/3/"])
        XCTAssertEqual(try index.search("globalpointer").map(\.url), ["/archives/3/"])
        XCTAssertEqual(try index.search("ａｌｐｈａ").map(\.url), ["/archives/3/"], "full-width letters are ASCII letters")
        XCTAssertEqual(try index.search("frac").map(\.url), ["/archives/3/"], "display math's TeX too")
        XCTAssertEqual(try index.search("alpha 0").map(\.url), ["/archives/3/"], "numbers are words")
    }

    func testDraftsPostsDatedLaterAndPostsThatOptOutAreNeverIndexed() throws {
        let site = try TestSite(Self.posts)
        try site.build()
        let index = try SearchIndexReader(site)
        XCTAssertEqual(index.docs.map(\.url), ["/archives/1/", "/archives/2/", "/archives/3/"])
        XCTAssertEqual(try index.search("秘密"), [])
        XCTAssertEqual(index.docs.first?.date, "2024-03-01")
    }

    func testTheSearchPageTheHeaderBoxAndTheSwitchThatTurnsThemOff() throws {
        let site = try TestSite(Self.posts)
        try site.build()
        let page = try XCTUnwrap(site.page("search/index.html"))
        XCTAssertTrue(page.contains("data-index=\"/search-index/\""))
        XCTAssertTrue(page.contains("data-shards=\"\(try SearchIndexReader(site).shards)\""), "the page tells the script the shard count meta.json has")
        XCTAssertTrue(page.contains("assets/search.js"))
        XCTAssertTrue(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        let home = try XCTUnwrap(site.page("index.html"))
        XCTAssertTrue(home.contains("<form class=\"site-search\" action=\"/search/\" role=\"search\">"))
        XCTAssertFalse(try XCTUnwrap(site.page("sitemap.xml")).contains("/search/"), "search pages are not for crawlers")

        let off = try TestSite(Self.posts, config: TestSite.config + "search: false\n")
        try off.build()
        let files = try off.outputFiles()
        XCTAssertNil(files["search/index.html"])
        XCTAssertFalse(files.keys.contains { $0.hasPrefix("search-index/") })
        XCTAssertFalse(try XCTUnwrap(off.page("index.html")).contains("site-search"))
        XCTAssertFalse(try XCTUnwrap(off.page("404.html")).contains("<script>"))
    }

    func testAQueryAPostLinksToHasItsOwnSearchPage() throws {
        var posts = Self.posts
        posts["Content/posts/2024/series.md"] = TestSite.post(
            title: "系列", date: "2024-01-02 10:00:00", id: 7,
            body: "[本系列](/search/变分自编码器/)，[全文](https://example.org/search/KL%20散度/)，[不是](/search/a/b/)。\n")
        let site = try TestSite(posts)
        try site.build()
        let files = try site.outputFiles()
        XCTAssertEqual(files.keys.filter { $0.hasPrefix("search/") }.sorted(), ["search/KL 散度/index.html", "search/index.html", "search/变分自编码器/index.html"])
        XCTAssertTrue(try XCTUnwrap(site.page("search/变分自编码器/index.html")).contains("value=\"变分自编码器\""))
        XCTAssertTrue(try XCTUnwrap(site.page("404.html")).contains("location.replace(search + \"?q=\""), "other search links reach the page from the 404 page")
    }

    func testLongWordsWordsOfOtherScriptsAndAPostOfManyTermsAreAllFound() throws {
        // Long words are numbered by each post in the order it uses them,
        // so the two posts number "attention" differently.
        let numbers = (0..<3_000).map { "第\($0)号" }.joined(separator: "，")
        let site = try TestSite([
            "Content/posts/2024/a.md": TestSite.post(
                title: "注意力", date: "2024-03-01 10:00:00", id: 1, body: "Transformer 的 attention，λ 与 Größe。\n\n\(numbers)\n"),
            "Content/posts/2024/b.md": TestSite.post(title: "再谈", date: "2024-02-01 10:00:00", id: 2, body: "只有 Attention 和 mathcal。\n"),
        ])
        try site.build()
        let index = try SearchIndexReader(site)
        XCTAssertEqual(try index.search("ATTENTION").map(\.url), ["/archives/1/", "/archives/2/"])
        XCTAssertEqual(try index.search("transformer").map(\.url), ["/archives/1/"])
        XCTAssertEqual(try index.search("mathcal").map(\.url), ["/archives/2/"], "seven letters, the longest word packed whole")
        XCTAssertEqual(try index.search("größe").map(\.url), ["/archives/1/"], "letters past ASCII, case-folded")
        XCTAssertEqual(try index.search("λ").map(\.url), ["/archives/1/"])
        XCTAssertEqual(try index.search("2999").map(\.url), ["/archives/1/"], "thousands of terms in one post")
        XCTAssertEqual(try index.search("第2999号").map(\.url), ["/archives/1/"])
        XCTAssertEqual(try index.search("号第").map(\.url), [], "a pair across a comma is no pair")
    }

    func testTheIndexIsTheSameBytesEveryBuild() throws {
        var first: [String: Data] = [:]
        for _ in 0..<2 {
            let site = try TestSite(Self.posts)
            try site.build()
            let index = try site.outputFiles().filter { $0.key.hasPrefix("search-index/") }
            XCTAssertGreaterThanOrEqual(index.count, 2, "meta.json and a shard at least")
            if first.isEmpty { first = index } else { XCTAssertEqual(index, first) }
        }
    }

    func testAThemeWithoutASearchTemplateBuildsWithAWarningAndNoSearch() throws {
        var files = Self.posts.merging(TestSite.defaultTheme) { $1 }
        files["Templates/search.mustache"] = nil
        let site = try TestSite(files)
        let summary = try site.build()
        XCTAssertTrue(summary.warnings.contains { $0.message.contains("no template 'search'") }, "\(summary.warnings)")
        XCTAssertNil(try site.outputFiles()["search-index/meta.json"])
    }

    func testSearchInBlogYmlMustBeTrueOrFalse() throws {
        let site = try TestSite(Self.posts, config: TestSite.config + "search: sometimes\n")
        let errors = site.buildErrors()
        XCTAssertEqual(errors.map(\.path), ["blog.yml"])
        XCTAssertEqual(errors.first?.line, 7)
        XCTAssertTrue(errors.first?.message.contains("'search' must be true or false") ?? false, "\(errors)")
    }
}

/// The index as `assets/search.js` reads it, written again here from the
/// format's description (`SearchIndex`), so a change to either shows.
private struct SearchIndexReader {
    struct Doc: Equatable {
        var url: String
        var date: String?
    }

    enum Weight: Equatable {
        case title, heading, text
    }

    struct Found: Equatable {
        var url: String
        var weight: Weight
    }

    let site: TestSite
    let shards: Int
    let docs: [Doc]

    init(_ site: TestSite) throws {
        self.site = site
        let meta = try XCTUnwrap(site.page("search-index/meta.json"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(meta.utf8)) as? [String: Any])
        shards = try XCTUnwrap(json["shards"] as? Int)
        docs = try XCTUnwrap(json["docs"] as? [[Any]]).map { Doc(url: $0[0] as! String, date: $0[2] as? String) }
    }

    /// Entries holding every term of `query`, best first, with where the first term stands.
    func search(_ query: String) throws -> [Found] {
        var lists: [[Int: Int]] = []
        for term in Self.terms(query) {
            lists.append(try postings(term))
        }
        guard let first = lists.first else { return [] }
        let matching = first.keys.filter { doc in lists.allSatisfy { $0[doc] != nil } }
        return matching.sorted { (first[$0]!, -$0) > (first[$1]!, -$1) }.map { doc in
            let weight = first[doc]!
            return Found(url: docs[doc].url, weight: weight & 8 != 0 ? .title : weight & 4 != 0 ? .heading : .text)
        }
    }

    private func postings(_ term: String) throws -> [Int: Int] {
        var hash: UInt32 = 0x811C_9DC5
        for scalar in term.unicodeScalars { hash = (hash ^ scalar.value) &* 0x0100_0193 }
        let file = try XCTUnwrap(site.page("search-index/terms/\(hash % UInt32(shards)).json"))
        let shard = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(file.utf8)) as? [String: [Int]])
        let list = shard[term] ?? []
        var byDoc: [Int: Int] = [:]
        var doc = 0
        for pair in stride(from: 0, to: list.count, by: 2) {
            doc += list[pair]
            byDoc[doc] = list[pair + 1]
        }
        return byDoc
    }

    /// Words lower-cased (full-width letters first made ASCII); Chinese as
    /// its pairs, one character alone as itself.
    private static func terms(_ query: String) -> [String] {
        var terms: [String] = []
        var run: [Character] = []
        func flush() {
            if run.count == 1 { terms.append(String(run)) }
            for index in run.indices.dropFirst() { terms.append(String(run[index - 1]) + String(run[index])) }
            run = []
        }
        var word = ""
        for original in query.unicodeScalars {
            let value = (0xFF01...0xFF5E).contains(original.value) ? original.value - 0xFEE0 : original.value
            let character = Character(Unicode.Scalar(value)!)
            if (0x4E00...0x9FFF).contains(value) {
                if !word.isEmpty { terms.append(word.lowercased()) }
                word = ""
                run.append(character)
            } else if character.isLetter || character.isNumber {
                flush()
                word.append(character)
            } else {
                flush()
                if !word.isEmpty { terms.append(word.lowercased()) }
                word = ""
            }
        }
        flush()
        if !word.isEmpty { terms.append(word.lowercased()) }
        return terms
    }
}
