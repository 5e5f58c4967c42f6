import Foundation

/// The files a build wrote into a folder as it made them, from many
/// threads, with their stamps: what to keep when stale files are removed
/// afterwards, and what the build cache records.
final class OutputPaths: @unchecked Sendable {
    // NSLock rather than Synchronization's Mutex: ThreadSanitizer sees
    // through pthread locks, not through Mutex's futex.
    private let lock = NSLock()
    private var stamps: [String: FileStamp?] = [:]
    private var writtenCount = 0

    func insert(_ path: String, stamp: FileStamp?, written: Bool) {
        lock.withLock {
            stamps[path] = stamp
            if written { writtenCount += 1 }
        }
    }

    var all: Set<String> { lock.withLock { Set(stamps.keys) } }
    /// Nil if some file's stamp could not be read.
    var recorded: [String: FileStamp]? {
        lock.withLock {
            var result: [String: FileStamp] = [:]
            for (path, stamp) in stamps {
                guard let stamp else { return nil }
                result[path] = stamp
            }
            return result
        }
    }
    var written: Int { lock.withLock { writtenCount } }
}
