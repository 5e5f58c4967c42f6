import BlogKit
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
    let root: URL
    private(set) var snapshot: [String: FileStamp] = [:]
    private let events = DirectoryEvents()

    init(root: URL) {
        self.root = root
        let (stamps, folders) = scan()
        snapshot = stamps
        events?.watch(absolute(folders))
    }

    /// Calls `onChange` with the paths (relative to the root) that changed,
    /// once a burst of saves has gone quiet, until the current thread is
    /// cancelled. Blocks: run it on a thread of its own.
    mutating func run(onChange: (Set<String>) -> Void) {
        var quietWaits = 0
        while !Thread.current.isCancelled {
            if let events {
                // A snapshot every second even without events: file systems
                // that send none (network and host-shared folders) and
                // watches the system ran out of still get noticed.
                if events.wait(milliseconds: 250) {
                    // Editors save in bursts (write, rename, touch): wait for quiet.
                    while events.wait(milliseconds: 15) {}
                } else {
                    quietWaits += 1
                    guard quietWaits == 4 else { continue }
                }
                quietWaits = 0
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
        events?.watch(absolute(currentFolders))
        return changed
    }

    private func absolute(_ folders: Set<String>) -> [String] {
        folders.map { $0.isEmpty ? root.path : root.appendingPathComponent($0).path }
    }

    private func scan() -> (stamps: [String: FileStamp], folders: Set<String>) {
        var stamps: [String: FileStamp] = [:]
        // The root itself, for blog.yml and for Content/ or Templates/ appearing.
        var folders: Set<String> = [""]
        if let stamp = FileStamp(path: root.appendingPathComponent("blog.yml").path) {
            stamps["blog.yml"] = stamp
        }
        for folder in ["Content", "Templates"] {
            let base = root.appendingPathComponent(folder).path
            guard FileManager.default.fileExists(atPath: base) else { continue }
            folders.insert(folder)
            FolderWalker.walk(base) { path, name, kind in
                // Hidden files include editors' swap and backup files.
                guard !name.hasPrefix("."), !name.hasSuffix("~") else { return false }
                switch kind {
                case .folder:
                    folders.insert(folder + "/" + path)
                    return true
                case .file:
                    stamps[folder + "/" + path] = FileStamp(path: base + "/" + path)
                default:
                    break
                }
                return false
            }
        }
        return (stamps, folders)
    }
}
