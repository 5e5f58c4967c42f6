import BlogKit
import XCTest

/// Posts sharing `series:` read as one series: a page lists them first to
/// last, and each of their pages lists the others with itself marked.
final class SeriesTests: XCTestCase {
    private func post(_ id: Int, date: String, series: String? = nil, order: Int? = nil) -> String {
        var extra: [String] = []
        if let series { extra.append("series: \(series)") }
        if let order { extra.append("series_order: \(order)") }
        return TestSite.post(title: "第\(id)篇", date: date, id: id, extra: extra.joined(separator: "\n"), body: "正文\(id)。\n")
    }

    func testASeriesHasAPageAndEachPostListsItInReadingOrder() throws {
        let site = try TestSite([
            "Content/posts/1.md": post(1, date: "2020-01-01", series: "变分自编码器"),
            "Content/posts/2.md": post(2, date: "2020-03-01", series: "变分自编码器"),
            // Written later but placed second by its order.
            "Content/posts/3.md": post(3, date: "2020-05-01", series: "变分自编码器", order: 2),
            "Content/posts/4.md": post(4, date: "2020-02-01"),
        ])
        defer { site.cleanUp() }
        try site.build()
        let page = try XCTUnwrap(site.page("archives/3/index.html"))
        let aside = try XCTUnwrap(page.between("<aside class=\"series\">", "</aside>"))
        XCTAssertTrue(aside.contains("<strong aria-current=\"page\">第3篇</strong>"))
        let order = ["第3篇", "第1篇", "第2篇"].map { aside.range(of: $0)?.lowerBound }
        XCTAssertFalse(order.contains(nil))
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), "series_order first, then oldest first")
        XCTAssertTrue(aside.contains("<p class=\"series-label\">本系列第 1 篇，共 3 篇</p>"), aside)
        XCTAssertTrue(try XCTUnwrap(site.page("archives/2/index.html")).contains("<p class=\"series-label\">本系列第 3 篇，共 3 篇</p>"))
        XCTAssertFalse(try XCTUnwrap(site.page("archives/4/index.html")).contains("class=\"series\""), "a post of no series shows none")

        let listing = try XCTUnwrap(site.page("series/变分自编码器/index.html"))
        XCTAssertTrue(listing.contains("<h1 class=\"listing-title\">系列：变分自编码器</h1>"))
        let rows = ["/archives/3/", "/archives/1/", "/archives/2/"].map { listing.range(of: "href=\"\($0)\"")?.lowerBound }
        XCTAssertFalse(rows.contains(nil))
        XCTAssertEqual(rows.compactMap { $0 }, rows.compactMap { $0 }.sorted(), "the series page reads first to last")
        XCTAssertTrue(try XCTUnwrap(site.page("sitemap.xml")).contains("/series/%E5%8F%98%E5%88%86%E8%87%AA%E7%BC%96%E7%A0%81%E5%99%A8/"))
    }

    func testASeriesThatIsNotOneNameIsALocatedError() throws {
        let site = try TestSite([
            "Content/posts/1.md": TestSite.post(title: "甲", date: "2020-01-01", id: 1, extra: "series: [a, b]", body: "甲。\n"),
            "Content/posts/2.md": TestSite.post(title: "乙", date: "2020-01-02", id: 2, extra: "series: 乙\nseries_order: 第二", body: "乙。\n"),
        ])
        defer { site.cleanUp() }
        let errors = site.buildErrors()
        XCTAssertEqual(errors.map(\.path), ["Content/posts/1.md", "Content/posts/2.md"])
        XCTAssertEqual(errors.map(\.line), [5, 6])
        XCTAssertTrue(errors[0].message.contains("series must be non-empty text"), errors[0].message)
        XCTAssertTrue(errors[1].message.contains("series_order must be a whole number"), errors[1].message)
    }
}
