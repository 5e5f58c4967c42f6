import Foundation

/// Writes a built site to its output folder atomically: everything goes to a
/// staging folder beside the output, which replaces the output only once every
/// file is written. A failed build or write leaves the previous site as it was.
public struct OutputWriter: Sendable {
    public let output: URL
    /// The site root, to refuse an output folder that would overwrite sources.
    public let siteRoot: URL

    public init(output: URL, siteRoot: URL) {
        self.output = output.standardizedFileURL
        self.siteRoot = siteRoot.standardizedFileURL
    }

    /// Checks that writing to `output` cannot harm the site's sources.
    public func validate() throws {
        let outputPath = output.resolvingSymlinksInPath().path
        let rootPath = siteRoot.resolvingSymlinksInPath().path
        let hint = "choose a folder of its own, such as public/ (the default)"
        if outputPath == rootPath || rootPath.hasPrefix(outputPath + "/") || outputPath == "/" {
            throw BuildError(path: output.path, message: "the output folder contains the site's sources", hint: hint)
        }
        let fileManager = FileManager.default
        for marker in ["Content", "blog.yml", "Templates"]
        where fileManager.fileExists(atPath: output.appendingPathComponent(marker).path) {
            throw BuildError(path: output.path, message: "the output folder holds \(marker), it looks like a site", hint: hint)
        }
        for source in ["Content", "Templates"] where outputPath.hasPrefix(rootPath + "/\(source)/") || outputPath == rootPath + "/\(source)" {
            throw BuildError(path: output.path, message: "the output folder is inside \(source)/", hint: hint)
        }
    }

    public func write(_ files: [OutputFile]) throws {
        try validate()
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        let previous = parent.appendingPathComponent(".\(name).previous-\(pid)")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).sorted()
            for folder in folders where !folder.isEmpty {
                try fileManager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let failures = files.concurrentMap { file -> Error? in
                do {
                    try write(file, into: staging)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.compactMap({ $0 }).first {
                throw failure
            }
            try? fileManager.removeItem(at: previous)
            if fileManager.fileExists(atPath: output.path) {
                try fileManager.moveItem(at: output, to: previous)
            }
            do {
                try fileManager.moveItem(at: staging, to: output)
            } catch {
                try? fileManager.moveItem(at: previous, to: output)
                throw error
            }
            try? fileManager.removeItem(at: previous)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    private func write(_ file: OutputFile, into folder: URL) throws {
        let destination = folder.appendingPathComponent(file.path)
        switch file.contents {
        case .data(let data), .embedded(let data):
            try data.write(to: destination)
        case .copy(let source):
            try FileManager.default.copyItem(at: source, to: destination)
        }
    }
}
