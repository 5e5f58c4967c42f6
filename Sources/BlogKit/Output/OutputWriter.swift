import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Brings an output folder up to date with a build.
///
/// A file is written only when its bytes differ from what the folder holds,
/// so a deploy by rsync (or anything comparing times and sizes) moves only
/// real changes. A changed file is written beside its place and renamed over
/// it, so no reader ever sees half a file. Files the build no longer makes
/// are removed, except hidden ones (a deploy's `.git`, say). Nothing is
/// written before the build has succeeded: a failed build leaves the folder
/// as it was.
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

    /// Writes every file that changed and removes the files no longer built.
    @discardableResult
    public func write(_ files: [OutputFile]) throws -> (written: Int, removed: Int) {
        try validate()
        let results = files.concurrentMap { file in Result { try update(file) } }
        let written = try results.reduce(0) { $0 + (try $1.get().written ? 1 : 0) }
        let removed = try removeFiles(except: Set(files.map(\.path)))
        return (written, removed)
    }

    /// Writes `file` if the folder does not hold these exact bytes at its
    /// path. Safe to call from many threads at once for different files.
    /// - Returns: whether it was written, and the file's stamp now.
    func update(_ file: OutputFile) throws -> (written: Bool, stamp: FileStamp?) {
        let destination = output.path + "/" + file.path
        let data = try file.data()
        if let stamp = stamp(ifHolding: data, at: destination) { return (false, stamp) }
        let folder = (destination as NSString).deletingLastPathComponent
        // Short, whatever the file's name: a long name plus a suffix could pass the system's limit.
        let temporary = folder + "/" + Self.temporaryMarker + UUID().uuidString
        makeFolder(folder)
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw BuildError(path: file.path, message: "cannot write \(destination): \(error.localizedDescription)", hint: "check the output folder's permissions and free space")
        }
        // Renaming keeps the inode and time: the stamp is the temporary file's.
        let stamp = FileStamp(path: temporary)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder), isFolder.boolValue {
            // A folder of the last build where a file goes now: stale, as a
            // folder and a file cannot share a path in one build.
            try? FileManager.default.removeItem(atPath: destination)
        }
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw BuildError(path: file.path, message: "cannot write \(destination): \(reason)", hint: "check the output folder's permissions")
        }
        return (true, stamp)
    }

    /// Removes files under the output folder whose paths are not in `kept`,
    /// then the folders left empty; hidden files and folders stay, except
    /// temporary files an interrupted build left.
    /// - Returns: how many files were removed.
    public func removeFiles(except kept: Set<String>) throws -> Int {
        var removed = 0
        var folders: [String] = []
        try FolderWalker.walk(output.path) { path, name, kind in
            if name.hasPrefix(".") {
                if kind == .file && name.contains(Self.temporaryMarker) { unlink(output.path + "/" + path) }
                return false
            }
            switch kind {
            case .folder:
                folders.append(path)
                return true
            case .file where !kept.contains(path), .link where !kept.contains(path):
                guard unlink(output.path + "/" + path) == 0 else {
                    throw BuildError(path: path, message: "cannot remove the stale file \(output.path)/\(path): \(String(cString: strerror(errno)))", hint: "check the output folder's permissions")
                }
                removed += 1
            default:
                break
            }
            return false
        }
        // Deepest first, so a folder emptied of folders goes too; rmdir
        // refuses folders that still hold something.
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            rmdir(output.path + "/" + folder)
        }
        return removed
    }
}

extension OutputWriter {
    private static let temporaryMarker = ".blog-tmp-"

    /// Makes `folder` (inside the output) if missing. A file of the last
    /// build where a folder goes now (a page that became a folder of pages)
    /// is stale and removed first. Another thread may make the same folder at
    /// the same moment; a failure shows in the write that follows.
    private func makeFolder(_ folder: String) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue { return }
        var path = output.path
        for component in folder.dropFirst(output.path.count).split(separator: "/") {
            path += "/" + component
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                unlink(path)
            }
        }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// The stamp of the file at `path` if it holds exactly `data` (sizes
    /// first, then bytes), else nil.
    private func stamp(ifHolding data: Data, at path: String) -> FileStamp? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == data.count else { return nil }
        guard !data.isEmpty else { return FileStamp(info) }
        var existing = [UInt8](repeating: 0, count: data.count)
        var offset = 0
        while offset < existing.count {
            let count = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            guard count > 0 else { return nil }
            offset += count
        }
        let same = data.withUnsafeBytes { new in existing.withUnsafeBytes { memcmp(new.baseAddress!, $0.baseAddress!, data.count) == 0 } }
        return same ? FileStamp(info) : nil
    }
}
