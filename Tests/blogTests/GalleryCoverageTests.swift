import Foundation
import XCTest

/// `make gallery` shows a formula of every family of TeXMathML's commands:
/// `blog-bench coverage` fails naming any family the gallery leaves out.
final class GalleryCoverageTests: XCTestCase {
    func testTheGalleryShowsEveryFamily() throws {
        let process = Process()
        process.executableURL = BlogProcess.binary.deletingLastPathComponent().appendingPathComponent("blog-bench")
        process.arguments = ["coverage"]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, message)
    }
}
