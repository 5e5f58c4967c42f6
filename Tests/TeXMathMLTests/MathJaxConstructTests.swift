import Foundation
import XCTest

@testable import TeXMathML

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The constructs added from MathJax's Base, AMS and braket suites: each
/// gives the essential MathML that MathJax (or KaTeX and Temml, where
/// MathJax uses what MathML Core lacks) gives for it.
final class MathJaxConstructTests: XCTestCase {
    func testSideset() {
        assertContains("\\sideset{'}{'}{a}", ["<mmultiscripts><mi>a</mi><none></none><mo>′</mo><mprescripts></mprescripts><none></none><mo>′</mo></mmultiscripts>"], display: true)
        assertContains("\\sideset{_1^2}{_3^4}\\sum", ["<mmultiscripts>", "∑", "<mn>3</mn><mn>4</mn><mprescripts></mprescripts><mn>1</mn><mn>2</mn>"], display: true)
        assertContains("\\sideset{}{'}\\sum_{n=0}^{k}n", ["<munderover>", "<msup><mo movablelimits=\"true\" lspace=\"0\" rspace=\"0.1667em\">∑</mo><mo>′</mo></msup>"], display: true)
    }

    func testShoveInMultline() {
        assertContains("\\begin{multline} a\\\\\\shoveright b\\\\ c\\end{multline}", ["text-align:-webkit-left", "<mi>a</mi>", "text-align:-webkit-right", "<mi>b</mi>", "text-align:-webkit-right", "<mi>c</mi>"], display: true)
        assertContains("\\begin{multline} a\\\\\\shoveleft\\shoveright b\\\\ c\\end{multline}", ["<mi>a</mi>", "text-align:-webkit-right", "<mi>b</mi>"], display: true)
        XCTAssertThrowsError(try TeXMathML().convert("\\begin{align}\\shoveleft a\\end{align}", display: true))
    }

    func testXalignat() {
        assertContains("\\begin{xalignat}{2} a&b & c&d \\end{xalignat}", ["<mtable", "<mi>a</mi>", "<mi>b</mi>", "<mi>c</mi>", "<mi>d</mi>", "(1)"], display: true)
        assertContains("\\begin{xxalignat}{2} a&b & c&d \\end{xxalignat}", ["<mtable", "<mi>d</mi>"], display: true)
        XCTAssertFalse(try semantics(of: "\\begin{xxalignat}{2} a&b \\end{xxalignat}", display: true).contains("(1)"))
    }

    func testMultipleIntegralAndDecoratedLimits() {
        assertContains("\\idotsint", ["<mo>∫</mo><mo>⋯</mo><mo>∫</mo>"], display: true)
        assertContains("\\varliminf_{n} \\varlimsup \\varinjlim \\varprojlim", [
            "<munder><mrow style=\"border-bottom:0.04em solid;padding-bottom:0.12em\"><mi>lim</mi></mrow><mi>n</mi></munder>",
            "<mrow style=\"border-top:0.04em solid;padding-top:0.12em\"><mi>lim</mi></mrow>", "<munder accentunder=\"true\"><mi>lim</mi><mo stretchy=\"true\">→</mo></munder>",
            "<munder accentunder=\"true\"><mi>lim</mi><mo stretchy=\"true\">←</mo></munder>",
        ], display: true)
    }

    func testFractionsWithDelimiters() {
        assertContains("1 \\overwithdelims [ ] 2", ["<mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" minsize=\"2.4em\" maxsize=\"2.4em\" style=\"width:0.528em\">[</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><mo", "]</mo>"], display: true)
        assertContains("a \\atopwithdelims ( ) b", ["(</mo><mfrac linethickness=\"0\">"], display: true)
        assertContains("a \\abovewithdelims [ ] 1pt b", ["[</mo><mfrac linethickness=\"0.1em\"><mi>a</mi><mi>b</mi></mfrac>"], display: true)
        assertContains("n \\brack k", ["[</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>"], display: true)
        assertContains("n \\brace k", ["{</mo><mfrac linethickness=\"0\">"], display: true)
    }

