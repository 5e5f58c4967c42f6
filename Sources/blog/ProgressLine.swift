import BlogKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One line on standard error that a build rewrites as it goes ("rendering
/// 530/2000 posts"), only when standard error is a terminal: logs and CI
/// get the summary alone.
enum ProgressLine {
    static var report: (@Sendable (BuildProgress) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { progress in
            let what = progress.stage == .rendering ? "rendering \(progress.done)/\(progress.total) posts" : "writing \(progress.done)/\(progress.total) files"
            FileHandle.standardError.write(Data("\r\u{1B}[K\(what)".utf8))
        }
    }

    /// Clears the line before anything else is printed.
    static func clear() {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
