import Foundation
import XCTest

/// Runs the built `blog` binary as a user would, for the command-line tests.
enum BlogProcess {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// `swift test` runs tests from the folder of the products it built (on
    /// macOS from an .xctest bundle inside it).
    static var binary: URL {
        let bundle = Bundle(for: Marker.self).bundleURL
        let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        return products.appendingPathComponent("blog")
    }

    /// Runs `blog` with `arguments` in `directory`; with a `shell` line,
    /// runs that line in bash instead, with `$BLOG` naming the binary (for
    /// limits set with `ulimit`, say).
    static func run(
        _ arguments: [String], in directory: URL, input: String? = nil, shell: String? = nil, environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", shell]
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(["BLOG": binary.path]) { _, new in new }.merging(environment) { _, new in new }
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        inputPipe.fileHandleForWriting.write(Data((input ?? "").utf8))
        try inputPipe.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    private final class Marker {}
}
