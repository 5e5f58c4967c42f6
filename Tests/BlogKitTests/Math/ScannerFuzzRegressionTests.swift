import BlogKit
import Foundation
import XCTest

/// Replays every input that ever crashed or hung the post fuzz target
/// (`make fuzz`), kept in `Tests/FuzzRegressions/scanner/`, through the
/// same path — math scanner, cmark-gfm, formulas — so `make test` catches a
/// regression without the fuzzer.
final class ScannerFuzzRegressionTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("FuzzRegressions/scanner")

    func testEveryKeptInputRenders() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let markdown = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(name)), as: UTF8.self)
            let site = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "fuzz", date: "2020-01-01", id: 1, body: markdown)])
            defer { site.cleanUp() }
            do {
                try site.build()
            } catch let failure as BuildFailure {
                // Unknown labels and the like are answers, not crashes.
                XCTAssertFalse(failure.errors.isEmpty, name)
            }
        }
    }
}
