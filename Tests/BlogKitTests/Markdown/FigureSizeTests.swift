@testable import BlogKit
import Foundation
import XCTest

/// A figure's image carries its width and height, read from the file, so
/// the page does not jump when it loads.
final class FigureSizeTests: XCTestCase {
    func testSizesAreReadFromEachFormatsHeader() throws {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + Data("IHDR".utf8)
        png += Data([0, 0, 0x01, 0x2C, 0, 0, 0, 0xC8]) + Data(count: 8)
        XCTAssertEqual(ImageSize(of: png), ImageSize(of: svg(300, 200)))
        let gif = Data("GIF89a".utf8) + Data([0x2C, 0x01, 0xC8, 0x00]) + Data(count: 8)
        XCTAssertEqual(ImageSize(of: gif).map { [$0.width, $0.height] }, [300, 200])
        // JPEG: SOI, an APP0 segment to skip, then SOF0 with height 200, width 300.
        var jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00])
        jpeg += Data([0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0xC8, 0x01, 0x2C, 0x03]) + Data(count: 12)
        XCTAssertEqual(ImageSize(of: jpeg).map { [$0.width, $0.height] }, [300, 200])
        let viewBox = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 480\"><rect/></svg>".utf8)
        XCTAssertEqual(ImageSize(of: viewBox).map { [$0.width, $0.height] }, [640, 480])
        XCTAssertNil(ImageSize(of: Data("not an image".utf8)))
        XCTAssertNil(ImageSize(of: Data([0xFF, 0xD8, 0xFF])), "a cut-off file is no size, not a crash")
    }

    func testAFiguresLocalImageGetsItsSizeAndARemoteOneNone() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(
                title: "图", date: "2020-01-01", id: 1, body: "![本地](a.svg \"图1：本地\")\n\n![远程](https://example.org/b.png \"图2：远程\")\n\n![根路径](/images/c.svg \"图3\")\n"),
            "Content/posts/2020/a.svg": String(decoding: svg(300, 200), as: UTF8.self),
            "Content/images/c.svg": String(decoding: svg(40, 30), as: UTF8.self),
        ])
        defer { site.cleanUp() }
        try site.build()
        let page = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertTrue(page.contains("<figure><img src=\"/posts/2020/a.svg\" alt=\"本地\" width=\"300\" height=\"200\" /><figcaption>图1：本地</figcaption></figure>"), page)
        XCTAssertTrue(page.contains("<img src=\"https://example.org/b.png\" alt=\"远程\" /><figcaption>"))
        XCTAssertTrue(page.contains("<img src=\"/images/c.svg\" alt=\"根路径\" width=\"40\" height=\"30\" />"))
    }

    private func svg(_ width: Int, _ height: Int) -> Data {
        Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\"/>".utf8)
    }
}
