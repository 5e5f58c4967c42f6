import BlogKit
import Foundation
import XCTest

/// A long build says how far it is: posts rendered, then files written,
/// each counted up to its total.
final class BuildProgressTests: XCTestCase {
    func testProgressCountsEveryPostAndFileUpToItsTotal() throws {
        var files: [String: String] = [:]
        for id in 1...250 {
            files["Content/posts/\(id).md"] = TestSite.post(title: "第\(id)篇", date: "2020-01-01", id: id, body: "正文 $x_\(id)$。\n")
        }
        let site = try TestSite(files)
        defer { site.cleanUp() }
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var reports: [BuildProgress] = []
        }
        let seen = Seen()
        var options = BuildOptions(now: TestSite.now)
        options.progress = { progress in seen.lock.withLock { seen.reports.append(progress) } }
        let summary = try site.build(options)
        let rendering = seen.reports.filter { $0.stage == .rendering }
        let writing = seen.reports.filter { $0.stage == .writing }
        XCTAssertEqual(rendering.map(\.total).max(), 250)
        XCTAssertEqual(rendering.map(\.done).max(), 250, "the last post is reported")
        XCTAssertEqual(writing.map(\.done).max(), summary.fileCount)
        XCTAssertLessThanOrEqual(rendering.count, 101, "about one report a percent, not one a post")
        let firstWrite = try XCTUnwrap(seen.reports.firstIndex { $0.stage == .writing })
        let lastRender = try XCTUnwrap(seen.reports.lastIndex { $0.stage == .rendering })
        XCTAssertGreaterThan(firstWrite, lastRender, "rendering, then writing")
    }
}
