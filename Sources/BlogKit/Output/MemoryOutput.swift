import Foundation

/// An output folder in memory, for tests: it keeps the last build's files,
/// by path, and a build replaces them only once it has succeeded, counting
/// the files whose bytes changed and those gone, as a folder's build does.
/// Names a folder could not hold are refused as there.
package final class MemoryOutput: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var committed: [String: Data] = [:]
    private var pending: [String: Data] = [:]

    package init() {}

    /// The files of the last build that succeeded.
    package var files: [String: Data] {
        lock.withLock { committed }
    }

    func begin(paths: [String]) throws {
        var errors = ErrorCollector()
        paths.compactMap(FileName.error(withPath:)).forEach { errors.record($0) }
        try errors.throwIfAny()
        lock.withLock { pending = [:] }
    }

    func write(_ file: OutputFile) throws {
        let data = try file.data()
        lock.withLock { pending[file.path] = data }
    }

    /// Files in memory have no stamps: every file is written.
    func keep(_ path: String, stamp: FileStamp) -> Bool {
        false
    }

    func commit() -> OutputCommit {
        lock.withLock {
            let written = pending.count { committed[$0.key] != $0.value }
            let removed = committed.keys.count { pending[$0] == nil }
            committed = pending
            pending = [:]
            return OutputCommit(written: written, removed: removed)
        }
    }

    func abort() {
        lock.withLock { pending = [:] }
    }
}
