import Foundation
import XCTest

@testable import BlogServer

/// The watcher reports saves, including in folders deleted and made again.
final class FileWatcherTests: XCTestCase {
    private final class Seen: @unchecked Sendable {
        private var paths: Set<String> = []
        private let lock = NSLock()
        func add(_ more: Set<String>) { lock.withLock { paths.formUnion(more) } }
        func contains(_ path: String) -> Bool { lock.withLock { paths.contains(path) } }
    }

    func testChangesInAFolderMadeAgainAreSeen() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("blog-watch-\(UUID().uuidString)")
        let images = root.appendingPathComponent("Content/images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let seen = Seen()
        nonisolated(unsafe) var watcher = FileWatcher(root: root)
        let thread = Thread { watcher.run { seen.add($0) } }
        thread.start()
        defer { thread.cancel() }

        try Data("1".utf8).write(to: images.appendingPathComponent("a.svg"))
        try waitFor { seen.contains("Content/images/a.svg") }
        try FileManager.default.removeItem(at: images)
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        try Data("2".utf8).write(to: images.appendingPathComponent("b.svg"))
        try waitFor { seen.contains("Content/images/b.svg") }
        // A save inside the folder made again: its watch was added anew.
        try Data("22".utf8).write(to: images.appendingPathComponent("c.svg"))
        try waitFor { seen.contains("Content/images/c.svg") }
    }

    private func waitFor(_ condition: () -> Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        for _ in 0..<60 {
            if condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("not seen within 3 s", file: file, line: line)
    }
}
