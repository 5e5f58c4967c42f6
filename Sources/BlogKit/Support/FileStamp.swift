import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What tells a file's versions apart without reading it, as rsync and make
/// do: size, modification time in nanoseconds and inode (an editor's save by
/// rename gives a new inode even within the same nanosecond tick).
package struct FileStamp: Hashable, Sendable, Codable {
    package var size: Int
    package var modified: Int
    package var inode: UInt

    /// The stamp of the file or link at `path` (links are not followed), or
    /// nil if there is none.
    package init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    package init(_ info: stat) {
        size = Int(info.st_size)
        modified = info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec
        inode = UInt(info.st_ino)
    }

    /// `size modified inode`, for records and keys.
    var text: String { "\(size) \(modified) \(inode)" }

    init?(text: Substring) {
        let parts = text.split(separator: " ")
        guard parts.count == 3, let size = Int(parts[0]), let modified = Int(parts[1]), let inode = UInt(parts[2]) else { return nil }
        self.size = size
        self.modified = modified
        self.inode = inode
    }
}
