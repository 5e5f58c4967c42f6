import XCTest

@testable import TeXMathML

/// The spaces between atoms, from the TeXbook's table (chapter 18, p. 170):
/// thin 3mu = 0.1667em, medium 4mu = 0.2222em, thick 5mu = 0.2778em, and in
/// script styles only the thin spaces next to an Op. Where the browsers'
/// operator dictionary already spaces an operator inside a row as TeX does
/// (a relation's thick spaces, a binary operator's medium ones), no
/// attribute says it again; anything else is explicit.
final class SpacingTests: XCTestCase {
    private let none = " lspace=\"0\" rspace=\"0\""

    // MARK: Ordinary symbols that look like operators

    func testBarAndSlashAreOrdinary() {
        // `|` is Ord (no space); `\mid` is the relation.
        assertContains("p(x|y)", ["<mi>x</mi><mo stretchy=\"false\"\(none)>|</mo><mi>y</mi>"])
        assertContains("p(x\\mid y)", ["<mi>x</mi><mo>∣</mo><mi>y</mi>"])
        assertContains("x_i/\\tau", ["</msub><mo\(none)>/</mo><mi>τ</mi>"])
        assertContains("\\|x\\|", ["<mo stretchy=\"false\"\(none)>‖</mo><mi>x</mi><mo stretchy=\"false\"\(none)>‖</mo>"])
    }

    func testBigDelimitersTakeTheirClass() {
        // `\big` is Ord as in plain TeX: Ord next to Ord has no space.
        let big = "<mo stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\" style=\"width:0.458em\"\(none)>"
        let bigger = "<mo stretchy=\"true\" symmetric=\"true\" minsize=\"1.8em\" maxsize=\"1.8em\" style=\"width:0.597em\"\(none)>"
        assertContains("\\Big(\\big(a\\big)\\Big)", ["\(bigger)(</mo>\(big)(</mo><mi>a</mi>\(big))</mo>\(bigger))</mo>"])
        // `\bigl` opens: a minus after it is unary; `\bigm` relates.
        assertContains("\\bigl(-x\\bigr)", ["\(big)(</mo><mo\(none)>−</mo><mi>x</mi>"])
        assertContains("a\\bigm|b", ["<mo stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\" style=\"width:0.278em\" lspace=\"0.2778em\" rspace=\"0.2778em\">|</mo>"])
    }

    // MARK: Script styles

    func testRelationsAndBinaryOperatorsInScriptsHaveNoSpace() {
        assertContains("x_{i=1}", ["<mi>i</mi><mo\(none)>=</mo><mn>1</mn>"])
        assertContains("\\sum_{i=1}^n", ["<mi>i</mi><mo\(none)>=</mo><mn>1</mn>"])
        assertContains("\\lim_{n\\to\\infty}", ["<mi>n</mi><mo\(none)>→</mo><mi>∞</mi>"])
        assertContains("x^{a+b}", ["<mi>a</mi><mo\(none)>+</mo><mi>b</mi>"])
        // A fraction's parts are in script style inline, in text style in display.
        assertContains("\\frac{a=b}{c}", ["<mi>a</mi><mo\(none)>=</mo><mi>b</mi>"])
        assertContains("\\frac{a=b}{c}", ["<mi>a</mi><mo>=</mo><mi>b</mi>"], display: true)
        assertContains("{\\scriptstyle a=b}", ["<mi>a</mi><mo\(none)>=</mo><mi>b</mi>"])
        // The thin space after an Op stays in script style.
        assertContains("x_{\\log n}", ["<mi>log</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\"></mspace><mi>n</mi>"])
    }

    // MARK: Operators and functions

    func testFunctionsBeforeABracketHaveNoSpace() {
        let prefix = "<mo movablelimits=\"true\" form=\"prefix\"\(none)>"
        assertContains("\\det(A)", ["\(prefix)det</mo><mo stretchy=\"false\">(</mo><mi>A</mi>"])
        assertContains("\\max(a,b)", ["\(prefix)max</mo><mo stretchy=\"false\">(</mo>"])
        assertContains("\\gcd(a,b)", ["\(prefix)gcd</mo><mo stretchy=\"false\">(</mo>"])
        assertContains("\\log(x)", ["<mi>log</mi><mo>\u{2061}</mo><mo stretchy=\"false\">(</mo>"])
    }

    func testOperatorsAreThinSpacedFromTheirNeighbours() {
        // Op–Op: one thin space between `\log` and `\det`, and Op–Ord after `\det`.
        assertContains("\\log\\det A", [
            "<mi>log</mi><mo>\u{2061}</mo><mo movablelimits=\"true\" form=\"prefix\" lspace=\"0.1667em\" rspace=\"0.1667em\">det</mo><mi>A</mi>",
        ])
        assertContains("\\lim_n x_n", ["<munder><mo movablelimits=\"true\" form=\"prefix\" lspace=\"0\" rspace=\"0.1667em\">lim</mo><mi>n</mi></munder><msub>"])
        assertContains("\\sum_i x_i", ["<mo movablelimits=\"true\" lspace=\"0\" rspace=\"0.1667em\">∑</mo>"])
        // Ord–Op: a thin space before the operator.
        assertContains("2\\sum x", ["<mn>2</mn><mo movablelimits=\"true\" lspace=\"0.1667em\" rspace=\"0.1667em\">∑</mo><mi>x</mi>"])
    }

