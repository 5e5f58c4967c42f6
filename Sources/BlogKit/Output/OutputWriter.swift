import Foundation

/// Brings an output folder up to date with a build.
///
/// A file is written only when its bytes differ from what the folder holds,
/// so a deploy by rsync (or anything comparing times and sizes) moves only
/// real changes; files of the last build that the site no longer has are
/// removed. Only files `blog` wrote itself (recorded in the folder's
/// `.blog-manifest`) are ever replaced or removed, no symbolic link inside
/// the folder is followed, and nothing changes unless the whole build
/// succeeded (see `OutputTransaction`).
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

    /// Writes every file that changed and removes the files of the last
    /// build that are not among `files`.
    @discardableResult
    public func write(_ files: [OutputFile]) throws -> (written: Int, removed: Int) {
        let transaction = try begin()
        do {
            try transaction.begin(paths: files.map(\.path))
            let results = files.concurrentMap { file in Result { try transaction.write(file) } }
            try results.forEach { try $0.get() }
            let outcome = try transaction.commit()
            return (outcome.written, outcome.removed)
        } catch {
            transaction.abort()
            throw error
        }
    }

    /// Validates the folder and takes it for one build.
    func begin() throws -> OutputTransaction {
        try validate()
        return try OutputTransaction(folder: OutputFolder(path: output.path))
    }
}
