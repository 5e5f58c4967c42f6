import XCTest

@testable import TeXMathML

final class MathDocumentTests: XCTestCase {
    func testNumbersLabelsAndReferencesAcrossFormulas() throws {
        var document = MathDocument()
        let reference = try document.add("\\eqref{eq:b}", display: false)
        let first = try document.add("\\begin{equation}x\\label{eq:a}\\end{equation}", display: true)
        let second = try document.add("\\begin{align}a&=b\\label{eq:b}\\\\c&=d\\notag\\end{align}", display: true)
        XCTAssertEqual(document.labels["eq:a"], MathDocument.Equation(tag: "1", anchor: "eqn-eq:a"))
        XCTAssertEqual(document.labels["eq:b"]?.tag, "2")
        XCTAssertEqual(document.mathML(reference).mathML.contains("<a class=\"eqref\" href=\"#eqn-eq:b\">(2)</a>"), true)
        let equation = document.mathML(first).mathML
        XCTAssertTrue(equation.contains("<mtr id=\"eqn-eq:a\">"), equation)
        XCTAssertTrue(
            equation.contains(
                "<mtd class=\"eqno\" columnalign=\"right\" style=\"text-align:-webkit-right;width:50%;padding:0\"><mspace width=\"1em\"></mspace><mtext>(1)</mtext></mtd>"),
            equation)
        XCTAssertTrue(equation.hasPrefix("<math display=\"block\" style=\"width:100%\">"), "a numbered formula spans the line")
        let align = document.mathML(second).mathML
        XCTAssertEqual(align.components(separatedBy: "class=\"eqno\"").count - 1, 2, "each row has a tag cell")
        XCTAssertTrue(align.contains("<mtext>(2)</mtext>"))
        XCTAssertFalse(align.contains("(3)"))
    }

    func testAFailedFormulaNumbersNothing() throws {
        var document = MathDocument()
        XCTAssertThrowsError(try document.add("\\begin{equation}\\unknown\\label{x}\\end{equation}", display: true))
        try document.add("\\begin{equation}y\\end{equation}", display: true)
        XCTAssertTrue(document.mathML(0).mathML.contains("(1)"))
        XCTAssertNil(document.labels["x"])
    }

    /// A formula the converter rejects is numbered all the same, for MathJax.
    func testAFallbackFormulaIsNumberedAsItWouldBe() throws {
        var document = MathDocument()
        let gather = document.addFallback("\\begin{gather}\\foo a\\label{a}\\\\ b\\tag{★}\\label{star}\\\\ {c\\\\d}\\\\\n\\end{gather}", display: true)
        let starred = document.addFallback("\\begin{align*}\\foo a\\label{none}\\\\ b\\end{align*}", display: true)
        let after = try document.add("\\begin{equation}x\\label{x}\\end{equation}", display: true)
        let inline = document.addFallback("\\foo \\eqref{a} + \\ref{star} + \\eqref{x} + \\eqref{gone}", display: false)
        let plain = document.addFallback("\\foo \\tag{T}\\label{t}", display: true)

        let (tex, anchors, unresolved) = document.fallback(gather)
        XCTAssertEqual(tex, "\\begin{gather}\\foo a\\tag{1}\\\\ b\\tag{★}\\\\ {c\\\\d}\\tag{2}\\\\\n\\end{gather}", "a \\\\ inside braces splits no row; the last, empty row has no number")
        XCTAssertEqual(anchors, ["eqn-a", "eqn-star"])
        XCTAssertEqual(unresolved, [])
        XCTAssertEqual(document.fallback(starred).tex, "\\begin{align*}\\foo a\\\\ b\\end{align*}")
        XCTAssertNil(document.labels["none"], "a starred row has no number to name")
        XCTAssertTrue(document.mathML(after).mathML.contains("<mtext>(3)</mtext>"), "numbering goes on after fallbacks")
        let references = document.fallback(inline)
        XCTAssertEqual(references.tex, "\\foo \\href{#eqn-a}{\\text{(1)}} + \\href{#eqn-star}{\\text{★}} + \\href{#eqn-x}{\\text{(3)}} + \\eqref{gone}")
        XCTAssertEqual(references.unresolvedLabels, ["gone"])
        XCTAssertEqual(document.fallback(plain).tex, "\\foo \\tag{T}", "a custom tag is MathJax's to show")
        XCTAssertEqual(document.labels["t"], MathDocument.Equation(tag: "T", anchor: "eqn-t"))
    }

