import CodeHighlight
import XCTest

/// Each language's table on a realistic snippet: the words a reader expects
/// coloured get their class, and look-alikes stay plain.
final class LanguageTests: XCTestCase {
    private let highlighter = CodeHighlighter()

    private func html(_ code: String, _ language: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try XCTUnwrap(highlighter.html(code, language: language), "\(language) is known", file: file, line: line)
    }

    func testPython() throws {
        let code = """
            import numpy as np

            @cache
            def softmax(x, eps=1e-3):
                s = "a\\"b"  # x
                t = r'\\d+' + b"raw" + f"{x}"
                doc = \"\"\"many
            lines\"\"\"
                return np.exp(x) / len(x) if x is not None else 0x1F

            """
        let result = try html(code, "python")
        assertClasses(result, [
            "import": "hl-k", "as": "hl-k", "def": "hl-k", "return": "hl-k", "is": "hl-k", "not": "hl-k", "if": "hl-k",
            "softmax": "hl-f", "exp": "hl-f", "len": "hl-t", "None": "hl-m", "1e-3": "hl-n", "0x1F": "hl-n",
            "\"a\\\"b\"": "hl-s", "# x": "hl-c", "r'\\d+'": "hl-s", "b\"raw\"": "hl-s", "f\"{x}\"": "hl-s",
            "doc = ": "", "@cache": "hl-f",
        ].filter { !$0.value.isEmpty })
        let read = HighlightedSpans(result)
        XCTAssertEqual(read.classes(of: "\"\"\"many"), ["hl-s"], "a triple-quoted string, one span per line")
        XCTAssertEqual(read.classes(of: "lines\"\"\""), ["hl-s"])
        assertPlain(result, ["np", "x", "s", "eps"])
    }

    func testSwift() throws {
        let code = """
            /* outer /* inner */ still a comment */
            @MainActor struct Price: Sendable {
                let label = #"a "quoted" \\n raw"#
                func total(of items: [Int]) -> Int? {
                    guard !items.isEmpty else { return nil }
                    return items.reduce(0, +) // sum
                }
            }
            #if DEBUG
            let s = "\\(price) costs $5 and $6"
            #endif
            """
        let result = try html(code, "swift")
        assertClasses(result, [
            "/* outer /* inner */ still a comment */": "hl-c", "@MainActor": "hl-k", "struct": "hl-k", "Price": "hl-t",
            "Sendable": "hl-t", "#\"a \"quoted\" \\n raw\"#": "hl-s", "func": "hl-k", "total": "hl-f", "Int": "hl-t",
            "nil": "hl-m", "0": "hl-n", "// sum": "hl-c", "#if": "hl-k", "#endif": "hl-k", "\"\\(price) costs $5 and $6\"": "hl-s",
            "reduce": "hl-f", "->": "hl-o",
        ])
        assertPlain(result, ["items", "inner", "label"])
    }

    func testCAndCPlusPlus() throws {
        let code = """
            #include <stdio.h>
            #include "local.h"
            // comment
            namespace ml {
            template <typename T> class Vec { T* data = nullptr; };
            }
            int main(void) {
                const char *s = "tab\\t";
                char c = '\\'';
                printf("%d\\n", 42u); /* done */
                return a < b ? 1.5f : 0;
            }
            """
        for name in ["cpp", "c", "C++", "h", "hpp", "cc"] {
            let result = try html(code, name)
            assertClasses(result, [
                "#include": "hl-k", "<stdio.h>": "hl-s", "\"local.h\"": "hl-s", "// comment": "hl-c", "namespace": "hl-k",
                "template": "hl-k", "typename": "hl-k", "class": "hl-k", "Vec": "hl-t", "nullptr": "hl-m", "int": "hl-t",
                "main": "hl-f", "void": "hl-t", "const": "hl-k", "\"tab\\t\"": "hl-s", "'\\''": "hl-s", "printf": "hl-t",
                "42u": "hl-n", "/* done */": "hl-c", "1.5f": "hl-n",
            ])
            assertPlain(result, ["b", "a"])
        }
    }