    func testPlainTeXTables() {
        assertContains("\\matrix{a&b\\cr c&d}", ["<mtable", "<mtr>", "<mi>a</mi>", "<mi>b</mi>", "</mtr><mtr>", "<mi>c</mi>"], display: true)
        assertContains("\\pmatrix{a&b}", ["(</mo><mtable", "<mi>b</mi>", "</mtable><mo", ")</mo>"], display: true)
        assertContains("\\cases{a & b\\\\ c & d}", ["{</mo><mtable", "<mi>a</mi>", "</mtr><mtr>", "<mtext>d</mtext>"], display: true)
        assertContains("\\matrix a", ["<mtable", "<mi>a</mi>"], display: true)
    }

    func testRootOf() {
        assertContains("\\root 4 \\of x", ["<mroot><mi>x</mi><mn>4</mn></mroot>"], display: true)
    }

    func testRaiseLowerAndMoves() {
        // KaTeX's and Temml's \raisebox: the content moved by voffset, the box kept.
        assertContains("x\\raise{2pt}{y}z", ["<mpadded voffset=\"0.2em\"><mi>y</mi></mpadded>"], display: true)
        assertContains("\\lower 1em {x}", ["<mpadded voffset=\"-1em\"><mi>x</mi></mpadded>"], display: true)
        assertContains("\\moveright 1em {x}", ["<mspace width=\"1em\"></mspace><mi>x</mi><mspace width=\"-1em\"></mspace>"], display: true)
    }

    func testOverlaps() {
        assertContains("\\rlap{x}", ["<mpadded width=\"0\"><mi>x</mi></mpadded>"], display: true)
        assertContains("\\llap{x}", ["<mpadded width=\"0\"><mrow style=\"transform:translateX(-100%)\"><mi>x</mi></mrow></mpadded>"], display: true)
        assertContains("\\mathclap{x}", ["<mpadded width=\"0\">", "translateX(-50%)"], display: true)
    }

    func testRulesAndBoxes() {
        assertContains("\\rule{2cm}{1cm}", ["<mspace width=\"5.69em\" height=\"2.845em\" mathbackground=\"currentColor\">"], display: true)
        // Raised 3pt, a 1pt rule spans 3pt to 4pt above the baseline; lowered, 3pt below to 2pt below.
        assertContains("\\rule[3pt]{2pt}{1pt}", ["<mpadded voffset=\"0.3em\" height=\"0.4em\" depth=\"0em\"><mspace width=\"0.2em\" height=\"0.1em\""], display: true)
        assertContains("\\rule[-3pt]{2pt}{1pt}", ["<mpadded voffset=\"-0.3em\" height=\"0em\" depth=\"0.3em\">"], display: true)
        assertContains("\\framebox{x}", ["border:0.06em solid", "<mtext>x</mtext>"], display: true)
        assertContains("\\makebox[2em]{x}", ["<mpadded width=\"2em\"><mtext>x</mtext></mpadded>"], display: true)
    }

    func testHfillInACell() {
        assertContains("\\begin{array}{cc}a&\\hfill b\\end{array}", ["<mi>a</mi>", "<mi>b</mi>"], display: true)
    }

    func testLogosSkewAndChoice() {
        assertContains("\\TeX", ["<mi mathvariant=\"normal\">T</mi>", "<mpadded voffset=\"-0.5ex\"><mi mathvariant=\"normal\">E</mi></mpadded>", "X</mi>"], display: true)
        assertContains("\\LaTeX", ["<mi mathvariant=\"normal\">L</mi>", "<mstyle scriptlevel=\"1\"><mi mathvariant=\"normal\">A</mi></mstyle>", "T</mi>"], display: true)
        assertContains("\\skew7\\hat A", ["<mover accent=\"true\"><mi>A</mi><mo stretchy=\"false\" style=\"padding-bottom:0.085em\">ˆ</mo></mover>"], display: true)
        assertContains("\\mathchoice{D}{T}{S}{SS}", ["<mi>T</mi>"], display: true)
    }

    /// `\intertext` puts text between two rows of an alignment, from the
    /// left margin across every column, and takes no number.
    func testIntertextSpansTheRowsWithoutANumber() throws {
        var document = MathDocument()
        let index = try document.add("\\begin{align}a &= b \\\\ \\intertext{因此} c &= d\\label{c}\\end{align}", display: true)
        let output = document.mathML(index).mathML
        XCTAssertEqual(document.labels["c"]?.tag, "2", "the text row takes no number")
        XCTAssertTrue(output.contains(
            "<mtr><mtd columnalign=\"left\" style=\"text-align:-webkit-left;padding:0.4em 0\" columnspan=\"3\"><mtext>因此</mtext></mtd><mtd class=\"eqno\""), output)
        XCTAssertEqual(output.components(separatedBy: "<mtr").count - 1, 3)
        XCTAssertThrowsError(try TeXMathML().convert("a \\intertext{x} b", display: true), "only at the start of a row")
    }

