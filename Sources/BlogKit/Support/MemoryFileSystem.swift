import Foundation

/// Files held in memory, by absolute path; a folder is there when a file
/// is under it. There are no links, so nothing can lead outside the site.
/// A reference, as a disk is: what is written after a site was loaded is
/// what its next read finds (`SiteSession` in tests).
///
/// ```swift
/// let files = MemoryFileSystem(["/blog/blog.yml": Data("title: 博客\n".utf8)])
/// let site = try Site.load(from: URL(fileURLWithPath: "/blog"), in: files)
/// ```
public final class MemoryFileSystem: SiteFileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: Data]
    /// The number of the write that last changed each file, its stamp with its size.
    private var versions: [String: Int] = [:]
    private var writes = 0

    public init(_ files: [String: Data] = [:]) {
        self.files = files
    }

    /// Puts `data` at `path`, replacing the file there.
    public func write(_ data: Data, to path: String) {
        lock.withLock {
            files[path] = data
            writes += 1
            versions[path] = writes
        }
    }

    /// Removes the file at `path`, or everything under it if it is a folder.
    public func remove(_ path: String) {
        lock.withLock {
            for key in files.keys where key == path || key.hasPrefix(path + "/") {
                files[key] = nil
                versions[key] = nil
            }
        }
    }

    public func fileExists(atPath path: String) -> Bool {
        lock.withLock { files[path] != nil } || folderExists(atPath: path)
    }

    public func folderExists(atPath path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return lock.withLock { files.keys.contains { $0.hasPrefix(prefix) } }
    }

    public func walk(_ folder: String, visit: (_ path: String, _ name: String, _ isFolder: Bool) -> Bool) {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let paths = lock.withLock { files.keys.filter { $0.hasPrefix(prefix) } }.map { $0.dropFirst(prefix.count).split(separator: "/") }
        Self.walk(paths, relative: "", visit: visit)
    }

    public func contents(ofFile path: String, shownAs shown: String) throws -> Data {
        if let data = lock.withLock({ files[path] }) { return data }
        throw folderExists(atPath: path) ? RegularFile.notAFile(shown) : RegularFile.cannotOpen(shown, reason: String(cString: strerror(ENOENT)))
    }

    public func stamp(ofFile path: String) -> String? {
        lock.withLock { files[path].map { "\($0.count) \(versions[path] ?? 0)" } }
    }

    /// Visits the entries of one folder, given as the component lists of
    /// the files under it, in name order, and enters the folders asked for.
    private static func walk(_ paths: [[Substring]], relative: String, visit: (String, String, Bool) -> Bool) {
        let byName = Dictionary(grouping: paths.filter { !$0.isEmpty }, by: { String($0[0]) })
        for (name, entries) in byName.sorted(by: { $0.key < $1.key }) {
            let path = relative.isEmpty ? name : relative + "/" + name
            let inside = entries.map { Array($0.dropFirst()) }.filter { !$0.isEmpty }
            if inside.isEmpty {
                _ = visit(path, name, false)
            } else if visit(path, name, true) {
                walk(inside, relative: path, visit: visit)
            }
        }
    }
}
