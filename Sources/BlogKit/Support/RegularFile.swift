import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads the sources of a site: regular files only, never through a link
/// at the last step, even one swapped in after the folder was walked
/// (`blog serve` reads a saved file again by its path; a build copies
/// static files long after loading), as a link could lead outside the site.
enum RegularFile {
    /// The bytes of the regular file at `path`; errors say why not, for `shown`.
    static func read(_ path: String, shownAs shown: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw cannotOpen(shown, reason: errno == ELOOP ? "it is a symbolic link, which blog does not follow" : String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw notAFile(shown) }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw BuildError(path: shown, message: "cannot read the file: \(error.localizedDescription)", hint: "check that the disk is readable")
        }
    }

    /// The error for a file that cannot be opened, for `reason` (shared
    /// with `MemoryFileSystem`, so a build in memory fails as one on disk).
    static func cannotOpen(_ shown: String, reason: String) -> BuildError {
        BuildError(path: shown, message: "cannot read the file: \(reason)", hint: "make it a file of its own in the site, readable by you")
    }

    /// The error for a folder or a device where a file was expected.
    static func notAFile(_ shown: String) -> BuildError {
        BuildError(path: shown, message: "cannot read the file: it is not a regular file", hint: "make it a file of its own in the site")
    }
}
