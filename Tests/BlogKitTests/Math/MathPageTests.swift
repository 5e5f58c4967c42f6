import BlogKit
import XCTest

/// Math across a whole site: MathJax only where needed, warnings, strictness.
final class MathPageTests: XCTestCase {
    private let mathJax = "cdn.jsdelivr.net/npm/mathjax@3"

    func testInMathJaxModeOnlyPagesWithMathLoadMathJax() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "有公式", date: "2020-01-01", id: 1, body: "开头$x_1$。\n\n<!--more-->\n\n正文。\n"),
            "Content/posts/2020/2.md": TestSite.post(title: "正文才有公式", date: "2020-01-02", id: 2, body: "开头。\n\n<!--more-->\n\n$$y$$\n"),
            "Content/posts/2020/3.md": TestSite.post(title: "没有公式", date: "2020-01-03", id: 3, body: "价格是 $5 和 $6。\n"),
        ], config: TestSite.config.replacingOccurrences(of: "page_size: 3", with: "page_size: 1") + "math:\n  mode: mathjax\n")
        defer { site.cleanUp() }
        try site.build()
        XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains(mathJax))
        XCTAssertTrue(try XCTUnwrap(site.page("archives/2/index.html")).contains(mathJax))
        XCTAssertFalse(try XCTUnwrap(site.page("archives/3/index.html")).contains(mathJax))
        XCTAssertTrue(try XCTUnwrap(site.page("archives/1/index.html")).contains("tags: 'ams'"))
        // Listing pages: one post per page; only the excerpt counts.
        XCTAssertFalse(try XCTUnwrap(site.page("index.html")).contains(mathJax), "post 3's excerpt has no math")
        XCTAssertFalse(try XCTUnwrap(site.page("page/2/index.html")).contains(mathJax), "post 2's math is past its excerpt")
        let third = try XCTUnwrap(site.page("page/3/index.html"))
        XCTAssertTrue(third.contains(mathJax))
        XCTAssertTrue(third.contains("<span class=\"math inline\">\\(x_1\\)</span>"), "excerpts keep their math")
    }

    func testMathCanBeTurnedOffPerPostAndTheScriptURLIsASetting() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "价格", date: "2020-01-01", id: 1, extra: "math: false", body: "从$5到$6，$x$不是公式。\n"),
            "Content/posts/2020/2.md": TestSite.post(title: "公式", date: "2020-01-02", id: 2, body: "$x$\n"),
        ], config: TestSite.config + "math:\n  mode: mathjax\n  mathjax_url: /js/mathjax/tex-chtml.js\n")
        defer { site.cleanUp() }
        try site.build()
        let plain = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertTrue(plain.contains("从$5到$6，$x$不是公式。"))
        XCTAssertFalse(plain.contains("mathjax"))
        XCTAssertTrue(try XCTUnwrap(site.page("archives/2/index.html")).contains("src=\"/js/mathjax/tex-chtml.js\""))
    }

    func testUnknownMathModeIsAnError() throws {
        let site = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "甲", date: "2020-01-01", id: 1, body: "甲\n")],
            config: TestSite.config + "math:\n  mode: katex\n")
        defer { site.cleanUp() }
        let errors = site.buildErrors()
        XCTAssertEqual(errors.map(\.description), ["blog.yml:8:9: error: unknown math mode 'katex' (hint: use one of: mathml, mathjax)"])
    }

    func testUnclosedMathIsAWarningUnlessStrict() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "好", date: "2020-01-01", id: 1, body: "好。\n")
        ])
        defer { site.cleanUp() }
        try site.build()
        let before = try site.outputFiles()
        try site.write(TestSite.post(title: "坏", date: "2020-01-02", id: 2, body: "第一段。\n\n公式$$a_1 *b* c\n"), to: "Content/posts/2020/2.md")
        let built = try site.build()
        XCTAssertEqual(built.warnings.map(\.description), [
            "Content/posts/2020/2.md:8:3: warning: $$ is never closed; it is left as written (hint: close it with $$ in the same paragraph (a formula cannot contain a blank line))"
        ])
        XCTAssertTrue(try XCTUnwrap(site.page("archives/2/index.html")).contains("公式$$a_1 <em>b</em> c"), "the text stays as written")

        try site.write(TestSite.post(title: "好", date: "2020-01-01", id: 1, body: "好。\n"), to: "Content/posts/2020/1.md")
        try site.remove("Content/posts/2020/2.md")
        try site.build()
        let good = try site.outputFiles()
        try site.write(TestSite.post(title: "坏", date: "2020-01-02", id: 2, body: "\\begin{align}x\n"), to: "Content/posts/2020/2.md")
        XCTAssertThrowsError(try site.build(BuildOptions(strict: true, now: TestSite.now))) { error in
            XCTAssertEqual("\(error)", "Content/posts/2020/2.md:6:1: error: \\begin{align} is never closed; it is left as written (hint: add \\end{align} in the same paragraph (a formula cannot contain a blank line))")
        }
        XCTAssertEqual(try site.outputFiles(), good, "a strict failure leaves the previous output")
        XCTAssertNotEqual(before.count, 0)
    }

    func testMathMLModeNeedsNoJavaScriptAndFallsBackPerFormula() throws {
        let site = try TestSite([
            "Content/posts/2020/1.md": TestSite.post(title: "全部可排", date: "2020-01-01", id: 1, body: "开头$x_1$。\n\n$$\\sum_i x_i$$\n"),
            "Content/posts/2020/2.md": TestSite.post(title: "有一个不认识", date: "2020-01-02", id: 2, body: "好的$y$与坏的$\\unknowncmd{z}$。\n"),
        ])
        defer { site.cleanUp() }
        let built = try site.build()
        let good = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertTrue(good.contains("<math display=\"inline\"><semantics><msub><mi>x</mi><mn>1</mn></msub>"))
        XCTAssertFalse(good.contains(mathJax))
        XCTAssertTrue(
            good.contains("<span class=\"math display\"><math display=\"block\"><semantics>"),
            "a display formula stands in the box that scrolls it, as a MathJax one does")
        let mixed = try XCTUnwrap(site.page("archives/2/index.html"))
        XCTAssertTrue(mixed.contains("<math display=\"inline\"><semantics><mi>y</mi>"), "the other formula is still MathML")
        XCTAssertTrue(mixed.contains("<span class=\"math inline\">\\(\\unknowncmd{z}\\)</span>"))
        XCTAssertTrue(mixed.contains(mathJax), "only the page with a fallback loads MathJax")
        XCTAssertEqual(built.warnings.map(\.description), [
            "Content/posts/2020/2.md:6:10: warning: cannot typeset this formula as MathML: unknown command \\unknowncmd (hint: MathJax typesets it in the browser instead; if \\unknowncmd is a macro of this blog, define it in blog.yml: under 'math:' and 'macros:' add the line  unknowncmd: '\\operatorname{unknowncmd}'  (or its own definition, in MathJax's form: ['definition with #1', 1] for one argument))"
        ])
        XCTAssertThrowsError(try site.build(BuildOptions(strict: true, now: TestSite.now)), "--strict makes a fallback an error")
    }

    /// A formula MathJax typesets keeps its place in the numbering: its
    /// number is ours, given to MathJax as a \tag, and references to its
    /// label link to it, from running text and from other formulas.
    func testAFallbackFormulaKeepsItsNumberAndLabel() throws {
        let body = """
            \\begin{equation}b\\label{b}\\end{equation}

            \\begin{equation}\\foo x\\label{a}\\end{equation}

            由\\eqref{a}与$\\eqref{b}$，以及

            \\begin{align}\\foo y &= \\eqref{c} \\label{two}\\\\ z &= 1\\notag\\\\ w &= \\ref{a}\\end{align}

            \\begin{equation}c\\label{c}\\end{equation}

            """
        let site = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "回退", date: "2020-01-01", id: 1, body: body)])
        defer { site.cleanUp() }
        try site.build()
        let page = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertTrue(page.contains("<mtr id=\"eqn-b\">"), "the first numbered formula is MathML")
        XCTAssertTrue(page.contains("<span id=\"eqn-a\"></span><span class=\"math display\">\\begin{equation}\\foo x\\tag{2}\\end{equation}</span>"), page)
        XCTAssertTrue(page.contains("由<a class=\"eqref\" href=\"#eqn-a\">(2)</a>与"), "running text links to the fallback's number")
        // The align falls back too: rows 3 and 4, the middle one unnumbered;
        // its references are links MathJax draws.
        XCTAssertTrue(page.contains(
            "<span id=\"eqn-two\"></span><span class=\"math display\">\\begin{align}\\foo y &amp;= \\href{#eqn-c}{\\text{(5)}} \\tag{3}\\\\ z &amp;= 1\\notag\\\\ w &amp;= \\href{#eqn-a}{\\text{2}}\\tag{4}\\end{align}</span>"), page)
        XCTAssertTrue(page.contains("<mtr id=\"eqn-c\">"))
        XCTAssertTrue(page.contains("<mtext>(5)</mtext>"), "numbering goes on after the fallbacks")
    }

    func testSiteMacrosServeMathMLAndMathJax() throws {
        let macros = "math:\n  macros:\n    R: '\\mathbb{R}'\n    norm: ['\\left\\Vert #1 \\right\\Vert', 1]\n"
        let site = try TestSite(
            ["Content/posts/2020/1.md": TestSite.post(title: "宏", date: "2020-01-01", id: 1, body: "$\\norm{x}\\in\\R$ 与 $\\bad$\n")],
            config: TestSite.config + macros)
        defer { site.cleanUp() }
        try site.build()
        let page = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertTrue(page.contains("<mi>ℝ</mi>"))
        XCTAssertTrue(page.contains("<mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" minsize=\"1em\" maxsize=\"1em\" style=\"width:0.398em\">‖</mo>"))
        XCTAssertTrue(page.contains("macros: {R: '\\\\mathbb{R}', norm: ['\\\\left\\\\Vert #1 \\\\right\\\\Vert', 1]}"), "MathJax gets the same macros")
    }

    /// A warning points at the command, not at the start of its formula:
    /// in a twenty-line align the writer should not have to hunt.
    func testAFallbackWarningPointsAtTheCommand() throws {
        let body = "\\begin{align}\na &= b \\\\\nc &= \\unknowncmd{d}\n\\end{align}\n\n$$x +\n\\alsounknown$$\n"
        let site = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "位置", date: "2020-01-01", id: 1, body: body)])
        defer { site.cleanUp() }
        let warnings = try site.build().warnings
        XCTAssertEqual(warnings.map { "\($0.line ?? 0):\($0.column ?? 0)" }, ["8:6", "12:1"], "\(warnings)")
    }

    /// MathJax's third form: a default for the first argument.
    func testASiteMacroMayGiveItsFirstArgumentADefault() throws {
        let macros = "math:\n  macros:\n    opt: ['#1_{#2}', 2, 'x']\n"
        let site = try TestSite(
            ["Content/posts/2020/1.md": TestSite.post(title: "宏", date: "2020-01-01", id: 1, body: "$\\opt{n}$ 与 $\\opt[y]{m}$\n")],
            config: TestSite.config + macros + "  mode: mathml\n")
        defer { site.cleanUp() }
        try site.build()
        let page = try XCTUnwrap(site.page("archives/1/index.html"))
        XCTAssertTrue(page.contains("<msub><mi>x</mi><mi>n</mi></msub>"), page)
        XCTAssertTrue(page.contains("<msub><mi>y</mi><mi>m</mi></msub>"), page)
        let mathJax = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "宏", date: "2020-01-01", id: 1, body: "$\\opt{n}$\n")],
            config: TestSite.config + macros + "  mode: mathjax\n")
        defer { mathJax.cleanUp() }
        try mathJax.build()
        XCTAssertTrue(try XCTUnwrap(mathJax.page("archives/1/index.html")).contains("macros: {opt: ['#1_{#2}', 2, 'x']}"))
    }

    /// `'\\mathbb{R}'` copied from a JavaScript configuration is a line
    /// break in YAML: an error that shows the one-backslash form.
    func testABackslashDoubledAsInJavaScriptIsAnError() throws {
        let site = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "宏", date: "2020-01-01", id: 1, body: "$\\RR$\n")],
            config: TestSite.config + "math:\n  macros:\n    RR: '\\\\mathbb{R}'\n")
        defer { site.cleanUp() }
        let errors = site.buildErrors().map(\.description)
        XCTAssertEqual(errors.count, 1, "\(errors)")
        XCTAssertTrue(errors.first?.contains("macro 'RR' starts with \\\\ (a line break)") == true, "\(errors)")
        XCTAssertTrue(errors.first?.contains("RR: '\\mathbb{R}'") == true, "\(errors)")
    }

    /// A list whose items are not a definition and a count is an error at
    /// the macro, saying the forms a macro may take.
    func testAMacroListOfTheWrongKindsIsAnError() throws {
        for value in ["[1, 'x']", "['#1', 'one']"] {
            let site = try TestSite(["Content/posts/2020/1.md": TestSite.post(title: "宏", date: "2020-01-01", id: 1, body: "$x$\n")],
                config: TestSite.config + "math:\n  macros:\n    bad: \(value)\n")
            defer { site.cleanUp() }
            let errors = site.buildErrors()
            XCTAssertEqual(errors.count, 1, "\(errors)")
            XCTAssertEqual(errors.first?.path, "blog.yml")
            XCTAssertTrue(errors.first?.message.contains("macro 'bad' must be a definition, [definition, argument count]") == true, "\(errors)")
        }
    }
}
