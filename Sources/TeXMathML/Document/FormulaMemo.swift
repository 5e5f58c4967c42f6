#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// The MathML of formulas whose output depends on nothing but their TeX and
/// the converter's macros: no equation numbers, labels, references or macro
/// definitions. Blogs repeat their small formulas (`$x$`, `$\theta$`) from
/// post to post — about two in five formulas of the example blog — and each
/// is converted once. Shared by the documents of a site, across threads;
/// give it only to documents made with the same macros.
public final class FormulaMemo: @unchecked Sendable {
    private struct Key: Hashable {
        var tex: String
        var display: Bool
    }

    private var table: [Key: String] = [:]
    /// A pthread mutex rather than Synchronization's Mutex, whose futex
    /// ThreadSanitizer cannot see: a TSan run of a build stays clean.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    /// At most this many formulas are kept (tens of megabytes at most): a
    /// long blog's every formula would otherwise stay in memory for the
    /// whole build. The first ones seen are kept; output does not depend on
    /// which.
    static let capacity = 20_000

    public init() {
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func mathML(_ tex: String, display: Bool) -> String? {
        locked { table[Key(tex: tex, display: display)] }
    }

    func store(_ mathML: String, tex: String, display: Bool) {
        locked {
            if table.count < Self.capacity { table[Key(tex: tex, display: display)] = mathML }
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// Whether `tex` may define macros, whose effect on later formulas a
    /// memoized result would lose: a command starting `\def`, `\let`,
    /// `\newcommand`, `\renewcommand`, `\providecommand` or
    /// `\DeclareMathOperator` (cautious: `\default` counts). On bytes, as
    /// this runs for every formula.
    static func mayDefineMacros(_ tex: String) -> Bool {
        let bytes = tex.utf8
        var index = bytes.startIndex
        while let backslash = bytes[index...].firstIndex(of: UInt8(ascii: "\\")) {
            let name = bytes[bytes.index(after: backslash)...]
            if definingCommands.contains(where: { name.starts(with: $0.utf8) }) { return true }
            index = bytes.index(after: backslash)
        }
        return false
    }

    static let definingCommands = ["def", "let", "newcommand", "renewcommand", "providecommand", "DeclareMathOperator"]
}
