@testable import BlogKit
import Foundation
import XCTest

/// The memos `blog build` keeps on disk read back as they were written, and
/// bytes that are not what was written fail to read instead of reading as
/// something else.
final class BinaryCoderTests: XCTestCase {
    private struct Sample: Codable, Equatable {
        enum Kind: Codable, Equatable {
            case none
            case one(String)
            case pair(Int, label: String?)
        }

        var text: String
        var empty: String
        var number: Int
        var small: Int8
        var unsigned: UInt16
        var real: Double
        var flag: Bool
        var missing: String?
        var present: Int?
        var sizes: [String: String?]
        var bytes: [UInt8]
        var codes: [UInt64]
        var list: [[String?]]
        var table: [String: [Int]]
        var kinds: [Kind]
        var url: URLPath
    }

    private let sample = Sample(
        text: "变分自编码器 $x^2$ \u{0}", empty: "", number: -1 << 40, small: -7, unsigned: 65_535, real: -0.125, flag: true, missing: nil,
        present: 0, sizes: ["a.svg": nil, "b.png": "3 1 4"], bytes: [0, 255, 7], codes: [.max, 0, 42], list: [[], ["a", nil, ""]], table: ["b": [1, 2], "a": [], "": [3]],
        kinds: [.none, .one("一"), .pair(2, label: nil), .pair(-3, label: "x")], url: URLPath("/archives/1/"))

    func testEveryKindOfValueReadsBackAsWritten() throws {
        let bytes = try BinaryEncoder().encode(sample)
        XCTAssertEqual(try BinaryDecoder().decode(Sample.self, from: bytes), sample)
    }

    func testEqualValuesGiveEqualBytesWhateverTheDictionaryOrder() throws {
        var other = sample
        other.table = [:]
        for key in ["", "a", "b"] { other.table[key] = sample.table[key] }
        XCTAssertEqual(try BinaryEncoder().encode(other), try BinaryEncoder().encode(sample))
        other.table["a"] = [0]
        XCTAssertNotEqual(try BinaryEncoder().encode(other), try BinaryEncoder().encode(sample))
    }

    func testARenderedPostReadsBackWithItsPageAndSearchTerms() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(
                title: "能量模型", date: "2020-01-01", id: 1, categories: ["信息时代"], tags: ["概率"],
                body: "开头$E(x)$。\n\n<!--more-->\n\n## 推导\n\n\\begin{equation}p(x)=\\frac{e^{-E(x)}}{Z}\\label{eq:p}\\end{equation}\n由$\\eqref{eq:p}$得到。\n"),
        ])
        let loaded = try Site.load(from: site.root, in: site.fileSystem)
        let outcome = try BuildPipeline(site: loaded, options: BuildOptions(now: TestSite.now)).run(storing: true)
        let render = try XCTUnwrap(outcome.stored?.rendered["Content/posts/2020/1.md"])
        let post = render.post
        let back = try BinaryDecoder().decode(RenderedPost.self, from: try BinaryEncoder().encode(post))
        XCTAssertEqual(back.post.title, "能量模型")
        XCTAssertEqual(try BinaryEncoder().encode(back.post), try BinaryEncoder().encode(post.post))
        XCTAssertEqual(back.path, post.path)
        XCTAssertEqual(back.excerptText, post.excerptText)
        XCTAssertEqual(back.measuredImages, post.measuredImages)
        XCTAssertEqual(back.html, post.html)
        XCTAssertTrue(back.html.contains("<math"), "the formulas, typeset")
        XCTAssertEqual(back.excerpt, post.excerpt)
        XCTAssertEqual(back.headings, post.headings)
        XCTAssertEqual(back.searchEntry, post.searchEntry)
        XCTAssertNotNil(back.searchEntry)
        XCTAssertEqual(back.searchQueries, post.searchQueries)
        XCTAssertEqual(back.reading, post.reading)
    }

    func testOptionalsReadBackAndAnOptionalInsideOneIsRefused() throws {
        let bytes: [UInt8?] = [1, nil, 2]
        XCTAssertEqual(try BinaryDecoder().decode([UInt8?].self, from: try BinaryEncoder().encode(bytes)), bytes)
        let words: [UInt64?] = [nil, 7]
        XCTAssertEqual(try BinaryDecoder().decode([UInt64?].self, from: try BinaryEncoder().encode(words)), words)
        let table: [String: [String: Int]]? = ["a": ["b": 1]]
        XCTAssertEqual(try BinaryDecoder().decode([String: [String: Int]]?.self, from: try BinaryEncoder().encode(table)), table)
        // `.some(nil)` would read back as `.some("")`, and digest the same.
        XCTAssertThrowsError(try BinaryEncoder().encode([String??.some(nil)]))
        XCTAssertThrowsError(try BinaryEncoder().encode([String??.some("x")]))
    }

    func testBytesCutShortOrChangedDoNotRead() throws {
        let bytes = try BinaryEncoder().encode(sample)
        for length in [0, 3, 4, bytes.count / 2, bytes.count - 1] {
            XCTAssertThrowsError(try BinaryDecoder().decode(Sample.self, from: Array(bytes.prefix(length))), "cut to \(length)")
        }
        // The first value's length made longer than what follows it.
        var longer = bytes
        longer[0] = 0xFF
        longer[1] = 0xFF
        XCTAssertThrowsError(try BinaryDecoder().decode(Sample.self, from: longer))
        XCTAssertThrowsError(try BinaryDecoder().decode(Sample.self, from: [UInt8](repeating: 0xFF, count: 64)))
        XCTAssertThrowsError(try BinaryDecoder().decode([String: Int].self, from: try BinaryEncoder().encode(["a": "not a number"])))
    }
}