    /// In `\mbox` and `\text`: `\(…\)` is math as `$…$` is, a reference
    /// is a link, and a line break is a space (text in math does not break).
    func testTextHoldsMathReferencesAndBreaks() throws {
        assertContains("a\\mbox{aa \\(\\frac{a}{b}\\) bb} c", ["<mtext>aa\u{A0}</mtext><mfrac><mi>a</mi><mi>b</mi></mfrac><mtext>\u{A0}bb</mtext>"], display: true)
        assertContains("a\\mbox{aa \\\\ bb} c", ["<mtext>aa\u{A0}\u{A0}\u{A0}bb</mtext>"], display: true)
        var document = MathDocument()
        try document.add("\\begin{equation}x\\label{one}\\end{equation}", display: true)
        let text = try document.add("\\text{见 \\eqref{one}}", display: false)
        XCTAssertTrue(document.mathML(text).mathML.contains("<mtext><a class=\"eqref\" href=\"#eqn-one\">(1)</a></mtext>"))
        assertContains("A \\\u{A0}B", ["<mi>A</mi><mspace width=\"0.3333em\"></mspace><mi>B</mi>"], display: true)
        assertContains("a\\break b", ["<mi>a</mi><mi>b</mi>"], display: true)
    }

    /// Plain TeX's `\cases` sets its second column as text, with `$…$` for math.
    func testPlainCasesTakesTextInItsSecondColumn() {
        assertContains("\\cases{1, & if $x > 0$ \\cr 0, & otherwise}", [
            "<mn>1</mn><mo lspace=\"0\" rspace=\"0\">,</mo>", "<mtext>if\u{A0}</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow>", "<mtext>otherwise</mtext>",
        ], display: true)
    }

    func testAccentsAndBuildrel() {
        assertContains("\\underbar{a}", ["<mrow style=\"border-bottom:0.04em solid;padding-bottom:0.12em\"><mi>a</mi></mrow>"], display: true)
        assertContains("\\buildrel{a}\\over b", ["<mover><mi>b</mi><mi>a</mi></mover>"], display: true)
        assertContains("\\overunderset{a}{b}{c}", ["<munderover><mi>c</mi><mi>b</mi><mi>a</mi></munderover>"], display: true)
    }

    func testMmlTokenAndFonts() {
        assertContains("\\mmlToken{mo}[mathvariant=normal]{=}", ["<mo lspace=\"0\" rspace=\"0\">=</mo>"], display: true)
        assertContains("\\symbf{x}\\mathbfsfit{y}\\frak a", ["𝐱", "𝙮", "𝔞"], display: true)
    }

    func testBraket() {
        assertContains("\\bra{x}", ["⟨</mo><mi>x</mi><mo fence=\"true\" stretchy=\"false\" symmetric=\"true\">|</mo>"], display: true)
        assertContains("\\ket{x}", ["|</mo><mi>x</mi><mo", "⟩</mo>"], display: true)
        assertContains("\\braket{x|y}", ["⟨</mo><mi>x</mi><mo stretchy=\"false\"", "|</mo><mi>y</mi>", "⟩</mo>"], display: true)
        assertContains("\\Braket{\\frac{x}{y}||z}", ["<mo fence=\"true\" stretchy=\"true\" symmetric=\"true\">⟨</mo>", "<mo stretchy=\"true\" lspace=\"0.2222em\" rspace=\"0.2222em\">‖</mo><mi>z</mi>"], display: true)
        assertContains("\\Set{x|x>0}", ["{</mo><mspace width=\"0.1667em\"></mspace><mi>x</mi><mo stretchy=\"true\"", "|</mo>", "}</mo>"], display: true)
        assertContains("\\ketbra{x}{y}", ["|</mo><mi>x</mi>", "⟩</mo></mrow><mrow>", "⟨</mo><mi>y</mi>"], display: true)
    }
}