    /// The lenient reading of a fallback numbers every formula the parser
    /// can read exactly as the parser does: labels name the same tags, and
    /// the next equation gets the same number.
    func testFallbackNumberingAgreesWithTheParser() throws {
        let formulas = [
            "\\begin{equation}a\\label{a}\\end{equation}",
            "\\begin{equation*}a\\end{equation*}",
            "\\begin{equation}\\begin{aligned}a&=b\\\\c&=d\\end{aligned}\\label{a}\\end{equation}",
            "\\begin{equation}\\begin{split}a&=b\\\\&=d\\end{split}\\end{equation}",
            "\\begin{align}a&=b\\label{a}\\\\c&=d\\notag\\\\e&=f\\label{b}\\end{align}",
            "\\begin{align}a&=b\\\\[2pt]c&=d\\tag{T}\\label{a}\\\\\n\\end{align}",
            "\\begin{align*}a&=b\\\\c&=d\\tag{x}\\label{a}\\end{align*}",
            "\\begin{gather}a\\\\b\\nonumber\\\\c\\label{a}\\end{gather}",
            "\\begin{multline}a+b\\\\+c\\label{a}\\\\=d\\end{multline}",
            "\\begin{eqnarray}a&=&b\\label{a}\\\\c&=&d\\end{eqnarray}",
            "\\begin{alignat}{2}a&=b&c&=d\\label{a}\\\\e&=f&g&=h\\end{alignat}",
            "\\begin{flalign}a&=b\\label{a}\\end{flalign}",
            "\\begin{align}a&=\\begin{cases}1\\\\2\\end{cases}\\label{a}\\\\b&=y\\label{b}\\end{align}",
            "x\\tag{A}\\label{a}",
            "x\\tag*{B}\\label{a}",
            "x = 1",
            "\\begin{align}a\\label{a}\\newline b\\label{b}\\end{align}",
            "\\begin{xalignat}{2}a&b\\label{a}\\\\c&d\\end{xalignat}",
            "\\begin{xxalignat}{2}a&b\\\\c&d\\end{xxalignat}",
            "\\begin{align}a\\label{a}\\\\ \\intertext{so} b\\label{b}\\\\ \\shortintertext{end}\\end{align}",
        ]
        for formula in formulas {
            var parsed = MathDocument()
            var fallen = MathDocument()
            try parsed.add(formula, display: true)
            fallen.addFallback(formula, display: true)
            let next = "\\begin{equation}\\label{next}\\end{equation}"
            try parsed.add(next, display: true)
            try fallen.add(next, display: true)
            XCTAssertEqual(fallen.labels, parsed.labels, formula)
        }
    }

    func testDuplicateAndUnknownLabels() throws {
        var document = MathDocument()
        try document.add("\\begin{equation}a\\label{d}\\end{equation}", display: true)
        try document.add("\\begin{equation}b\\label{d}\\end{equation}", display: true)
        XCTAssertEqual(document.duplicateLabels.map(\.label), ["d"])
        XCTAssertEqual(document.duplicateLabels.first?.formula, 1)
        let missing = try document.add("\\ref{nope}", display: false)
        XCTAssertEqual(document.mathML(missing).unresolvedLabels, ["nope"])
    }

    func testMacrosCarryOverToLaterFormulas() throws {
        var document = MathDocument()
        try document.add("\\newcommand{\\E}{\\mathbb{E}}", display: false)
        let use = try document.add("\\E[x]", display: false)
        XCTAssertTrue(document.mathML(use).mathML.contains("<mi>𝔼</mi>"))
    }

    /// Documents sharing a memo give what each would give alone: formulas
    /// with numbers, references or macros of their own are never shared.
    func testAMemoSharedByDocumentsChangesNoOutput() throws {
        let formulas: [[(String, Bool)]] = [
            [("x_1", false), ("\\begin{equation}a\\label{e}\\end{equation}", true), ("\\eqref{e}", false), ("\\E", false)],
            [("x_1", false), ("\\begin{equation}b\\label{e}\\end{equation}", true), ("\\eqref{e}", false), ("\\E", false)],
            [("\\renewcommand{\\E}{\\mathbb{E}}", false), ("\\E", false), ("x_1", false), ("\\eqref{e}", false)],
            [("\\E", false), ("x_1", false), ("x_1", true)],
        ]
        let converter = TeXMathML(macros: ["E": TeXMacro(definition: "\\mathrm{E}")])
        func render(_ formulas: [(String, Bool)], memo: FormulaMemo?) throws -> [String] {
            var document = MathDocument(converter: converter, memo: memo)
            let indexes = try formulas.map { try document.add($0.0, display: $0.1) }
            return indexes.map { document.mathML($0).mathML }
        }
        let memo = FormulaMemo()
        for (number, document) in formulas.enumerated() {
            XCTAssertEqual(try render(document, memo: memo), try render(document, memo: nil), "document \(number + 1)")
        }
        XCTAssertNotNil(memo.mathML("x_1", display: false), "a plain formula is shared")
        let full = FormulaMemo()
        for number in 0..<FormulaMemo.capacity { full.store("", tex: "x_{\(number)}", display: false) }
        var document = MathDocument(converter: converter, memo: full)
        let index = try document.add("y", display: false)
        _ = document.mathML(index)
        XCTAssertNil(full.mathML("y", display: false), "a full memo keeps no more")
        XCTAssertNil(memo.mathML("\\eqref{e}", display: false), "a reference depends on its document")
        XCTAssertTrue(FormulaMemo.mayDefineMacros("a\\def\\x{y}") && !FormulaMemo.mayDefineMacros("\\delta\\leq"))
    }

    /// A site macro whose use defines another macro: a formula using it
    /// changes the document, so nothing of such a site is shared.
    func testNoMemoWhenASiteMacroDefinesMacros() throws {
        for definition in ["\\def\\V{v}", "\\DeclareMathOperator*{\\V}{v}"] {
            let converter = TeXMathML(macros: ["setup": TeXMacro(definition: definition)])
            let memo = FormulaMemo()
            var document = MathDocument(converter: converter, memo: memo)
            let setup = try document.add("\\setup x", display: false)
            let use = try document.add("\\V", display: false)
            XCTAssertFalse(document.mathML(setup).mathML.isEmpty)
            XCTAssertTrue(document.mathML(use).mathML.contains("v"))
            XCTAssertNil(memo.mathML("\\V", display: false), definition)
            XCTAssertNil(memo.mathML("\\setup x", display: false), definition)
        }
    }
}
