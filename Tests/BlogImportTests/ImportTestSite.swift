import BlogImport
@testable import BlogKit
import Foundation
import XCTest

/// A site folder in the temporary folder to import into, then built in
/// memory with BlogKit, as `blog build` would build it.
struct ImportTestSite {
    let root: URL

    static let config = """
        title: 导入测试
        base_url: https://example.org/
        timezone: Asia/Shanghai
        category_slugs:
          数学研究: mathematics

        """

    init(config: String = ImportTestSite.config) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("blog-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
        try Data(config.utf8).write(to: root.appendingPathComponent("blog.yml"))
    }

    func write(_ plan: ImportPlan, dryRun: Bool = false) throws -> ImportSummary {
        try ImportWriter(root: root, dryRun: dryRun).write(plan)
    }

    func text(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every output file of a build, by path, and the build's warnings.
    func build() throws -> (files: [String: String], warnings: [BuildError]) {
        let site = try Site.load(from: root)
        let output = MemoryOutput()
        let summary = try site.build(into: output, options: BuildOptions(now: Date(timeIntervalSince1970: 1_800_000_000)))
        return (output.files.mapValues { String(decoding: $0, as: UTF8.self) }, summary.warnings)
    }

    func posts() throws -> [Post] {
        try Site.load(from: root).posts()
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}