    // MARK: Unary minus

    func testABinaryOperatorWithoutALeftOperandIsOrdinary() {
        assertContains("(-x)", ["<mo stretchy=\"false\">(</mo><mo\(none)>−</mo><mi>x</mi>"])
        assertContains("-x", ["<mo\(none)>−</mo><mi>x</mi>"])
        // At the start the relation has no space on the left; the minus after it is Ord.
        assertContains("= -b", ["<mo lspace=\"0\" rspace=\"0.2778em\">=</mo><mo\(none)>−</mo><mi>b</mi>"])
        // Spaces are no atoms: the minus still follows the relation.
        assertContains("a = \\, -b", ["<mi>a</mi><mo>=</mo><mspace width=\"0.1667em\"></mspace><mo\(none)>−</mo><mi>b</mi>"])
        assertContains("a+-b", ["<mi>a</mi><mo>+</mo><mo\(none)>−</mo><mi>b</mi>"])
        // …and a binary operator before a relation or at the end is Ord too.
        assertContains("a+=b", ["<mi>a</mi><mo\(none)>+</mo><mo>=</mo>"])
        // Between two operands it stays binary.
        assertMathML("a-b", "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>")
        // `{}` is an Ord: `{}-b` is binary.
        assertContains("{}-b", ["<mo lspace=\"0.2222em\" rspace=\"0.2222em\">−</mo><mi>b</mi>"])
    }

    // MARK: Alignments

    func testRelationsAtACellEdgeKeepTheirSpace() {
        // kexue.fm's `=&\,`: both rows' `=` end their cells with a thick
        // space after them, as MathJax sets them, so the signs line up.
        let output = try? semantics(of: "\\begin{aligned} f(x) =&\\, x^2 \\\\ =&\\, (x+1)^2 \\end{aligned}", display: true)
        XCTAssertTrue(output?.contains("<mo stretchy=\"false\">)</mo><mo lspace=\"0.2778em\" rspace=\"0.2778em\">=</mo></mrow></mtd>") == true, output ?? "")
        // A lone operator in a cell: Chromium drops its own spacing there, so the space stands beside it.
        XCTAssertTrue(output?.contains("<mrow><mo\(none)>=</mo><mspace width=\"0.2778em\"></mspace></mrow></mtd>") == true, output ?? "")
        // `&=`: amsmath's `{}` before a right-hand column gives the relation its left space.
        assertContains("\\begin{aligned}a&=b\\end{aligned}", ["<mrow><mo lspace=\"0.2778em\" rspace=\"0.2778em\">=</mo><mi>b</mi></mrow>"], display: true)
        // A matrix has no such `{}`: a minus starting a cell is unary.
        assertContains("\\begin{pmatrix}-1\\end{pmatrix}", ["<mo\(none)>−</mo><mn>1</mn>"])
    }

    // MARK: Class commands

    func testClassCommandsSpaceAsTheirClass() {
        assertMathML("a\\mathrel{x}b", "<mrow><mi>a</mi><mspace width=\"0.2778em\"></mspace><mi>x</mi><mspace width=\"0.2778em\"></mspace><mi>b</mi></mrow>")
        assertMathML("a\\mathbin{x}b", "<mrow><mi>a</mi><mspace width=\"0.2222em\"></mspace><mi>x</mi><mspace width=\"0.2222em\"></mspace><mi>b</mi></mrow>")
        assertMathML("a\\mathord{=}b", "<mrow><mi>a</mi><mo\(none)>=</mo><mi>b</mi></mrow>")
        assertMathML("a\\mathinner{x}b", "<mrow><mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>x</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi></mrow>")
        assertMathML("a\\mathpunct{x}b", "<mrow><mi>a</mi><mi>x</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi></mrow>")
        // After an opening the minus is unary; a closing before an Op is thin-spaced.
        assertContains("\\mathopen{x}-b", ["<mi>x</mi><mo\(none)>−</mo><mi>b</mi>"])
        assertContains("\\mathclose{x}\\log b", ["<mi>x</mi><mspace width=\"0.1667em\"></mspace><mi>log</mi>"])
        assertContains("a\\mathop{x}b", ["<mi>a</mi><mo movablelimits=\"true\" form=\"prefix\" lspace=\"0.1667em\" rspace=\"0.1667em\">x</mo><mi>b</mi>"])
        // `\overset` takes its base's class: `\overset{?}{=}` is a relation.
        assertContains("a\\overset{?}{=}b", ["<mi>a</mi><mover><mo lspace=\"0.2778em\" rspace=\"0.2778em\">=</mo>"])
        assertContains("a\\stackrel{def}{x}b", ["<mi>a</mi><mspace width=\"0.2778em\"></mspace><mover><mi>x</mi>"])
    }
}
