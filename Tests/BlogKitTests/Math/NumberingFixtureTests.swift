import BlogKit
import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every case of `numbering.json`, through a whole site build in MathML mode.
final class NumberingFixtureTests: XCTestCase {
    private struct Case: Decodable {
        var name: String
        var markdown: String
        var tags: [[String?]]
        var refs: [String]
        var errors: [String]
    }

    /// The tag cell of each top-level row of each display formula; where
    /// some rows have a tag cell, only those count (the lines of `multline`
    /// before the last are one equation with it).
    private final class TagCollector: NSObject, XMLParserDelegate {
        var formulas: [[String?]] = []
        private var tableDepth = 0
        private var inTag = false
        private var tagText = ""
        private var sawTable = false
        /// Whether each top-level row of the formula being read has a tag cell.
        private var rowsWithTagCells: [Bool] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "math" where attributes["display"] == "block":
                formulas.append([])
                sawTable = false
                rowsWithTagCells = []
            case "mtable":
                tableDepth += 1
            case "mtr" where tableDepth == 1 && !formulas.isEmpty:
                formulas[formulas.count - 1].append(nil)
                rowsWithTagCells.append(false)
                sawTable = true
            case "mtd" where attributes["class"] == "eqno":
                inTag = true
                if !rowsWithTagCells.isEmpty { rowsWithTagCells[rowsWithTagCells.count - 1] = true }
                tagText = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTag { tagText += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "mtable": tableDepth -= 1
            case "mtd" where inTag:
                inTag = false
                if !tagText.isEmpty { formulas[formulas.count - 1][formulas[formulas.count - 1].count - 1] = tagText }
            case "math" where !formulas.isEmpty && !sawTable && formulas[formulas.count - 1].isEmpty:
                formulas[formulas.count - 1].append(nil)
            case "math" where rowsWithTagCells.contains(true):
                formulas[formulas.count - 1] = zip(formulas[formulas.count - 1], rowsWithTagCells).filter(\.1).map(\.0)
                rowsWithTagCells = []
            default: break
            }
        }
    }

    func testEveryCase() throws {
        let cases = try JSONDecoder().decode([Case].self, from: Fixtures.data("numbering.json"))
        XCTAssertGreaterThan(cases.count, 15)
        for fixture in cases {
            let site = try TestSite([
                "Content/posts/2020/1.md": TestSite.post(title: "编号", date: "2020-01-01", id: 1, body: fixture.markdown)
            ])
            defer { site.cleanUp() }
            if !fixture.errors.isEmpty {
                let errors = site.buildErrors()
                for part in fixture.errors {
                    XCTAssertTrue(errors.contains { $0.description.contains(part) && $0.line != nil && $0.column != nil }, "\(fixture.name): \(errors)")
                }
                continue
            }
            try site.build()
            let page = try XCTUnwrap(site.page("archives/1/index.html"))
            let content = try XCTUnwrap(page.between("<div class=\"post-content\">", "<section class=\"citation\""))
            let collector = TagCollector()
            let parser = XMLParser(data: Data("<div>\(content.replacingOccurrences(of: "&nbsp;", with: " "))</div>".utf8))
            parser.delegate = collector
            XCTAssertTrue(parser.parse(), "\(fixture.name): not XML: \(content)")
            XCTAssertEqual(collector.formulas, fixture.tags, fixture.name)
            let refs = Self.references(in: content)
            XCTAssertEqual(refs, fixture.refs, fixture.name)
            XCTAssertFalse(page.contains("MathJax-script"), "\(fixture.name): no formula needs MathJax")
            if fixture.name == "eqref-before-more-marker" {
                let home = try XCTUnwrap(site.page("index.html"))
                XCTAssertTrue(home.contains("href=\"/archives/1/#eqn-eq:late\">(1)</a>"), home)
            }
        }
    }

    /// The text of every link to an equation, in order.
    static func references(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<a class=\"eqref\" href=\"#eqn-[^\"]*\">([^<]*)</a>")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }
}
