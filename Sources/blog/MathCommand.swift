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

    /// Converts each line as it arrives and writes its answer at once: an
    /// editor waits for the reply to the line it sent, and answers already
    /// given stay given whatever a later line does.
    private func convertLines(with converter: TeXMathML) throws {
        var output: [UInt8] = []
        while let line = readLine(strippingNewline: true) {
            guard !line.isEmpty else { continue }
            output.removeAll(keepingCapacity: true)
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let tex = object["tex"] as? String else {
                FileHandle.standardOutput.write(Data("{\"error\":\"expected a JSON object with a \\\"tex\\\" string\"}\n".utf8))
                continue
            }
            do {
                let mathML = try converter.convert(tex, display: object["display"] as? Bool ?? false)
                output += Array("{\"mathml\":".utf8)
                Self.appendJSONString(mathML, to: &output)
            } catch let error as TeXError {
                output += Array("{\"error\":".utf8)
                Self.appendJSONString(error.message, to: &output)
            }
            output += Array("}\n".utf8)
            FileHandle.standardOutput.write(Data(output))
        }
    }

    /// Appends `text` as a JSON string literal.
    static func appendJSONString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += [92, 34]
            case 92: output += [92, 92]
            case 10: output += [92, UInt8(ascii: "n")]
            case 13: output += [92, UInt8(ascii: "r")]
            case 9: output += [92, UInt8(ascii: "t")]
            case 0..<0x20: output += Array(String(format: "\\u%04x", byte).utf8)
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
