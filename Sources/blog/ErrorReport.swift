import ArgumentParser
import BlogKit
import Foundation

/// Prints every error of a failed command to standard error and exits 1.
enum ErrorReport {
    static func fail(_ error: Error, action: String) -> ExitCode {
        let errors: [String]
        switch error {
        case let failure as BuildFailure: errors = failure.errors.map(\.description)
        case let single as BuildError: errors = [single.description]
        default: errors = ["error: \(error.localizedDescription)"]
        }
        for line in errors {
            printError(line)
        }
        printError("\(action) failed with \(errors.count) error\(errors.count == 1 ? "" : "s")")
        return .failure
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
