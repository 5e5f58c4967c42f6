import BlogKit
import TeXMathML
import Foundation

// Benchmarks that are reported, never asserted: `make bench-math`.
//
//   blog-bench scanner          the math scanner on pathological input, in ms per MB
//   blog-bench math-cost DIR    build DIR in memory with and without math scanning
//   blog-bench gallery FILE     write the MathML gallery page
//   blog-bench coverage         print README's list of TeX commands by family; fail if the gallery misses a family
//   blog-bench formulas DIR     print DIR's formulas as `blog math --jsonl` input
//   blog-bench math-modes DIR   build DIR in memory in mathml and in mathjax mode
//   blog-bench search-cost DIR  build DIR in memory with and without the search index
//   blog-bench edits DIR [N]    `blog serve`'s rebuild after each of N (20) one-post edits (DIR is edited and restored)
//   blog-bench serve DIR        `blog serve` from saving a post to its new content served, 20 edits (the same)

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// User and system time of this process so far, all threads.
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
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

/// Builds two variants of a site in memory, alternating, five times each,
/// and prints the median wall and CPU times and how the first compares to
/// the second; returns the wall times.
func compareBuilds(_ first: (name: String, site: Site), _ second: (name: String, site: Site)) throws -> (Double, Double) {
    var times: ([Double], [Double]) = ([], [])
    var cpu: ([Double], [Double]) = ([], [])
    func measure(_ site: Site, _ wall: inout [Double], _ processor: inout [Double]) throws {
        let start = processCPUSeconds()
        wall.append(try seconds { _ = try site.build() })
        processor.append(processCPUSeconds() - start)
    }
    for _ in 0..<5 {
        try measure(first.site, &times.0, &cpu.0)
        try measure(second.site, &times.1, &cpu.1)
    }
    let result = (median(times.0), median(times.1))
    print("posts: \(first.site.sources.posts.count); median of 5 alternating in-memory builds")
    // The fastest run too: on a shared machine the least disturbed one.
    print(String(format: "%@: %.3f s wall (fastest %.3f), %.3f s CPU (least %.3f)", first.name.padding(toLength: 22, withPad: " ", startingAt: 0), result.0, times.0.min()!, median(cpu.0), cpu.0.min()!))
    print(String(format: "%@: %.3f s wall (fastest %.3f), %.3f s CPU (least %.3f)", second.name.padding(toLength: 22, withPad: " ", startingAt: 0), result.1, times.1.min()!, median(cpu.1), cpu.1.min()!))
    print(String(format: "CPU ratio:              %.3f median, %.3f least", median(cpu.0) / median(cpu.1), cpu.0.min()! / cpu.1.min()!))
    return result
}

/// The site at `root` with its math mode replaced.
func site(at root: URL, mode: MathMode, sources: SiteSources? = nil) throws -> Site {
    let loaded = try Site.load(from: root)
    var config = loaded.config
    config.math.mode = mode
    return try Site(sources: sources ?? loaded.sources, root: root, config: config)
}

func benchmarkMathCost(root: URL) throws {
    // MathJax mode, so only the scanner's cost is measured, not typesetting.
    let scanned = try site(at: root, mode: .mathjax)
    var plain = scanned.sources
    // `math: false` in every post's front matter turns the scanner off.
    plain.posts = plain.posts.map { SourceFile(path: $0.path, text: $0.text.replacingOccurrences(of: "\n---\n", with: "\nmath: false\n---\n", options: [], range: $0.text.range(of: "\n---\n"))) }
    let (with, without) = try compareBuilds(("with math scanning", scanned), ("without math scanning", try site(at: root, mode: .mathjax, sources: plain)))
    print(String(format: "math scanning adds:     %+.1f%%", (with / without - 1) * 100))
}

