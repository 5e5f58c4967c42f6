import Synchronization

/// The files a build wrote into a folder as it made them, from many
/// threads, with their stamps: what to keep when stale files are removed
/// afterwards, and what the build cache records.
final class OutputPaths: Sendable {
    private let state = Mutex<(stamps: [String: FileStamp?], written: Int)>(([:], 0))

    func insert(_ path: String, stamp: FileStamp?, written: Bool) {
        state.withLock {
            $0.stamps[path] = stamp
            if written { $0.written += 1 }
        }
    }

    var all: Set<String> { state.withLock { Set($0.stamps.keys) } }
    /// Nil if some file's stamp could not be read.
    var stamps: [String: FileStamp]? {
        state.withLock { stamps in
            var result: [String: FileStamp] = [:]
            for (path, stamp) in stamps.stamps {
                guard let stamp else { return nil }
                result[path] = stamp
            }
            return result
        }
    }
    var written: Int { state.withLock { $0.written } }
}
