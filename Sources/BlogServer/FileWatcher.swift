import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Notices created, edited, deleted and renamed files under a site's
/// `Content/`, `Templates/` and `blog.yml` by comparing snapshots of their
/// modification times, sizes and inodes (an editor's atomic save by rename
/// gives a new inode). A snapshot costs a few milliseconds for thousands of
/// files; inotify says when to take one, and where it is missing the
/// watcher polls.
struct FileWatcher {
    struct Stamp: Equatable, Sendable {
        var modified: Int
        var size: Int
        var inode: UInt
    }

    let root: URL
    private(set) var snapshot: [String: Stamp] = [:]
    /// The folders the last snapshot walked, relative to the root.
    private var folders: Set<String> = []
    private let events = DirectoryEvents()

    init(root: URL) {
        self.root = root
        (snapshot, folders) = scan()
        events?.watch(absolute(folders))
    }

    /// Calls `onChange` with the paths (relative to the root) that changed,
    /// once a burst of saves has gone quiet, until the current thread is
    /// cancelled. Blocks: run it on a thread of its own.
    mutating func run(onChange: (Set<String>) -> Void) {
        while !Thread.current.isCancelled {
            if let events {
                guard events.wait(milliseconds: 250) else { continue }
                // Editors save in bursts (write, rename, touch): wait for quiet.
                while events.wait(milliseconds: 15) {}
            } else {
                usleep(30_000)
            }
            var changed = changes()
            guard !changed.isEmpty else { continue }
            if events == nil {
                repeat {
                    usleep(15_000)
                    let more = changes()
                    changed.formUnion(more)
                    if more.isEmpty { break }
                } while !Thread.current.isCancelled
            }
            onChange(changed)
        }
    }

    /// Paths (relative to the root) that changed since the last call.
    mutating func changes() -> Set<String> {
        let (current, currentFolders) = scan()
        var changed = Set(current.keys).symmetricDifference(snapshot.keys)
        for (path, stamp) in current where snapshot[path] != nil && snapshot[path] != stamp {
            changed.insert(path)
        }
        snapshot = current
        events?.forget(absolute(folders.subtracting(currentFolders)))
        events?.watch(absolute(currentFolders))
        folders = currentFolders
        return changed
    }

    private func absolute(_ folders: Set<String>) -> [String] {
        folders.map { $0.isEmpty ? root.path : root.appendingPathComponent($0).path }
    }

    private func scan() -> (stamps: [String: Stamp], folders: Set<String>) {
        var stamps: [String: Stamp] = [:]
        // The root itself, for blog.yml and for Content/ or Templates/ appearing.
        var folders: Set<String> = [""]
        if let stamp = Self.stamp(root.appendingPathComponent("blog.yml").path) {
            stamps["blog.yml"] = stamp
        }
        for folder in ["Content", "Templates"] {
            walk(folder, into: &stamps, folders: &folders)
        }
        return (stamps, folders)
    }

    private func walk(_ relative: String, into stamps: inout [String: Stamp], folders: inout Set<String>) {
        guard let directory = opendir(root.appendingPathComponent(relative).path) else { return }
        defer { closedir(directory) }
        folders.insert(relative)
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
            case S_IFDIR: walk(path, into: &stamps, folders: &folders)
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
