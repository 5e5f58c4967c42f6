import BlogKit
import XCTest

final class URLTests: XCTestCase {
    func testTermNamesBecomeLowercaseHyphenatedSegmentsWithoutURLCharacters() throws {
        let site = try TestSite([
            "Content/posts/2020/7.md": TestSite.post(
                title: "标签", date: "2020-01-29 09:00", id: 7, tags: ["\"Machine  Learning\"", "\"C/C++\"", "\".NET.\"", "\"深度 学习\"", "\"?#%\""],
                body: "正文。\n")
        ])
        defer { site.cleanUp() }
        try site.build()
        for folder in ["machine-learning", "cc++", "net", "深度-学习", "-"] {
            XCTAssertNotNil(site.page("tag/\(folder)/index.html"), folder)
        }
    }

    func testPermalinkValuesAreFilledInOnceEvenWhenTheyLookLikePlaceholders() throws {
        let site = try TestSite(
            [
                "Content/posts/2020/a.md": TestSite.post(title: "占位", date: "2020-01-29 09:00", extra: "slug: \"{year}\"", body: "正文。\n")
            ], config: TestSite.config + "permalinks:\n  post: /{year}/{slug}/{unknown}/\n")
        defer { site.cleanUp() }
        try site.build()
        XCTAssertNotNil(site.page("2020/{year}/{unknown}/index.html"))
    }
}
