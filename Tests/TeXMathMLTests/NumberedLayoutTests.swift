import XCTest

@testable import TeXMathML

/// How numbered displays sit in the text column: the table as wide as the
/// line, the number at the right of its own row, the
/// formula centred between balanced side cells, `multline` and `flalign`
/// across the line.
final class NumberedLayoutTests: XCTestCase {
    private let number1 = "<mspace width=\"1em\"></mspace><mtext>(1)</mtext>"
    private let spacer = "<mtd style=\"width:50%;padding:0\">"

    private func eqno(_ tag: String, centred: Bool = true) -> String {
        "<mtd class=\"eqno\" columnalign=\"right\" style=\"text-align:-webkit-right;\(centred ? "width:50%;" : "")padding:0\"><mspace width=\"1em\"></mspace><mtext>\(tag)</mtext></mtd>"
    }

    func testANumberedFormulaIsATableAsWideAsTheLine() throws {
        let output = try TeXMathML().convert("\\begin{equation}x\\end{equation}", display: true)
        XCTAssertTrue(output.hasPrefix("<math display=\"block\" style=\"width:100%\"><semantics><mtable displaystyle=\"true\" style=\"width:100%\">"), output)
    }

    /// The empty cell at the left holds the number's invisible copy, so that
    /// the table shrinks both side cells alike and the formula stays centred.
    func testTheLeftCellBalancesTheNumber() throws {
        let output = try semantics(of: "\\begin{equation}x\\end{equation}", display: true)
        XCTAssertTrue(output.contains("<mtr>\(spacer)<mphantom aria-hidden=\"true\">\(number1)</mphantom></mtd><mtd style=\"text-align:-webkit-center\"><mi>x</mi></mtd>\(eqno("(1)"))</mtr>"), output)
    }

    func testEachRowOfAnAlignmentHasItsOwnNumberOrNone() throws {
        let output = try semantics(of: "\\begin{align}a&=b\\label{a}\\\\c&=d\\notag\\\\e&=f\\end{align}", display: true)
        let rows = output.components(separatedBy: "<mtr").dropFirst()
        XCTAssertEqual(rows.count, 3)
        XCTAssertTrue(rows[1].hasPrefix(" id=\"eqn-a\">\(spacer)<mphantom"), rows[1])
        XCTAssertTrue(rows[1].hasSuffix("\(eqno("(1)"))</mtr>"), rows[1])
        XCTAssertTrue(rows[2].hasPrefix(">\(spacer)</mtd>"), "no number, nothing to balance: \(rows[2])")
        XCTAssertTrue(rows[2].contains("<mtd class=\"eqno\" columnalign=\"right\" style=\"text-align:-webkit-right;width:50%;padding:0\"></mtd></mtr>"), rows[2])
        XCTAssertTrue(rows[3].contains(eqno("(2)")), rows[3])
    }

    /// Each line is a row of the table; the first flush left and the last
    /// flush right, `\multlinegap` (1em) from the margins; the one number
    /// (and its anchor) on the last line, as amsmath and MathJax set it.
    func testMultlineSpansTheLineWithItsNumberOnTheLastLine() throws {
        let output = try semantics(of: "\\begin{multline}a\\\\b\\\\c\\label{m}\\end{multline}", display: true)
        XCTAssertEqual(
            output,
            "<mtable displaystyle=\"true\" style=\"width:100%\">"
                + "<mtr><mtd columnalign=\"left\" style=\"text-align:-webkit-left;width:100%;padding-left:1em\"><mi>a</mi></mtd></mtr>"
                + "<mtr><mtd style=\"text-align:-webkit-center;width:100%\"><mi>b</mi></mtd></mtr>"
                + "<mtr id=\"eqn-m\"><mtd columnalign=\"right\" style=\"text-align:-webkit-right;width:100%;padding-right:0\"><mi>c</mi></mtd>\(eqno("(1)", centred: false))</mtr>"
                + "</mtable>")
    }

    func testAnUnnumberedMultlineSpansTheLineToo() throws {
        let output = try TeXMathML().convert("\\begin{multline*}a\\\\b\\end{multline*}", display: true)
        XCTAssertTrue(output.hasPrefix("<math display=\"block\" style=\"width:100%\">"), output)
        XCTAssertTrue(output.contains("style=\"text-align:-webkit-right;width:100%;padding-right:1em\"><mi>b</mi>"), "the gap at the right too: \(output)")
        XCTAssertFalse(output.contains("eqno"), output)
    }

    /// `flalign`: an empty cell between column pairs takes the room left, so
    /// the first pair is at the left margin and the last at the right.
    func testFlalignPutsItsOuterPairsAtTheMargins() throws {
        let output = try semantics(of: "\\begin{flalign}a&=b&c&=d\\end{flalign}", display: true)
        XCTAssertTrue(output.hasPrefix("<mtable displaystyle=\"true\" style=\"width:100%\"><mtr><mtd columnalign=\"right\""), "no cell before the first pair: \(output)")
        XCTAssertTrue(output.contains("<mi>b</mi></mrow></mtd><mtd style=\"width:100%;padding:0\"><mrow></mrow></mtd><mtd columnalign=\"right\""), output)
        XCTAssertTrue(output.hasSuffix("<mi>d</mi></mrow></mtd>\(eqno("(1)", centred: false))</mtr></mtable>"), output)
        let single = try semantics(of: "\\begin{flalign*}a&=b\\end{flalign*}", display: true)
        XCTAssertTrue(single.contains("<mi>b</mi></mrow></mtd><mtd style=\"width:100%;padding:0\"><mrow></mrow></mtd></mtr>"), "a lone pair at the left: \(single)")
    }

    /// MathJax 3.2 refuses a `\tag` inside `aligned`, `gathered` or `split`
    /// (amsmath too), and a second `\tag` for one equation: such a formula
    /// falls back to MathJax, which shows the same error as the original blog.
    func testTagsWhereMathJaxRefusesThem() throws {
        for (tex, message) in [
            ("\\begin{aligned} a &= b \\tag{1}\\\\ c &= d \\tag{2}\\end{aligned}", "\\tag not allowed in aligned environment"),
            ("\\begin{equation}\\begin{aligned} a &= b \\tag{1}\\end{aligned}\\end{equation}", "\\tag not allowed in aligned environment"),
            ("\\begin{gathered} a \\\\ b \\tag{1}\\end{gathered}", "\\tag not allowed in gathered environment"),
            ("\\begin{split} a &= \\begin{cases} 1 \\tag{1}\\end{cases}\\end{split}", "\\tag not allowed in split environment"),
            ("a \\tag{1} b \\tag{2}", "Multiple \\tag"),
            ("\\begin{align} a \\tag{1} \\tag{2}\\end{align}", "Multiple \\tag"),
        ] {
            XCTAssertThrowsError(try TeXMathML().convert(tex, display: true), tex) { error in
                XCTAssertEqual((error as? TeXError)?.message, message, tex)
            }
        }
        let whole = try semantics(of: "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\\tag{A}", display: true)
        XCTAssertTrue(whole.contains(eqno("(A)")), "a \\tag after the aligned numbers the whole: \(whole)")
        XCTAssertNoThrow(try TeXMathML().convert("\\begin{align} a \\tag{1}\\\\ b \\tag{2}\\end{align}", display: true), "one \\tag a row")
    }
}
