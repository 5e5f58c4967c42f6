import BlogKit
import Foundation
import XCTest

/// A small blog written into a temporary folder from an inline map of files,
/// built with the real loader and writer, read back as a map of output files.
struct TestSite {
    let root: URL
    var output: URL { root.appendingPathComponent("public") }

    /// A fixed "now" so future-post rules do not depend on the clock.
    static let now = ISO8601DateFormatter().date(from: "2024-06-01T00:00:00Z")!

    static let config = """
        title: 测试博客
        author: 苏剑林
        base_url: https://example.org/
        timezone: Asia/Shanghai
        citation_key: test
        page_size: 3

        """

    init(_ files: [String: String], config: String? = TestSite.config) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("blog-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var all = files
        if let config, all["blog.yml"] == nil {
            all["blog.yml"] = config
        }
        for (path, text) in all {
            try write(text, to: path)
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// Loads and builds the site into `public/`.
    @discardableResult
    func build(_ options: BuildOptions = BuildOptions(now: TestSite.now)) throws -> BuildSummary {
        try Site.load(from: root).build(to: output, options: options)
    }

    /// The errors of a build that must fail.
    func buildErrors(file: StaticString = #filePath, line: UInt = #line) -> [BuildError] {
        do {
            try build()
            XCTFail("the build should have failed", file: file, line: line)
            return []
        } catch let failure as BuildFailure {
            return failure.errors
        } catch let error as BuildError {
            return [error]
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
            return []
        }
    }

    /// The text of an output file, e.g. `archives/1/index.html`.
    func page(_ path: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every output file with its bytes, by path, but for the build's record
    /// of the files it wrote (`.blog-manifest`).
    func outputFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = output.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in walker where !url.hasDirectoryPath {
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        files[".blog-manifest"] = nil
        return files
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The default theme's templates, by their path in a site (`Templates/post.mustache`).
    static var defaultTheme: [String: String] {
        var files: [String: String] = [:]
        for (path, data) in DefaultThemeFiles.all where path.hasSuffix(".mustache") {
            files["Templates/" + path] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    /// A post file with front matter.
    static func post(
        title: String, date: String, id: Int? = nil, categories: [String] = [], tags: [String] = [],
        extra: String = "", body: String
    ) -> String {
        var lines = ["---", "title: \(title)", "date: \(date)"]
        if let id { lines.append("id: \(id)") }
        if !categories.isEmpty { lines.append("categories: [\(categories.joined(separator: ", "))]") }
        if !tags.isEmpty { lines.append("tags: [\(tags.joined(separator: ", "))]") }
        if !extra.isEmpty { lines.append(extra) }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + body
    }
}

extension String {
    /// The number of non-overlapping occurrences of `part`.
    func occurrences(of part: String) -> Int {
        components(separatedBy: part).count - 1
    }

    /// The text between the first `start` and the next `end` after it.
    func between(_ start: String, _ end: String) -> String? {
        guard let lower = range(of: start), let upper = self[lower.upperBound...].range(of: end) else { return nil }
        return String(self[lower.upperBound..<upper.lowerBound])
    }
}
