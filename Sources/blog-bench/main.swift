import BlogKit
import TeXMathML
import Foundation

// Benchmarks that are reported, never asserted: `make bench-math`.
//
//   blog-bench scanner          the math scanner on pathological input, in ms per MB
//   blog-bench math-cost DIR    build DIR in memory with and without math scanning
//   blog-bench gallery FILE     write the MathML gallery page
//   blog-bench formulas DIR     print DIR's formulas as `blog math --jsonl` input
//   blog-bench math-modes DIR   build DIR in memory in mathml and in mathjax mode

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}

func benchmarkScanner() {
    let inputs: [(String, String)] = [
        ("100,000 $ signs", String(repeating: "$", count: 100_000)),
        ("100,000 '$a ' openers", String(repeating: "$a ", count: 100_000)),
        ("100,000 backslashes", String(repeating: "\\", count: 100_000)),
        ("1 MB formula", "$$" + String(repeating: "x_i^2 + \\alpha ", count: 1_000_000 / 16) + "$$"),
        ("10,000 unclosed \\begin{equation}", String(repeating: "\\begin{equation} x ", count: 10_000)),
        ("10,000 unclosed, one per line", String(repeating: "\\begin{equation} x\n", count: 10_000)),
        ("100,000 backticks", String(repeating: "`", count: 100_000)),
    ]
    let scanner = MathScanner()
    print("input                                  bytes      ms     ms/MB")
    for (name, text) in inputs {
        let runs = (0..<5).map { _ in seconds { _ = scanner.protect(text) } }
        let megabytes = Double(text.utf8.count) / 1e6
        let time = median(runs)
        print(
            name.padding(toLength: 36, withPad: " ", startingAt: 0),
            String(format: "%9d %7.2f %9.2f", text.utf8.count, time * 1000, time * 1000 / megabytes))
    }
}

func benchmarkMathCost(root: URL) throws {
    // MathJax mode, so only the scanner's cost is measured, not typesetting.
    let loaded = try Site.load(from: root)
    var config = loaded.config
    config.math.mode = .mathjax
    let site = try Site(sources: loaded.sources, root: root, config: config)
    var plain = site.sources
    // `math: false` in every post's front matter turns the scanner off.
    plain.posts = plain.posts.map { SourceFile(path: $0.path, text: $0.text.replacingOccurrences(of: "\n---\n", with: "\nmath: false\n---\n", options: [], range: $0.text.range(of: "\n---\n"))) }
    let withoutMath = try Site(sources: plain, root: root, config: config)
    var timesWith: [Double] = [], timesWithout: [Double] = []
    for _ in 0..<5 {
        timesWith.append(try seconds { _ = try site.build() })
        timesWithout.append(try seconds { _ = try withoutMath.build() })
    }
    let with = median(timesWith), without = median(timesWithout)
    print("posts: \(site.sources.posts.count); median of 5 alternating in-memory builds")
    print(String(format: "with math scanning:    %.3f s", with))
    print(String(format: "without math scanning: %.3f s", without))
    print(String(format: "math scanning adds:    %+.1f%%", (with / without - 1) * 100))
}

func printFormulas(root: URL) throws {
    let site = try Site.load(from: root)
    var output = ""
    for post in try site.posts() {
        for span in MathScanner().protect(post.body).spans where span.delimiter != .reference {
            output += "{\"tex\":\(jsonString(span.tex)),\"display\":\(span.isDisplay)}\n"
        }
    }
    FileHandle.standardOutput.write(Data(output.utf8))
}

func jsonString(_ text: String) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes]), as: UTF8.self).dropFirst().dropLast().description
}

func benchmarkMathModes(root: URL) throws {
    var mathML = try Site.load(from: root)
    var config = mathML.config
    config.math.mode = .mathjax
    let mathJax = try Site(sources: mathML.sources, root: root, config: config)
    config.math.mode = .mathml
    mathML = try Site(sources: mathML.sources, root: root, config: config)
    var timesMathML: [Double] = [], timesMathJax: [Double] = []
    for _ in 0..<5 {
        timesMathML.append(try seconds { _ = try mathML.build() })
        timesMathJax.append(try seconds { _ = try mathJax.build() })
    }
    let ml = median(timesMathML), mj = median(timesMathJax)
    print("posts: \(mathML.sources.posts.count); median of 5 alternating in-memory builds")
    print(String(format: "mathml mode:  %.3f s", ml))
    print(String(format: "mathjax mode: %.3f s", mj))
    print(String(format: "ratio:        %.2f×", ml / mj))
}

/// Conversion alone, without reading or writing JSON.
func benchmarkConversion(file: URL) throws {
    let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
    let formulas = lines.compactMap { line -> (String, Bool)? in
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let tex = object["tex"] as? String else { return nil }
        return (tex, object["display"] as? Bool ?? false)
    }
    let converter = TeXMathML()
    var failures = 0
    let time = seconds {
        for (tex, display) in formulas {
            if (try? converter.convert(tex, display: display)) == nil { failures += 1 }
        }
    }
    print(String(format: "%d formulas in %.3f s: %.0f formulas/s (%d failed)", formulas.count, time, Double(formulas.count) / time, failures))
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "scanner":
    benchmarkScanner()
case "gallery" where arguments.count == 2:
    try Data(Gallery.page().utf8).write(to: URL(fileURLWithPath: arguments.last!))
case "convert" where arguments.count == 2:
    try benchmarkConversion(file: URL(fileURLWithPath: arguments.last!))
case "formulas" where arguments.count == 2:
    try printFormulas(root: URL(fileURLWithPath: arguments.last!))
case "math-modes" where arguments.count == 2:
    try benchmarkMathModes(root: URL(fileURLWithPath: arguments.last!))
case "math-cost" where arguments.count == 2:
    try benchmarkMathCost(root: URL(fileURLWithPath: arguments.last!))
default:
    print("usage: blog-bench scanner | blog-bench math-cost SITE_DIR | blog-bench gallery FILE")
    exit(2)
}
