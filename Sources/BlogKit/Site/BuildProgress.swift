import Foundation

/// How far a build is, for a progress line on a terminal: the posts
/// rendered, then the files written, each out of its total.
public struct BuildProgress: Sendable, Hashable {
    public enum Stage: Sendable, Hashable {
        case rendering
        case writing
    }

    public var stage: Stage
    public var done: Int
    public var total: Int
}

/// Counts work done on many threads and reports it about every percent, so
/// the report costs nothing next to the work.
final class ProgressCounter: @unchecked Sendable {
    private let stage: BuildProgress.Stage
    private let total: Int
    private let report: @Sendable (BuildProgress) -> Void
    private let lock = NSLock()
    private var done = 0
    private var reported = -1

    init(_ stage: BuildProgress.Stage, total: Int, report: @escaping @Sendable (BuildProgress) -> Void) {
        self.stage = stage
        self.total = total
        self.report = report
    }

    func step() {
        let now: Int? = lock.withLock {
            done += 1
            let percent = done * 100 / max(total, 1)
            guard percent != reported || done == total else { return nil }
            reported = percent
            return done
        }
        if let now { report(BuildProgress(stage: stage, done: now, total: total)) }
    }
}
