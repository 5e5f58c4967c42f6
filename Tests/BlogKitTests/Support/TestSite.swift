import BlogKit
import Foundation
import XCTest

/// A small blog from an inline map of files, built with the real loader and
/// read back as a map of output files. It lives in memory: its files in a
/// `MemoryFileSystem`, built into a `MemoryOutput`, the same build as into a
/// folder but for the folder. Tests of what a build does to real folders
/// (writing, refusing, links, the cache) ask for `.disk`: a temporary
/// folder, built into its `public/`.
struct TestSite {
    enum Storage {
        case memory
        case disk
    }

    let root: URL
    /// The output folder of a site on disk.
    var output: URL { root.appendingPathComponent("public") }
    /// The files and the output of a site in memory; nil on disk.
    private let memory: (files: MemoryFileSystem, output: MemoryOutput)?
    /// Where `root` is.
    var fileSystem: any SiteFileSystem { memory?.files ?? DiskFileSystem() }

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

    init(_ files: [String: String], config: String? = TestSite.config, in storage: Storage = .memory) throws {
        switch storage {
        case .memory:
            root = URL(fileURLWithPath: "/test-site")
            memory = (MemoryFileSystem(), MemoryOutput())
        case .disk:
            root = FileManager.default.temporaryDirectory.appendingPathComponent("blog-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            memory = nil
        }
        var all = files
        if let config, all["blog.yml"] == nil {
            all["blog.yml"] = config
        }
        for (path, text) in all {
            try write(text, to: path)
        }
    }

    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    func write(_ data: Data, to path: String) throws {
        let url = root.appendingPathComponent(path)
        if let memory {
            memory.files.write(data, to: url.path)
            return
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        let url = root.appendingPathComponent(path)
        if let memory {
            memory.files.remove(url.path)
            return
        }
        try FileManager.default.removeItem(at: url)
    }

    /// Loads and builds the site into its output.
    @discardableResult
    func build(_ options: BuildOptions = BuildOptions(now: TestSite.now)) throws -> BuildSummary {
        let site = try Site.load(from: root, in: fileSystem)
        if let memory {
            return try site.build(into: memory.output, options: options)
        }
        return try site.build(to: output, options: options)
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
        if let memory {
            return memory.output.files[path].flatMap { String(data: $0, encoding: .utf8) }
        }
        return try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every output file with its bytes, by path, but for the build's record
    /// of the files it wrote (`.blog-manifest`).
    func outputFiles() throws -> [String: Data] {
        if let memory {
            return memory.output.files
        }
        var files: [String: Data] = [:]
        let base = output.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in walker where !url.hasDirectoryPath {
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        files[".blog-manifest"] = nil
        return files
    }

    /// Removes the temporary folder of a site on disk.
    func cleanUp() {
        guard memory == nil else { return }
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
