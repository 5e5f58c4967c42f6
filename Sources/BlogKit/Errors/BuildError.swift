/// A problem found while loading or building a site, located in a file.
///
/// It prints the way compilers do, so editors and terminals can jump to it:
/// `Content/posts/2020/7180.md:12:5: error: message (hint: how to fix it)`.
public struct BuildError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious the problem is: errors fail the build, warnings do not
    /// unless the build is strict.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// The file, relative to the site root where possible.
    public var path: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column, counted in characters.
    public var column: Int?
    public var severity: Severity
    public var message: String
    /// One sentence that tells the writer how to fix it.
    public var hint: String?

    public init(
        path: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error,
        message: String, hint: String? = nil
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// The same problem reported as an error (`--strict`).
    public var asError: BuildError {
        var error = self
        error.severity = .error
        return error
    }

    public var description: String {
        var location = path
        if let line {
            location += ":\(line):\(column ?? 1)"
        }
        // An error of no file (a port taken, a folder missing) starts with its severity.
        var text = location.isEmpty ? "\(severity.rawValue): \(message)" : "\(location): \(severity.rawValue): \(message)"
        if let hint {
            text += " (hint: \(hint))"
        }
        return text
    }
}

extension BuildError: Comparable {
    /// Errors sort by file, then position, so a report reads top to bottom.
    public static func < (lhs: BuildError, rhs: BuildError) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.column ?? 0, lhs.message)
            < (rhs.path, rhs.line ?? 0, rhs.column ?? 0, rhs.message)
    }
}
