import ArgumentParser
import BlogKit
import Foundation

/// Prints every error of a failed command to standard error and exits 1.
enum ErrorReport {
    static func fail(_ error: Error, action: String) -> ExitCode {
        let errors: [String]
        var warnings: [String] = []
        switch error {
        case let failure as BuildFailure:
            errors = failure.errors.map(\.description)
            warnings = failure.warnings.map(\.description)
        case let single as BuildError: errors = [single.description]
        default: errors = ["error: \(error.localizedDescription)"]
        }
        for line in warnings + errors {
            printError(line)
        }
        let besides = warnings.isEmpty ? "" : " (and \(counted(warnings.count, "warning")))"
        printError("\(action) failed with \(counted(errors.count, "error"))\(besides)")
        return .failure
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
