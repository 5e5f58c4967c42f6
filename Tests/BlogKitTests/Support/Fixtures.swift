import Foundation
import XCTest

/// The shared fixtures, read from the copies in `Tests/BlogKitTests/Fixtures`.
/// The copies must stay identical to `../shared/fixtures` (checked when that
/// folder is beside the repository).
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/fixtures")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }
}

final class FixtureCopyTests: XCTestCase {
    func testCopiesMatchTheSharedFixtures() throws {
        for name in ["math-spans.json", "numbering.json"] {
            let original = Fixtures.shared.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: original.path) else {
                throw XCTSkip("\(original.path) is not beside the repository")
            }
            XCTAssertEqual(try Fixtures.data(name), try Data(contentsOf: original), "\(name) drifted: copy ../shared/fixtures/\(name) again")
        }
    }
}