extension MathJaxConstructTests {
    /// MathJax shows what follows `\end{align}` in the same formula after
    /// the rows; the reference resolves to the row's number.
    func testReferenceAfterANumberedEnvironment() throws {
        var document = MathDocument()
        let index = try document.add("\\begin{align}a\\label{A}\\end{align}\\ref{A}", display: true)
        let output = document.mathML(index).mathML
        XCTAssertTrue(XMLParser(data: Data(output.utf8)).parse(), output)
        XCTAssertTrue(output.contains("</mtable><mtext><a class=\"eqref\" href=\"#eqn-A\">1</a></mtext></mrow>"), output)
        XCTAssertThrowsError(try document.add("\\frac{\\begin{align}a\\end{align}}{2}", display: true))
        XCTAssertThrowsError(try document.add("\\begin{align}a\\end{align}\\tag{2}", display: true))
    }
}

extension MathJaxConstructTests {
    /// Constructs that read the atom after them nest, and the nesting limit
    /// applies: an error, not a stack overflow.
    func testNestingThroughTheNewConstructsIsBounded() {
        for prefix in ["\\skew1", "\\sideset{}{}", "\\root 2\\of", "\\llap", "\\bra", "\\raise1pt", "\\matrix", "\\substack{", "\\displaylines{", "\\bbox[red]{"] {
            assertError(String(repeating: prefix, count: 5_000) + "x", "nests more than", display: true)
        }
    }
}

extension MathJaxConstructTests {
    /// MathML Core reads an `mpadded` length as a CSS length: MathML 3's
    /// `+0.2em` (grow by 0.2em) sets it to 0.2em in Chromium, and a negative
    /// width, height or depth is ignored. So boxes that move or pad their
    /// content give plain lengths: `\raise` and `\lower` only a `voffset`, as
    /// KaTeX and Temml do, `\rule[…]` its exact extent, an arrow's label
    /// spaces beside it.
    func testPaddedLengthsAreMathMLCoreLengths() throws {
        let formulas = [
            "x\\raise{2pt}{y}z", "\\lower 1em {x}", "\\rule[3pt]{2pt}{1pt}", "\\rule[-3pt]{2pt}{1pt}", "\\TeX", "\\LaTeX",
            "\\xrightarrow{f}", "\\xleftarrow[below]{above}", "\\sqrt[\\uproot{2}\\leftroot{3}3]{x}", "\\smash[t]{x}", "\\llap{x}",
        ]
        let padded = try NSRegularExpression(pattern: "<mpadded([^>]*)>")
        let attribute = try NSRegularExpression(pattern: "(\\w+)=\"([^\"]*)\"")
        for tex in formulas {
            let output = try semantics(of: tex, display: true)
            for match in padded.matches(in: output, range: NSRange(output.startIndex..., in: output)) {
                let attributes = String(output[Range(match.range(at: 1), in: output)!])
                for pair in attribute.matches(in: attributes, range: NSRange(attributes.startIndex..., in: attributes)) {
                    let name = String(attributes[Range(pair.range(at: 1), in: attributes)!])
                    let value = String(attributes[Range(pair.range(at: 2), in: attributes)!])
                    XCTAssertFalse(value.hasPrefix("+"), "\(tex): \(name)=\"\(value)\" in \(output)")
                    if name != "voffset" && name != "lspace" {
                        XCTAssertFalse(value.hasPrefix("-"), "\(tex): \(name)=\"\(value)\" in \(output)")
                    }
                }
            }
        }
    }
}

extension MathJaxConstructTests {
    /// Rows in braces end as an environment's do: a `\\` before the closing
    /// brace starts no row (MathJax's `\substack` is a `subarray`, whose
    /// last empty row is dropped), and `\\[2pt]` takes its spacing.
    func testRowsInBracesEndAsEnvironmentsDo() throws {
        for tex in ["\\sum_{\\substack{i<n\\\\j<m\\\\}} x", "\\displaylines{a\\\\b\\\\}", "\\matrix{a\\cr b\\cr}", "\\begin{matrix}a\\\\b\\\\\\end{matrix}"] {
            XCTAssertEqual(try semantics(of: tex, display: true).components(separatedBy: "<mtr>").count - 1, 2, tex)
        }
        assertContains("\\substack{i\\\\[2pt]j}", ["<mi>i</mi>", "</mtr><mtr>", "<mi>j</mi>"], display: true)
    }
}
