import ArgumentParser
import BlogKit
import Foundation
import TeXMathML

struct MathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "math",
        abstract: "Print the MathML of a TeX formula, with the site's macros.",
        discussion: """
            The TeX comes from the argument, or else from standard input. With --jsonl, \
            each input line is a JSON object {"tex": "…", "display": true|false} and each \
            output line is {"mathml": "…"} or {"error": "…"}.
            """
    )

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Typeset as a display formula.")
    var display = false

    @Flag(name: .long, help: "Read and write one JSON object per line.")
    var jsonl = false

    @Argument(help: "The formula; standard input when absent.")
    var tex: String?

    func run() throws {
        let converter: TeXMathML
        do {
            converter = TeXMathML(macros: try Site.settings(at: site.rootURL).math.macros)
        } catch {
            throw ErrorReport.fail(error, action: "math")
        }
        if jsonl {
            try convertLines(with: converter)
            return
        }
        let source = tex ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        do {
            print(try converter.convert(source.trimmingCharacters(in: .whitespacesAndNewlines), display: display))
        } catch let error as TeXError {
            ErrorReport.printError("error: \(error.message)")
            throw ExitCode.failure
        }
    }

    private func convertLines(with converter: TeXMathML) throws {
        var output = Data()
        output.reserveCapacity(1 << 20)
        while let line = readLine(strippingNewline: true) {
            guard !line.isEmpty else { continue }
            let reply: String
            if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let tex = object["tex"] as? String {
                do {
                    reply = "{\"mathml\":" + Self.jsonString(try converter.convert(tex, display: object["display"] as? Bool ?? false)) + "}"
                } catch let error as TeXError {
                    reply = "{\"error\":" + Self.jsonString(error.message) + "}"
                }
            } else {
                reply = "{\"error\":\"expected a JSON object with a \\\"tex\\\" string\"}"
            }
            output.append(contentsOf: reply.utf8)
            output.append(10)
            if output.count > 1 << 20 {
                FileHandle.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(output)
    }

    /// A JSON string literal.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