    func testJavaScriptAndTypeScript() throws {
        let code = """
            const greet = (name) => `hello ${name},
            welcome`;
            function sum(xs) { return xs.reduce((a, b) => a + b, 0); } // total
            let $el = document.querySelector('.x'), n = 10n, ok = true;
            event.type === "click" && console.log(null);
            """
        let result = try html(code, "js")
        assertClasses(result, [
            "const": "hl-k", "`hello ${name},": "hl-s", "welcome`": "hl-s", "function": "hl-k", "sum": "hl-f",
            "return": "hl-k", "reduce": "hl-f", "// total": "hl-c", "let": "hl-k", "document": "hl-t",
            "'.x'": "hl-s", "10n": "hl-n", "true": "hl-m", "\"click\"": "hl-s", "null": "hl-m", "===": "hl-o", "=>": "hl-o",
        ])
        assertPlain(result, ["$el", "type", "name"])

        let typed = try html("interface Point { x: number }\ntype Id = string | undefined;\nconst p: Point = { x: 1 };\n", "TypeScript")
        assertClasses(typed, ["interface": "hl-k", "Point": "hl-t", "number": "hl-t", "type": "hl-k", "Id": "hl-t", "string": "hl-t", "undefined": "hl-m"])
        let plainJS = try html("type Id = 1\n", "javascript")
        assertPlain(plainJS, ["type"])
        XCTAssertNotNil(highlighter.html("x", language: "jsx"))
        XCTAssertNotNil(highlighter.html("x", language: "typescript"))
    }

    func testShell() throws {
        let code = """
            #!/bin/bash
            # install the tools
            export PATH="$HOME/bin:$PATH"   # keep the old path
            for f in *.md; do
              echo "${f%.md}" 'it''s $raw' issue#12 $1 $@
            done
            $ apt-get install -y cmark-gfm
            """
        for name in ["sh", "bash", "shell", "zsh", "console"] {
            let result = try html(code, name)
            assertClasses(result, [
                "#!/bin/bash": "hl-c", "# install the tools": "hl-c", "# keep the old path": "hl-c", "export": "hl-t",
                "\"$HOME/bin:$PATH\"": "hl-s", "for": "hl-k", "in": "hl-k", "do": "hl-k", "done": "hl-k", "echo": "hl-t",
                "\"${f%.md}\"": "hl-s", "'it'": "hl-s", "'s $raw'": "hl-s", "$1": "hl-t", "$@": "hl-t",
            ])
            let read = HighlightedSpans(result)
            XCTAssertFalse(read.spans.contains { $0.text.contains("#12") }, "# inside a word is no comment: \(read.spans)")
            assertPlain(result, ["apt-get", "$"])
        }
        assertClasses(try html("echo $HOME\n", "bash"), ["$HOME": "hl-t"])
    }

    func testYAML() throws {
        let code = """
            # site settings
            title: 科学空间   # the name
            base_url: https://example.org/
            page_size: 10
            draft: false
            tags: [深度学习, "矩阵"]
            math:
              mode: 'mathml'
              - it's fine
            """
        for name in ["yaml", "yml", "YAML"] {
            let result = try html(code, name)
            assertClasses(result, [
                "# site settings": "hl-c", "title": "hl-k", "# the name": "hl-c", "base_url": "hl-k", "page_size": "hl-k",
                "10": "hl-n", "false": "hl-m", "\"矩阵\"": "hl-s", "math": "hl-k", "mode": "hl-k", "'mathml'": "hl-s",
            ])
            assertPlain(result, ["https", "科学空间", "it", "s"])
            XCTAssertFalse(HighlightedSpans(result).spans.contains { $0.className == "hl-s" && $0.text.hasPrefix("'s") }, "an apostrophe inside a word opens no string")
        }
    }

    func testJSON() throws {
        let code = #"{"name": "blog", "version": 1.2e+3, "tags": ["a\"b", null], "draft": false, "n": -4}"#
        let result = try html(code, "json")
        assertClasses(result, [
            "\"name\"": "hl-k", "\"blog\"": "hl-s", "\"version\"": "hl-k", "1.2e+3": "hl-n", "\"a\\\"b\"": "hl-s",
            "null": "hl-m", "false": "hl-m", "4": "hl-n",
        ])
    }

    func testLaTeX() throws {
        let code = """
            % preamble
            \\newcommand{\\norm}[1]{\\left\\Vert #1 \\right\\Vert}
            \\begin{equation}\\frac{a}{b} = 50\\% \\\\ x\\end{equation}
            Inline $\\sum_i x_i$ and display $$
            E = mc^2
            $$
            """
        for name in ["tex", "latex", "LaTeX"] {
            let result = try html(code, name)
            assertClasses(result, [
                "% preamble": "hl-c", "\\newcommand": "hl-k", "\\norm": "hl-k", "\\begin": "hl-k", "\\frac": "hl-k",
                "\\%": "hl-k", "\\\\": "hl-k", "\\end": "hl-k", "$\\sum_i x_i$": "hl-s", "E = mc^2": "hl-s", "{": "hl-o",
                "50": "hl-n",
            ])
            XCTAssertFalse(HighlightedSpans(result).spans.contains { $0.className == "hl-c" && $0.text.contains("\\\\") }, "\\% is no comment")
        }
    }
}
