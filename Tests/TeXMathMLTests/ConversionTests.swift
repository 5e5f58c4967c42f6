import Foundation
import XCTest

@testable import TeXMathML

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Golden tests per construct: the MathML inside `<semantics>`, compared
/// with white space between tags removed.
final class ConversionTests: XCTestCase {
    func testAnnotationKeepsTheSource() throws {
        let full = try TeXMathML().convert("a<b", display: false)
        XCTAssertEqual(full, "<math display=\"inline\"><semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow><annotation encoding=\"application/x-tex\">a&lt;b</annotation></semantics></math>")
    }

    func testLettersNumbersAndOperators() {
        assertMathML("x_1+2.5y", "<mrow><msub><mi>x</mi><mn>1</mn></msub><mo>+</mo><mn>2.5</mn><mi>y</mi></mrow>")
        assertMathML("a-b", "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>")
        assertMathML("\\alpha\\leq\\Gamma", "<mrow><mi>α</mi><mo>≤</mo><mi mathvariant=\"normal\">Γ</mi></mrow>")
        assertMathML("f'(x)", "<mrow><mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">′</mo></mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>")
        assertMathML("x''^2", "<msup><mrow><mi>x</mi><mo lspace=\"0\" rspace=\"0\">″</mo></mrow><mn>2</mn></msup>")
        assertMathML("x_i^2", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
    }

    func testFractionsRootsAndBinomials() {
        assertMathML("\\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
        assertMathML("\\frac12", "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
        assertMathML("\\dfrac{1}{n}", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac><mn>1</mn><mi>n</mi></mfrac></mstyle>")
        assertMathML("\\sqrt[3]{x}", "<mroot><mi>x</mi><mn>3</mn></mroot>")
        assertMathML("\\sqrt{x}", "<msqrt><mi>x</mi></msqrt>")
        assertMathML("\\binom{n}{k}", "<mrow><mo>(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo>)</mo></mrow>")
        assertMathML("{a \\over b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
    }

    func testBigOperatorsAndLimits() {
        assertMathML(
            "\\sum_{i=1}^n x_i",
            "<mrow><munderover><mo movablelimits=\"true\" lspace=\"0\" rspace=\"0.1667em\">∑</mo><mrow><mi>i</mi><mo lspace=\"0\" rspace=\"0\">=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub></mrow>")
        assertMathML("\\int_0^1", "<msubsup><mo movablelimits=\"false\" lspace=\"0\" rspace=\"0\">∫</mo><mn>0</mn><mn>1</mn></msubsup>")
        assertMathML("\\int\\limits_0^1", "<munderover><mo movablelimits=\"false\" lspace=\"0\" rspace=\"0\">∫</mo><mn>0</mn><mn>1</mn></munderover>")
        assertMathML("\\sum\\nolimits_i", "<msub><mo movablelimits=\"true\" lspace=\"0\" rspace=\"0\">∑</mo><mi>i</mi></msub>")
        assertMathML(
            "\\lim_{x\\to 0}",
            "<munder><mo movablelimits=\"true\" form=\"prefix\" lspace=\"0\" rspace=\"0\">lim</mo><mrow><mi>x</mi><mo lspace=\"0\" rspace=\"0\">→</mo><mn>0</mn></mrow></munder>")
        assertMathML("\\sin x", "<mrow><mi>sin</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\"></mspace><mi>x</mi></mrow>")
        assertMathML("\\operatorname{tr}A", "<mrow><mi>tr</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\"></mspace><mi>A</mi></mrow>")
        assertMathML(
            "\\operatorname*{arg\\,max}_x",
            "<munder><mo movablelimits=\"true\" form=\"prefix\" lspace=\"0\" rspace=\"0\">arg\u{2009}max</mo><mi>x</mi></munder>")
    }

    func testFunctionsTakeAThinSpaceExceptBeforeABracket() {
        assertMathML("\\log(n)", "<mrow><mi>log</mi><mo>\u{2061}</mo><mo stretchy=\"false\">(</mo><mi>n</mi><mo stretchy=\"false\">)</mo></mrow>")
    }

    func testModulo() {
        assertMathML("a\\bmod b", "<mrow><mi>a</mi><mo lspace=\"0.2222em\" rspace=\"0.2222em\">mod</mo><mi>b</mi></mrow>")
        assertMathML(
            "a\\pmod{n}",
            "<mrow><mi>a</mi><mrow><mspace width=\"1em\"></mspace><mo>(</mo><mi>mod</mi><mspace width=\"0.3333em\"></mspace><mi>n</mi><mo>)</mo></mrow></mrow>")
    }

    func testAccentsAndBraces() {
        assertMathML("\\hat{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\" style=\"padding-bottom:0.085em\">ˆ</mo></mover>")
        // MathJax's macron, U+00AF: Latin Modern Math has no U+02C9, which showed nothing.
        assertMathML("\\bar{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\" style=\"padding-bottom:0.158em\">¯</mo></mover>")
        // A rule across the whole base, as Temml draws it: Chromium stretches no ‾.
        assertMathML("\\overline{AB}", "<mrow style=\"border-top:0.04em solid;padding-top:0.12em\"><mi>A</mi><mi>B</mi></mrow>")
        assertMathML("\\underline{x}", "<mrow style=\"border-bottom:0.04em solid;padding-bottom:0.12em\"><mi>x</mi></mrow>")
        assertMathML(
            "\\underbrace{a+b}_{n}",
            "<munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy=\"true\">⏟</mo></munder><mi>n</mi></munder>")
        assertMathML("\\overset{!}{=}", "<mover><mo lspace=\"0\" rspace=\"0\">=</mo><mo lspace=\"0\" rspace=\"0\">!</mo></mover>")
        assertMathML(
            "\\xrightarrow{f}",
            "<mover><mo stretchy=\"true\" minsize=\"1.75em\" lspace=\"0\" rspace=\"0\">→</mo><mrow><mspace width=\"0.3em\"></mspace><mi>f</mi><mspace width=\"0.3em\"></mspace></mrow></mover>")
    }

    func testFonts() {
        assertMathML("\\mathbb{R}^d", "<msup><mi>ℝ</mi><mi>d</mi></msup>")
        assertMathML("\\boldsymbol{x}", "<mi>𝒙</mi>")
        // Each symbol in the bold of its own shape, as TeX's \boldsymbol: capital Greek and digits upright.
        assertContains("\\boldsymbol{\\Sigma\\sigma 1}", ["\u{1D6BA}</mi>", "<mi>\u{1D748}</mi>", "<mn>\u{1D7CF}</mn>"])
        assertContains("\\bm{\\Omega 2}", ["\u{1D6C0}</mi>", "<mn>\u{1D7D0}</mn>"])
        // Upright letters make one word, as Temml writes them.
        assertContains("\\mathrm{softmax}(x)", ["<mi>softmax</mi>"])
        assertContains("\\operatorname{diag}(x)", ["<mi>diag</mi>"])
        assertMathML("\\mathbf{W}", "<mi>𝐖</mi>")
        assertMathML("\\mathcal{N}", "<mi>𝒩</mi>")
        assertMathML("\\mathrm{d}x", "<mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow>")
        assertMathML("\\mathfrak{g}", "<mi>𝔤</mi>")
        assertMathML("\\text{当 $x>0$ 时}", "<mrow><mtext>当\u{A0}</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow><mtext>\u{A0}时</mtext></mrow>")
        assertMathML("\\textbf{粗}", "<mtext style=\"font-weight:bold\">粗</mtext>")
    }

    func testDelimiters() {
        assertMathML(
            "\\left(\\frac{a}{b}\\middle|c\\right.",
            "<mrow><mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\" style=\"width:0.458em\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\" style=\"width:0.278em\">|</mo><mi>c</mi><mo fence=\"true\" stretchy=\"true\" symmetric=\"true\"></mo></mrow>")
        // In display style the fraction is taller, and so are the delimiters: 1.8em, not 2.4em (TeX's rule: 90.1% of it is enough).
        assertContains("\\left(\\frac{a}{b}\\right)", [#"minsize="1.8em" maxsize="1.8em" style="width:0.597em">(</mo>"#], display: true)
        assertContains("\\left(x\\right)", [#"minsize="1em" maxsize="1em" style="width:0.389em">(</mo>"#])
        assertContains("\\left(x^2\\right)", [#"minsize="1.2em" maxsize="1.2em" style="width:0.458em">(</mo>"#])
        assertContains("\\left(\\sum_{i=1}^n x_i\\right)", [#"minsize="3em" maxsize="3em" style="width:0.875em">(</mo>"#], display: true)
        // A superscript on one character sits by the font's shift alone (TeX's rule 18a), as MathJax sets it.
        assertContains("\\left[\\Vert x\\Vert^2\\right]", [#"minsize="1.2em" maxsize="1.2em" style="width:0.417em">[</mo>"#], display: true)
        // π is no taller than an x.
        assertContains("\\left(\\bar{\\theta}-\\frac{\\pi}{2}\\right)", [#"minsize="1.8em" maxsize="1.8em" style="width:0.597em">(</mo>"#], display: true)
        // Taller than \Bigg: the browser builds it from pieces, no size given.
        assertContains("\\left(\\begin{matrix}a\\\\b\\\\c\\end{matrix}\\right)", [#"<mrow><mo fence="true" stretchy="true" symmetric="true">(</mo>"#])
        // TeX's heights, and the box as wide as the glyph each draws (Chromium's would be as wide as the widest).
        assertMathML("\\big(", "<mo stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\" style=\"width:0.458em\" lspace=\"0\" rspace=\"0\">(</mo>")
        assertContains("\\Big[\\bigg\\{\\Bigg\\langle", [
            #"minsize="1.8em" maxsize="1.8em" style="width:0.472em" lspace="0" rspace="0">[</mo>"#,
            #"minsize="2.4em" maxsize="2.4em" style="width:0.75em" lspace="0" rspace="0">{</mo>"#,
            #"minsize="3em" maxsize="3em" style="width:0.908em" lspace="0" rspace="0">⟨</mo>"#,
        ])
        assertMathML("\\Vert x\\Vert", "<mrow><mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">‖</mo><mi>x</mi><mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">‖</mo></mrow>")
    }

    func testSpacingNegationBoxesColorAndStyles() {
        assertMathML("a\\,b\\quad c", "<mrow><mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi><mspace width=\"1em\"></mspace><mi>c</mi></mrow>")
        assertMathML("\\hspace{2pt}", "<mspace width=\"0.2em\"></mspace>")
        assertMathML("a\\not= b", "<mrow><mi>a</mi><mo>≠</mo><mi>b</mi></mrow>")
        assertMathML("\\not\\prec", "<mo lspace=\"0\" rspace=\"0\">⊀</mo>")
        assertMathML("\\boxed{x}", "<mrow style=\"border:0.06em solid;padding:0.2em 0.3em\"><mi>x</mi></mrow>")
        assertMathML("{\\color{red} x}y", "<mrow><mstyle mathcolor=\"red\"><mi>x</mi></mstyle><mi>y</mi></mrow>")
        assertMathML("\\displaystyle x", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mi>x</mi></mstyle>")
        assertMathML("\\phantom{x}", "<mphantom><mi>x</mi></mphantom>")
    }

    func testMatricesCasesAndAlignment() {
        assertMathML(
            "\\begin{pmatrix}a&b\\\\c&d\\end{pmatrix}",
            """
            <mrow><mo fence="true" stretchy="true" symmetric="true" minsize="2.4em" maxsize="2.4em" style="width:0.736em">(</mo><mtable displaystyle="false">
            <mtr><mtd style="text-align:-webkit-center;padding:0 0.5em 0 0"><mspace height="0.85em" depth="0.35em"></mspace><mi>a</mi></mtd><mtd style="text-align:-webkit-center;padding:0 0 0 0.5em"><mi>b</mi></mtd></mtr>
            <mtr><mtd style="text-align:-webkit-center;padding:0 0.5em 0 0"><mspace height="0.85em" depth="0.35em"></mspace><mi>c</mi></mtd><mtd style="text-align:-webkit-center;padding:0 0 0 0.5em"><mi>d</mi></mtd></mtr>
            </mtable><mo fence="true" stretchy="true" symmetric="true" minsize="2.4em" maxsize="2.4em" style="width:0.736em">)</mo></mrow>
            """)
        assertMathML(
            "\\begin{cases}1&x>0\\\\0&\\text{否则}\\end{cases}",
            """
            <mrow><mo fence="true" stretchy="true" symmetric="true" minsize="3em" maxsize="3em" style="width:0.902em">{</mo><mtable displaystyle="false">
            <mtr><mtd columnalign="left" style="text-align:-webkit-left;padding:0 0 0 0"><mspace height="1.02em" depth="0.42em"></mspace><mn>1</mn></mtd><mtd columnalign="left" style="text-align:-webkit-left;padding:0 0 0 0;padding-left:1em"><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr>
            <mtr><mtd columnalign="left" style="text-align:-webkit-left;padding:0 0 0 0"><mspace height="1.02em" depth="0.42em"></mspace><mn>0</mn></mtd><mtd columnalign="left" style="text-align:-webkit-left;padding:0 0 0 0;padding-left:1em"><mtext>否则</mtext></mtd></mtr>
            </mtable></mrow>
            """)
        assertMathML(
            "\\begin{aligned}a&=b\\\\&=c\\end{aligned}",
            """
            <mtable displaystyle="true">
            <mtr><mtd columnalign="right" style="text-align:-webkit-right;padding:0 0 0 0;padding-right:0;padding-left:0"><mspace height="1em" depth="0.5em"></mspace><mi>a</mi></mtd><mtd columnalign="left" style="text-align:-webkit-left;padding:0 0 0 0;padding-left:0;padding-right:0"><mrow><mo lspace="0.2778em" rspace="0.2778em">=</mo><mi>b</mi></mrow></mtd></mtr>
            <mtr><mtd columnalign="right" style="text-align:-webkit-right;padding:0 0 0 0;padding-right:0;padding-left:0"><mspace height="1em" depth="0.5em"></mspace><mrow></mrow></mtd><mtd columnalign="left" style="text-align:-webkit-left;padding:0 0 0 0;padding-left:0;padding-right:0"><mrow><mo lspace="0.2778em" rspace="0.2778em">=</mo><mi>c</mi></mrow></mtd></mtr>
            </mtable>
            """, display: true)
    }

    func testCancel() {
        let up = "linear-gradient(to top right,transparent calc(50% - 0.04em),currentColor calc(50% - 0.04em),currentColor calc(50% + 0.04em),transparent calc(50% + 0.04em))"
        assertMathML("\\cancel{x}", "<mrow style=\"background:\(up);padding:0 0.1em\"><mi>x</mi></mrow>")
        XCTAssertTrue(try semantics(of: "\\xcancel{ab}").contains("to top right") && semantics(of: "\\xcancel{ab}").contains("to bottom right"))
        XCTAssertFalse(try semantics(of: "\\bcancel{a}").contains("to top right"))
    }

    func testGeneralFractions() {
        assertMathML(
            "\\genfrac{(}{)}{0pt}{}{n}{k}",
            "<mrow><mo>(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo>)</mo></mrow>")
        assertMathML(
            "\\genfrac{\\langle}{]}{1.5pt}{0}{a}{b}",
            "<mrow><mo>⟨</mo><mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac linethickness=\"0.15em\"><mi>a</mi><mi>b</mi></mfrac></mstyle><mo>]</mo></mrow>")
        assertMathML("\\genfrac{}{}{}{2}{1}{2}", "<mstyle displaystyle=\"false\" scriptlevel=\"1\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>")
    }

    func testColumnRulesAndSpecsInArrays() {
        assertMathML(
            "\\begin{array}{c|l}1&2\\end{array}",
            "<mtable displaystyle=\"false\"><mtr><mtd style=\"text-align:-webkit-center;padding:0 0.5em 0 0.5em\"><mspace height=\"0.85em\" depth=\"0.35em\"></mspace><mn>1</mn></mtd><mtd columnalign=\"left\" style=\"text-align:-webkit-left;padding:0 0.5em 0 0.5em;border-left:0.06em solid\"><mn>2</mn></mtd></mtr></mtable>")
        func styles(_ spec: String) -> [String]? { ArrayTemplate(spec)?.columns.map(\.style) }
        XCTAssertEqual(styles("|c||c|"), [
            "text-align:center;border-left:0.06em solid", "text-align:center;border-left:0.2em double;border-right:0.06em solid",
        ])
        XCTAssertEqual(styles("*{3}{c}|r"), ["text-align:center", "text-align:center", "text-align:center", "text-align:right;border-left:0.06em solid"])
        XCTAssertEqual(
            styles("p{3cm}@{\\,}>{\\bf}l"), ["text-align:left;padding-right:0", "text-align:center;padding:0", "text-align:left;padding-left:0"],
            "no columns from 'cm' or '\\bf', one from the @ material")
        XCTAssertEqual(styles(""), [])
    }

    func testTablesAreSpacedAsTeXSpacesThem() {
        // amsmath's matrices: no padding outside the first and last columns; `array` keeps it.
        assertContains("\\begin{matrix}a&b&c\\end{matrix}", ["padding:0 0.5em 0 0\"><mspace height=\"0.85em\" depth=\"0.35em\"></mspace><mi>a</mi>", "padding:0 0.5em 0 0.5em\"><mi>b</mi>", "padding:0 0 0 0.5em\"><mi>c</mi>"])
        assertContains("\\begin{array}{cc}a&b\\end{array}", ["padding:0 0.5em 0 0.5em\"><mspace", "padding:0 0.5em 0 0.5em\"><mi>b</mi>"])
        // `smallmatrix`: script-size cells, a thick space of the text between them, delimiters as small as TeX's.
        assertContains("\\left(\\begin{smallmatrix}a&b\\\\c&d\\end{smallmatrix}\\right)", [
            #"minsize="1.2em" maxsize="1.2em" style="width:0.458em">(</mo><mtable displaystyle="false" scriptlevel="1">"#,
            #"padding:0 0.1984em 0 0.2381em"><mspace height="0.55em" depth="0.2em"></mspace><mi>a</mi>"#,
        ])
        // `cases` rows on `\arraystretch` 1.2, `aligned` rows a `\jot` apart.
        assertContains("\\begin{cases}a\\end{cases}", [#"<mspace height="1.02em" depth="0.42em"></mspace><mi>a</mi>"#])
        assertContains("\\begin{gathered}a\\end{gathered}", [#"<mspace height="1em" depth="0.5em"></mspace><mi>a</mi>"#])
        // `\\[5pt]` makes its row 5pt deeper.
        assertContains("\\begin{cases}a\\\\[5pt]b\\\\c\\end{cases}", [#"<mspace height="1.02em" depth="0.92em"></mspace><mi>a</mi>"#, #"<mspace height="1.02em" depth="0.42em"></mspace><mi>b</mi>"#])
    }

    func testTopAndBottomAlignedTablesAreMovedOntoTheBaseline() {
        // Two 1.5em rows centred on the axis (0.25em): the first row's baseline is 1.5em - 1em lower than the top.
        assertContains("\\begin{aligned}[t]a&=b\\\\c&=d\\end{aligned}", [#"<mpadded voffset="-0.75em" height="1em" depth="2em"><mtable displaystyle="true">"#], display: true)
        assertContains("\\begin{aligned}[b]a&=b\\\\c&=d\\end{aligned}", [#"<mpadded voffset="0.75em" height="2.5em" depth="0.5em"><mtable"#], display: true)
        assertContains("\\begin{array}[t]{c}a\\\\b\\end{array}", [#"<mpadded voffset="-0.6em" height="0.85em" depth="1.55em"><mtable"#])
        // One row of strut height is on the baseline already.
        assertContains("\\begin{gathered}[b]a\\end{gathered}", [#"<mtable displaystyle="true">"#])
        // The centre is where MathML Core puts every table.
        assertContains("\\begin{array}[c]{c}a\\end{array}", ["<mtable displaystyle=\"false\">"])
    }

    func testRulesInArrays() {
        assertMathML(
            "\\begin{array}{cc}a&b\\\\\\hline c&d\\\\\\hline\\end{array}",
            """
            <mtable displaystyle="false"><mtr><mtd style="text-align:-webkit-center;padding:0 0.5em 0 0.5em"><mspace height="0.85em" depth="0.35em"></mspace><mi>a</mi></mtd><mtd style="text-align:-webkit-center;padding:0 0.5em 0 0.5em"><mi>b</mi></mtd></mtr>
            <mtr><mtd style="text-align:-webkit-center;padding:0 0.5em 0 0.5em;border-top:0.06em solid;border-bottom:0.06em solid"><mspace height="0.85em" depth="0.35em"></mspace><mi>c</mi></mtd><mtd style="text-align:-webkit-center;padding:0 0.5em 0 0.5em;border-top:0.06em solid;border-bottom:0.06em solid"><mi>d</mi></mtd></mtr></mtable>
            """)
    }

    func testMacros() {
        assertMathML("\\newcommand{\\R}{\\mathbb{R}}\\R^n", "<msup><mi>ℝ</mi><mi>n</mi></msup>")
        assertMathML("\\def\\pair#1#2{(#1,#2)}\\pair ab", "<mrow><mo stretchy=\"false\">(</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo stretchy=\"false\">)</mo></mrow>")
        assertMathML("\\newcommand{\\v}[2][x]{#1_#2}\\v{1}\\v[y]{2}", "<mrow><msub><mi>x</mi><mn>1</mn></msub><msub><mi>y</mi><mn>2</mn></msub></mrow>")
        assertMathML("\\DeclareMathOperator{\\tr}{tr}\\tr A", "<mrow><mi>tr</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\"></mspace><mi>A</mi></mrow>")
        XCTAssertEqual(
            try semantics(of: "\\norm{x}", macros: ["norm": TeXMacro(definition: "\\left\\Vert #1 \\right\\Vert", parameterCount: 1)]),
            "<mrow><mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" minsize=\"1em\" maxsize=\"1em\" style=\"width:0.398em\">‖</mo><mi>x</mi><mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" minsize=\"1em\" maxsize=\"1em\" style=\"width:0.398em\">‖</mo></mrow>")
    }

    func testCommentsAreIgnored() {
        assertMathML("a % a comment\n+b", "<mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>")
    }

    func testMalformedTeXThrowsAndNeverCrashes() {
        let broken = [
            "\\frac{a", "a}", "\\end{align}", "a&b", "\\begin{foo}x\\end{foo}", "\\unknowncommand", "x^", "x^1^2",
            "\\left(", "\\right)", "\\begin{matrix}a", "\\def\\a{\\a}\\a", "\\sqrt[", "\\text{a", "#1", "\\begin{equation}x\\end{equation}",
            "\\tag{1}", "\\label{x}",
        ]
        for tex in broken {
            XCTAssertThrowsError(try TeXMathML().convert(tex, display: false), tex)
        }
        XCTAssertThrowsError(try TeXMathML().convert("\\foo{x}", display: false)) { error in
            XCTAssertEqual((error as? TeXError)?.command, "\\foo")
        }
    }
}