func benchmarkSearchCost(root: URL) throws {
    let loaded = try Site.load(from: root)
    var config = loaded.config
    config.search = true
    let with = try Site(sources: loaded.sources, root: root, config: config)
    config.search = false
    let without = try Site(sources: loaded.sources, root: root, config: config)
    let (on, off) = try compareBuilds(("with search", with), ("without search", without))
    print(String(format: "search adds:            %+.1f%% wall", (on / off - 1) * 100))
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
    let (mathML, mathJax) = try compareBuilds(("mathml mode", try site(at: root, mode: .mathml)), ("mathjax mode", try site(at: root, mode: .mathjax)))
    print(String(format: "ratio:                  %.2f×", mathML / mathJax))
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

/// What `blog serve` does after a save, without the watcher and the
/// browser: one post edited, the session rebuilt in memory.
func benchmarkEdits(root: URL, edits: Int = 20) throws {
    var session = SiteSession(root: root, options: BuildOptions(includeDrafts: true, includeFuture: true))
    let initial = try seconds { try session.rebuild() }
    let site = try Site.load(from: root)
    let path = site.sources.posts[site.sources.posts.count / 2].path
    let file = root.appendingPathComponent(path)
    let original = try Data(contentsOf: file)
    defer { try? original.write(to: file) }
    var times: [Double] = []
    var cpuTimes: [Double] = []
    var changed = 0
    for edit in 1...edits {
        try (original + Data("\n第\(edit)次修改。\n".utf8)).write(to: file)
        let cpu = processCPUSeconds()
        times.append(try seconds { changed = try session.rebuild(changed: [path]).count })
        cpuTimes.append(processCPUSeconds() - cpu)
    }
    // CPU time as well as wall: on a busy machine it varies far less.
    print(String(format: "initial build: %.0f ms; one-post edit: median %.1f ms (min %.1f, max %.1f) of %d, CPU median %.1f ms, %d output file(s) changed",
        initial * 1000, median(times) * 1000, times.min()! * 1000, times.max()! * 1000, edits, median(cpuTimes) * 1000, changed))
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "scanner":
    benchmarkScanner()
case "gallery" where arguments.count == 2:
    try Data(Gallery.page().utf8).write(to: URL(fileURLWithPath: arguments.last!))
case "coverage":
    print(TeXCoverage.markdown, terminator: "")
    let missing = Gallery.missingFamilies()
    if !missing.isEmpty {
        FileHandle.standardError.write(Data("the gallery shows no command of: \(missing.joined(separator: ", "))\n".utf8))
        exit(1)
    }
case "gallery-formulas":
    FileHandle.standardOutput.write(Data(Gallery.formulas.map { "{\"tex\":\(jsonString($0.1)),\"display\":\($0.2)}\n" }.joined().utf8))
case "convert" where arguments.count == 2:
    try benchmarkConversion(file: URL(fileURLWithPath: arguments.last!))
case "formulas" where arguments.count == 2:
    try printFormulas(root: URL(fileURLWithPath: arguments.last!))
case "math-modes" where arguments.count == 2:
    try benchmarkMathModes(root: URL(fileURLWithPath: arguments.last!))
case "serve" where arguments.count == 2:
    try await ServeLatency.run(root: URL(fileURLWithPath: arguments.last!))
case "edits" where arguments.count == 2:
    try benchmarkEdits(root: URL(fileURLWithPath: arguments.last!))
case "edits" where arguments.count == 3:
    try benchmarkEdits(root: URL(fileURLWithPath: arguments[arguments.startIndex + 1]), edits: Int(arguments.last!) ?? 20)
case "math-cost" where arguments.count == 2:
    try benchmarkMathCost(root: URL(fileURLWithPath: arguments.last!))
case "search-cost" where arguments.count == 2:
    try benchmarkSearchCost(root: URL(fileURLWithPath: arguments.last!))
default:
    print("usage: blog-bench scanner | blog-bench math-cost SITE_DIR | blog-bench search-cost SITE_DIR | blog-bench gallery FILE | blog-bench coverage | blog-bench gallery-formulas | blog-bench formulas SITE_DIR")
    exit(2)
}
