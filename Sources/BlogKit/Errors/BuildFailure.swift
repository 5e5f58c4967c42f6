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

    /// The values of attempts made through this collector, once none has
    /// failed: throws what was collected if any did. The values are then
    /// all present; a missing one without an error is a bug, reported as one.
    func values<each Value>(_ value: repeat (each Value)?, warnings: [BuildError] = []) throws -> (repeat each Value) {
        try throwIfAny(warnings: warnings)
        return try (repeat Self.present(each value))
    }

    private static func present<Value>(_ value: Value?) throws -> Value {
        guard let value else { throw BuildError(path: "", message: "internal error: a step failed without saying why", hint: "please report this") }
        return value
    }

    /// - Parameter warnings: what the failure reports besides.
    func throwIfAny(warnings: [BuildError] = []) throws {
        if !errors.isEmpty {
            throw BuildFailure(errors, warnings: warnings)
        }
    }
}
