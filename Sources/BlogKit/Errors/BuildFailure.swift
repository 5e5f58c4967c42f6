/// Every error a build found, thrown at once so the writer can fix them all
/// in one pass instead of one per run.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// The errors, sorted by file and position.
    public let errors: [BuildError]
    /// What the build found besides (formulas left to MathJax, say), sorted:
    /// a failed build reports them too, so fixing the errors brings no surprise.
    public let warnings: [BuildError]

    public init(_ errors: [BuildError], warnings: [BuildError] = []) {
        self.errors = errors.sorted()
        self.warnings = warnings.sorted()
    }

    public var description: String {
        (warnings + errors).map(\.description).joined(separator: "\n")
    }
}

/// Collects errors from independent stages so none hides another.
struct ErrorCollector {
    private(set) var errors: [BuildError] = []

    mutating func record(_ error: Error) {
        switch error {
        case let failure as BuildFailure: errors += failure.errors
        case let single as BuildError: errors.append(single)
        default: errors.append(BuildError(path: "", message: "\(error)"))
        }
    }

    /// Runs `body`, keeping its error instead of stopping.
    mutating func attempt<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            record(error)
            return nil
        }
    }

    /// - Parameter warnings: what the failure reports besides.
    func throwIfAny(warnings: [BuildError] = []) throws {
        if !errors.isEmpty {
            throw BuildFailure(errors, warnings: warnings)
        }
    }
}
