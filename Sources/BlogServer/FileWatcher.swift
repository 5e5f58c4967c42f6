import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Notices created, edited, deleted and renamed files under a site's
/// `Content/`, `Templates/` and `blog.yml` by comparing snapshots of their
/// modification times, sizes and inodes (an editor's atomic save by rename
/// gives a new inode). Polling needs no platform API and costs a few
/// milliseconds for thousands of files.
struct FileWatcher: Sendable {
    struct Stamp: Equatable, Sendable {
        var modified: Int
        var size: Int
        var inode: UInt
    }

    let root: URL
    private(set) var snapshot: [String: Stamp] = [:]

    init(root: URL) {
        self.root = root
        snapshot = scan()
    }

    /// Paths (relative to the root) that changed since the last call.
    mutating func changes() -> Set<String> {
        let current = scan()
        var changed = Set(current.keys).symmetricDifference(snapshot.keys)
        for (path, stamp) in current where snapshot[path] != nil && snapshot[path] != stamp {
            changed.insert(path)
        }
        snapshot = current
        return changed
    }

    private func scan() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        if let stamp = Self.stamp(root.appendingPathComponent("blog.yml").path) {
            stamps["blog.yml"] = stamp
        }
        for folder in ["Content", "Templates"] {
            walk(folder, into: &stamps)
        }
        return stamps
    }

    private func walk(_ relative: String, into stamps: inout [String: Stamp]) {
        guard let directory = opendir(root.appendingPathComponent(relative).path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            // Hidden files include editors' swap and backup files.
            guard !name.hasPrefix("."), !name.hasSuffix("~") else { continue }
            let path = relative + "/" + name
            var info = stat()
            guard lstat(root.appendingPathComponent(path).path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(path, into: &stamps)
            case S_IFREG: stamps[path] = Self.stamp(info)
            default: break
            }
        }
    }

    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return stamp(info)
    }

    private static func stamp(_ info: stat) -> Stamp {
        Stamp(modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec, size: Int(info.st_size), inode: UInt(info.st_ino))
    }
}
