import Synchronization

/// The paths of the files a build wrote into a folder as it made them, from
/// many threads: what to keep when stale files are removed afterwards.
final class OutputPaths: Sendable {
    private let state = Mutex<(all: Set<String>, written: Int)>(([], 0))

    func insert(_ path: String) {
        state.withLock { _ = $0.all.insert(path) }
    }

    func countWritten() {
        state.withLock { $0.written += 1 }
    }

    var all: Set<String> { state.withLock { $0.all } }
    var written: Int { state.withLock { $0.written } }
}
