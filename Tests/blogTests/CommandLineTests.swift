import BlogKit
import Foundation
import XCTest

/// Runs the built `blog` binary as a user would and checks its output and
/// exit status.
final class CommandLineTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("blog-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func blog(_ arguments: String..., in directory: URL? = nil, input: String? = nil) throws -> BlogProcess.Run {
        try BlogProcess.run(arguments, in: directory ?? folder, input: input)
    }

    private func write(_ text: String, to path: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testInitNewAndBuildInAnEmptyFolder() throws {
        let initRun = try blog("init", "site")
        XCTAssertEqual(initRun.status, 0, initRun.errors)
        let site = folder.appendingPathComponent("site")
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("blog.yml").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("Templates/post.mustache").path))

        let newRun = try blog("new", "第二篇：从零开始", in: site)
        XCTAssertEqual(newRun.status, 0, newRun.errors)
        let path = newRun.output.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(path.hasPrefix("Content/posts/") && path.hasSuffix("/2.md"), path)
        let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        XCTAssertTrue(text.contains("title: \"第二篇：从零开始\""))
        XCTAssertTrue(text.contains("id: 2"))

        let buildRun = try blog("build", in: site)
        XCTAssertEqual(buildRun.status, 0, buildRun.errors)
        XCTAssertTrue(buildRun.output.hasPrefix("Built 2 posts, "), buildRun.output)
        XCTAssertEqual(buildRun.output.split(separator: "\n").count, 1, "one summary line")
        let post = try String(contentsOf: site.appendingPathComponent("public/archives/2/index.html"), encoding: .utf8)
        XCTAssertTrue(post.contains("第二篇：从零开始"))
        let again = try blog("build", in: site)
        XCTAssertTrue(again.output.hasPrefix("Up to date: 2 posts, "), again.output)
        let ignored = try String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8)
        XCTAssertEqual(ignored, "public/\n.blog-cache/\n")

        XCTAssertNotEqual(try blog("init", "site").status, 0, "init refuses an existing site")

        // A cloned repository's .gitignore gets the lines it lacks.
        try write("node_modules/\npublic/", to: "clone/.gitignore")
        XCTAssertEqual(try blog("init", "clone").status, 0)
        let merged = try String(contentsOf: folder.appendingPathComponent("clone/.gitignore"), encoding: .utf8)
        XCTAssertEqual(merged, "node_modules/\npublic/\n.blog-cache/\n")
    }

    func testFailedBuildListsEveryErrorExitsNonZeroAndKeepsThePreviousOutput() throws {
        try write("title: 测试\n", to: "blog.yml")
        try write("---\ntitle: 好\ndate: 2020-01-01\nid: 1\n---\n正文。\n", to: "Content/posts/2020/1.md")
        XCTAssertEqual(try blog("build").status, 0)
        let index = folder.appendingPathComponent("public/index.html")
        let before = try Data(contentsOf: index)

        try write("---\ntitle: 坏\ndate: 2020-13-01\n---\n", to: "Content/posts/2020/2.md")
        try write("---\ndate: 2020-01-03\n---\n", to: "Content/posts/2020/3.md")
        let run = try blog("build")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("Content/posts/2020/2.md:3:7: error: cannot read date '2020-13-01' (hint: "), run.errors)
        XCTAssertTrue(run.errors.contains("Content/posts/2020/3.md:1:1: error: missing title (hint: "), run.errors)
        XCTAssertTrue(run.errors.hasSuffix("build failed with 2 errors\n"), run.errors)
        XCTAssertEqual(try Data(contentsOf: index), before)
    }

    /// Warnings are printed when the build fails too: fixing the errors
    /// should not reveal more to fix.
    func testAFailedBuildPrintsItsWarnings() throws {
        try write("---\ntitle: 坏\ndate: 2020-01-02\nid: 2\n---\n$\\unknowncmd$ 与 $\\eqref{nowhere}$\n", to: "Content/posts/2020/2.md")
        let run = try blog("build")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("Content/posts/2020/2.md:6:2: warning: cannot typeset this formula as MathML: unknown command \\unknowncmd (hint:"), run.errors)
        XCTAssertTrue(run.errors.contains("add the line  unknowncmd: '\\operatorname{unknowncmd}'"), run.errors)
        XCTAssertTrue(run.errors.contains("Content/posts/2020/2.md:6:17: error: unknown label 'nowhere'"), run.errors)
        XCTAssertTrue(run.errors.hasSuffix("build failed with 1 error (and 1 warning)\n"), run.errors)
    }

    func testVersionAndAnEmptyTitle() throws {
        let version = try blog("--version")
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.output, BlogVersion.current + "\n")
        try write("title: 博客\n", to: "blog.yml")
        let empty = try blog("new", "  ")
        XCTAssertEqual(empty.status, 1)
        XCTAssertTrue(empty.errors.contains("the title is empty"), empty.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content/posts").path), "nothing written")
    }

    func testOutputOptionsAndRefusals() throws {
        try write("---\ntitle: 好\ndate: 2020-01-01\nid: 1\n---\n正文。\n", to: "Content/posts/2020/1.md")
        let run = try blog("build", "--output", "elsewhere", "--base-url", "https://me.github.io/blog/")
        XCTAssertEqual(run.status, 0, run.errors)
        let page = try String(contentsOf: folder.appendingPathComponent("elsewhere/archives/1/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("href=\"/blog/assets/style.css\""))

        let refused = try blog("build", "--output", ".")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("the output folder contains the site's sources"), refused.errors)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content/posts/2020/1.md").path))
    }

    func testWarningsArePrintedAndStrictTurnsThemIntoErrors() throws {
        try write("---\ntitle: 好\ndate: 2020-01-01\nid: 1\n---\n正文$x$。\n", to: "Content/posts/2020/1.md")
        XCTAssertEqual(try blog("build", "--strict").status, 0)
        let index = folder.appendingPathComponent("public/index.html")
        let before = try Data(contentsOf: index)

        try write("---\ntitle: 坏\ndate: 2020-01-02\nid: 2\n---\n\n公式\\[x+y\n", to: "Content/posts/2020/2.md")
        let warned = try blog("build")
        XCTAssertEqual(warned.status, 0, warned.errors)
        XCTAssertEqual(
            warned.errors,
            "Content/posts/2020/2.md:7:3: warning: \\[ is never closed; it is left as written (hint: close it with \\] in the same paragraph (a formula cannot contain a blank line))\n")
        XCTAssertTrue(warned.output.hasSuffix(", 1 warning\n"), "the summary counts the warnings: \(warned.output)")
        let afterWarning = try Data(contentsOf: index)
        XCTAssertNotEqual(afterWarning, before, "a build with warnings is written")

        let strict = try blog("build", "--strict")
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.errors.contains("Content/posts/2020/2.md:7:3: error: \\[ is never closed"), strict.errors)
        XCTAssertTrue(strict.errors.hasSuffix("build failed with 1 error\n"), strict.errors)
        XCTAssertEqual(try Data(contentsOf: index), afterWarning, "a strict failure keeps the previous output")
    }

    func testMathPrintsMathMLWithTheSiteMacros() throws {
        try write("math:\n  macros:\n    R: '\\mathbb{R}'\n", to: "blog.yml")
        let inline = try blog("math", "x^2")
        XCTAssertEqual(inline.status, 0, inline.errors)
        XCTAssertEqual(
            inline.output,
            "<math display=\"inline\"><semantics><msup><mi>x</mi><mn>2</mn></msup><annotation encoding=\"application/x-tex\">x^2</annotation></semantics></math>\n")
        let display = try blog("math", "--display", input: "\\R^n\n")
        XCTAssertTrue(display.output.hasPrefix("<math display=\"block\"><semantics><msup><mi>ℝ</mi>"), display.output)
        let broken = try blog("math", "\\frac{a")
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.errors.contains("error: unbalanced braces"), broken.errors)

        let lines = try blog(
            "math", "--jsonl",
            input: "{\"tex\": \"\\\\R\", \"display\": true}\n{\"tex\": \"\\\\nope\"}\nnot json\n")
        XCTAssertEqual(lines.status, 0, lines.errors)
        let replies = lines.output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] }
        XCTAssertEqual(replies.count, 3)
        XCTAssertTrue(replies[0]?["mathml"]?.contains("<mi>ℝ</mi>") == true, lines.output)
        XCTAssertTrue(replies[0]?["mathml"]?.hasPrefix("<math display=\"block\">") == true)
        XCTAssertEqual(replies[1]?["error"], "unknown command \\nope")
        XCTAssertNotNil(replies[2]?["error"])
    }

    func testMathJSONLinesAnswersEachLineBeforeTheNextArrives() throws {
        let process = Process()
        process.executableURL = BlogProcess.binary
        process.arguments = ["math", "--jsonl"]
        process.currentDirectoryURL = folder
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data("{\"tex\": \"x_\\\\text{}\"}\n".utf8))
        // Standard input stays open: the answer must come before its end.
        let answered = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var reply = Data()
        DispatchQueue.global().async {
            while !reply.contains(10) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                reply += chunk
            }
            answered.signal()
        }
        XCTAssertEqual(answered.wait(timeout: .now() + 60), .success, "no answer while the input is still open")
        let object = try JSONSerialization.jsonObject(with: reply.prefix { $0 != 10 }) as? [String: String]
        XCTAssertTrue(object?["mathml"]?.contains("<msub><mi>x</mi><mrow></mrow></msub>") == true, String(decoding: reply, as: UTF8.self))
    }
}
