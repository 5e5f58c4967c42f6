import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The site's folder as it was when `blog serve` started, held open, so that
/// the static files it serves are read inside it whatever changes on disk
/// later: every path is walked from the held folder one name at a time with
/// `openat` and `O_NOFOLLOW`, so a file or folder swapped for a symbolic link
/// (or the site folder itself renamed or replaced) cannot lead a read
/// outside; only a regular file is read.
final class SiteFolder: Sendable {
    let url: URL
    private let descriptor: Int32

    /// Opens `url` (following a link there once: the user named it).
    init(_ url: URL) throws {
        self.url = url.standardizedFileURL
        descriptor = open(self.url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
    }

    deinit {
        close(descriptor)
    }

    /// The bytes of the regular file at `fileURL`, which must lie under
    /// `url`; nil when it does not, or when a name on the way is a link,
    /// missing, or not a regular file or folder.
    func contents(of fileURL: URL) -> Data? {
        let prefix = url.path.hasSuffix("/") ? url.path : url.path + "/"
        let path = fileURL.standardizedFileURL.path
        guard path.hasPrefix(prefix) else { return nil }
        let names = path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        guard !names.isEmpty, !names.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        var folder = descriptor
        defer { if folder != descriptor { close(folder) } }
        for name in names.dropLast() {
            let next = openat(folder, String(name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else { return nil }
            if folder != descriptor { close(folder) }
            folder = next
        }
        // O_NONBLOCK: a FIFO put there must not hang the read.
        let file = openat(folder, String(names.last!), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Self.readAll(file, size: Int(info.st_size))
    }

    /// Whether the folder at `url` is still the one held open (not moved,
    /// deleted, or replaced by another folder or a link to one).
    var isStillInPlace: Bool {
        var held = stat()
        var current = stat()
        return fstat(descriptor, &held) == 0 && stat(url.path, &current) == 0 && held.st_dev == current.st_dev && held.st_ino == current.st_ino
    }
}

private extension SiteFolder {
    static func readAll(_ file: Int32, size: Int) -> Data? {
        var data = Data(capacity: size)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(file, &buffer, buffer.count)
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            data.append(contentsOf: buffer[0..<count])
        }
    }
}
