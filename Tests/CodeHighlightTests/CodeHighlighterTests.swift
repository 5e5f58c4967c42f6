import CodeHighlight
import XCTest

/// The highlighter's contract: names, escaping, lines.
final class CodeHighlighterTests: XCTestCase {
    private let highlighter = CodeHighlighter()

    func testAnUnknownOrEmptyLanguageIsNil() {
        for name in ["", "cobol", "pythonx", " python", "text", "plaintext"] {
            XCTAssertNil(highlighter.html("print(1)", language: name), name)
        }
    }

    func testNamesAreCaseInsensitive() {
        for name in ["Python", "PY", "Swift", "CPP", "C++", "JS", "TS", "Bash", "YML", "JSON", "TeX"] {
            XCTAssertNotNil(highlighter.html("x", language: name), name)
        }
        XCTAssertEqual(CodeHighlighter.languageNames.count, Set(CodeHighlighter.languageNames).count)
    }

    func testEscapesAsCmarkDoesAndNothingElse() {
        let html = highlighter.html("if a < b && c > d: print(\"x\", 'y')\n", language: "python")
        XCTAssertEqual(
            html,
            "<span class=\"hl-k\">if</span> a <span class=\"hl-o\">&lt;</span> b <span class=\"hl-o\">&amp;&amp;</span> c "
                + "<span class=\"hl-o\">&gt;</span> d<span class=\"hl-o\">:</span> <span class=\"hl-t\">print</span>("
                + "<span class=\"hl-s\">&quot;x&quot;</span>, <span class=\"hl-s\">'y'</span>)\n")
    }

    func testSpansCloseAtLineBreaksAndOpenAgain() {
        let html = highlighter.html("/* one\r\ntwo\n\nthree */ x", language: "c")
        XCTAssertEqual(
            html,
            "<span class=\"hl-c\">/* one</span>\r\n<span class=\"hl-c\">two</span>\n\n<span class=\"hl-c\">three */</span> x")
    }

    func testUnterminatedStringsAndCommentsRunOn() {
        // A multi-line form runs to the end; a one-line form stops at the line's end, as the language does.
        XCTAssertEqual(HighlightedSpans(highlighter.html("x = '''open\nstill", language: "python")!).classes(of: "still"), ["hl-s"])
        XCTAssertEqual(HighlightedSpans(highlighter.html("s = \"open\ny = 1", language: "python")!).classes(of: "1"), ["hl-n"])
        XCTAssertEqual(HighlightedSpans(highlighter.html("/* /* */ x", language: "swift")!).classes(of: "/* /* */ x"), ["hl-c"])
        XCTAssertEqual(HighlightedSpans(highlighter.html("a = #\"raw\\", language: "swift")!).classes(of: "#\"raw\\"), ["hl-s"])
    }

    func testLargeInputTakesLinearTime() {
        // Pathological shapes for a scanner that looks back or ahead: many
        // openings without closings, long runs of one delimiter.
        let size = 20_000
        let inputs = [
            String(repeating: "/*", count: size), String(repeating: "\"\\", count: size), String(repeating: "#", count: size) + "\"",
            String(repeating: "$", count: size), String(repeating: "a: ", count: size), String(repeating: "\\", count: size),
        ]
        let start = Date()
        for input in inputs {
            for name in CodeHighlighter.languageNames {
                XCTAssertNotNil(highlighter.html(input, language: name))
            }
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 20, "quadratic time would take hours")
    }
}
