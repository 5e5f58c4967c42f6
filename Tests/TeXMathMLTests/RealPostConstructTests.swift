import Foundation
import XCTest

@testable import TeXMathML

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Constructs our first user's posts use, which MathJax and KaTeX accept.
/// Each expectation is the essential MathML that MathJax (or KaTeX and
/// Temml, where MathJax 3 has no rendering) gives, written in MathML Core.
final class RealPostConstructTests: XCTestCase {
    private func count(_ part: String, in text: String) -> Int {
        text.components(separatedBy: part).count - 1
    }

    // MARK: Line breaks

    func testALineBreakInADisplayStacksCentredLines() throws {
        // Temml's rendering of MathJax's `<mspace linebreak="newline">`: one table row per line.
        assertMathML(
            "a\\\\b",
            "<mtable displaystyle=\"true\"><mtr><mtd style=\"text-align:-webkit-center\"><mi>a</mi></mtd></mtr><mtr><mtd style=\"text-align:-webkit-center\"><mi>b</mi></mtd></mtr></mtable>",
            display: true)
        let three = try semantics(of: "x=1\\\\[4pt] y=2 \\\\* z=3\\newline w", display: true)
        XCTAssertEqual(count("<mtr>", in: three), 4, three)
        XCTAssertFalse(three.contains("4pt") || three.contains("<mi>p</mi>") || three.contains("∗"), three)
        // A `\\` that ends the formula adds no empty line.
        assertMathML("a=b\\\\", "<mrow><mi>a</mi><mo>=</mo><mi>b</mi></mrow>", display: true)
        XCTAssertEqual(count("<mtr>", in: try semantics(of: "a\\\\b\\\\[2pt]", display: true)), 2)
    }

    func testALineBreakInsideAnEquationStacksItsLinesUnderOneNumber() throws {
        var document = MathDocument()
        let index = try document.add("\\begin{equation}a=b\\\\c=d\\label{two}\\end{equation}", display: true)
        let output = document.mathML(index).mathML
        XCTAssertEqual(count("<mtext>(1)</mtext></mtd>", in: output), 1, output)
        XCTAssertTrue(output.contains("<mtr><mtd style=\"text-align:-webkit-center\"><mrow><mi>a</mi><mo>=</mo><mi>b</mi></mrow></mtd></mtr>"), output)
        XCTAssertEqual(document.labels["two"]?.tag, "1")
    }

    func testAStyleSwitchCarriesOnAcrossLines() throws {
        let output = try semantics(of: "x\\color{red}a\\\\b", display: true)
        XCTAssertEqual(count("mathcolor=\"red\"", in: output), 2, "b is red too: \(output)")
        XCTAssertTrue(output.hasPrefix("<mtable"), output)
    }

    func testALineBreakInlineOrNestedRunsTheLinesTogetherAsMathJax3Does() {
        assertMathML("a\\\\b", "<mrow><mi>a</mi><mi>b</mi></mrow>")
        assertMathML("{a\\\\b}c", "<mrow><mrow><mi>a</mi><mi>b</mi></mrow><mi>c</mi></mrow>", display: true)
    }

    func testARowBreakTakesItsSpacingOnlyRightAfterIt() throws {
        // MathJax reads `\\[…]` only with nothing between: `\\ [a]` starts a row with a bracket.
        let output = try semantics(of: "\\begin{aligned}x\\\\ [a]\\end{aligned}", display: true)
        XCTAssertTrue(output.contains("<mo stretchy=\"false\">[</mo><mi>a</mi>"), output)
    }

    func testDisplaylinesStacksCentredLines() throws {
        let output = try semantics(of: "\\displaylines{a=1\\\\b=2}")
        XCTAssertTrue(output.hasPrefix("<mtable displaystyle=\"true\">"), output)
        XCTAssertEqual(count("<mtd style=\"text-align:-webkit-center\">", in: output), 2, output)
    }

    // MARK: Control spaces

    func testABackslashBeforeALineEndTabOrReturnIsAControlSpace() {
        let space = "<mspace width=\"0.3333em\"></mspace>"
        for white in ["\n", "\t", "\r"] {
            assertMathML("a\\\(white)b", "<mrow><mi>a</mi>\(space)<mi>b</mi></mrow>")
        }
        assertMathML("\\text{a\\\nb}", "<mtext>a\u{A0}b</mtext>")
    }

    // MARK: Definitions

    func testANewcommandNameMayLackItsBackslash() {
        assertMathML("\\newcommand{tr}{\\operatorname{tr}}\\tr A", "<mrow><mi>tr</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\"></mspace><mi>A</mi></mrow>")
        assertMathML("\\renewcommand{ E }{\\mathbb{E}}\\E", "<mi>𝔼</mi>")
        assertMathML("\\DeclareMathOperator{rank}{rank}\\rank", "<mrow><mi>rank</mi><mo>\u{2061}</mo></mrow>")
        // As in MathJax, the name is one argument: `\newcommand tr{x}` defines `\t` as `r`.
        assertMathML("\\newcommand tr{x}\\t", "<mrow><mi>x</mi><mi>r</mi></mrow>")
        assertError("\\newcommand{a b}{x}", "name")
    }

    // MARK: Sizes

    func testSizeSwitchesScaleTheRestOfTheGroupByMathJaxsFactors() {
        let factors = [
            "tiny": "0.5em", "Tiny": "0.6em", "scriptsize": "0.7em", "footnotesize": "0.8em", "small": "0.85em", "normalsize": "1em",
            "large": "1.2em", "Large": "1.44em", "LARGE": "1.73em", "huge": "2.07em", "Huge": "2.49em",
        ]
        for (name, size) in factors {
            assertMathML("{\\\(name) x}y", "<mrow><mstyle mathsize=\"\(size)\"><mi>x</mi></mstyle><mi>y</mi></mrow>")
        }
    }

    // MARK: Roots

    func testRootIndexPositionsAreRead() {
        // MathJax: \uproot{3} raises the index by 3/15 em, \leftroot{2} moves it 2/15 em left.
        assertContains("\\sqrt[\\leftroot{2}\\uproot{3}n]{x}", ["<mroot><mi>x</mi>", "voffset=\"0.2em\"", "<mi>n</mi><mspace width=\"0.1333em\"></mspace>"])
        assertContains("\\sqrt[\\uproot{-3}3]{x}", ["voffset=\"-0.2em\"", "<mn>3</mn>"])
        assertError("\\uproot{2}x", "root")
        assertError("\\sqrt[\\uproot{a}3]{x}", "integer")
    }

    // MARK: Rules, packages, operator names

    func testHdashlineDrawsADashedRule() {
        assertContains("\\begin{array}{c}a\\\\\\hdashline b\\end{array}", ["border-top:0.06em dashed"])
        assertContains("\\begin{array}{c:c}a&b\\end{array}", ["border-left:0.06em dashed"])
    }

    func testRequireOfASupportedPackageDoesNothing() {
        assertMathML("\\require{cancel}x", "<mi>x</mi>")
        assertMathML("\\require{AMSmath}\\require{[tex]/color}x", "<mi>x</mi>")
        assertError("\\require{mhchem}\\ce{H2O}", "mhchem")
    }

    func testCsgnIsANamedFunction() {
        assertMathML("\\csgn x", "<mrow><mi>csgn</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\"></mspace><mi>x</mi></mrow>")
    }

    // MARK: HTML and bbox

    func testStyleClassAndIdWrapTheirMath() {
        assertMathML("\\style{color: red; font-size: 120\\%}{x}", "<mrow style=\"color:red;font-size:120%\"><mi>x</mi></mrow>")
        assertMathML("\\class{note}{x}", "<mrow class=\"note\"><mi>x</mi></mrow>")
        assertMathML("\\cssId{main}{x}", "<mrow id=\"main\"><mi>x</mi></mrow>")
        assertMathML("\\style{transform:rotate(180deg)}{x}", "<mrow style=\"transform:rotate(180deg)\"><mi>x</mi></mrow>")
    }

    func testStylesThatCouldLoadOrBreakOutAreRefused() {
        for css in [
            "background:url(http://x/a.png)", "color:red\" onload=\"x", "background:u\\72l(a)", "color:{red}",
            "color:expression(alert(1))", "font-family:'a'", "x", "behavior:image-set(a 1x)", "color:red/*",
        ] {
            assertError("\\style{\(css)}{x}", "CSS")
        }
        assertError("\\class{a\"b}{x}", "class")
    }

    func testBboxDrawsBackgroundPaddingAndBorder() {
        assertMathML("\\bbox[yellow]{x}", "<mrow style=\"background-color:yellow\"><mi>x</mi></mrow>")
        assertMathML("\\bbox[5pt]{x}", "<mrow style=\"padding:0.5em\"><mi>x</mi></mrow>")
        assertMathML(
            "\\bbox[#ffd, 3px, border: 2px solid red]{x}",
            "<mrow style=\"background-color:#ffd;padding:0.1875em;border:2px solid red\"><mi>x</mi></mrow>")
        assertMathML("\\bbox{x}", "<mi>x</mi>")
        assertError("\\bbox[red,blue]{x}", "twice")
        assertError("\\bbox[!]{x}", "bbox")
    }

    // MARK: Optional arguments

    func testTheVerticalAlignmentOfTablesIsReadNotPrinted() throws {
        for tex in [
            "\\begin{array}[b]{c}a\\end{array}", "\\begin{array}[t]{c}a\\end{array}", "\\begin{aligned}[t]a&=b\\end{aligned}",
            "\\begin{gathered}[b]a\\\\b\\end{gathered}", "\\begin{alignedat}[t]{2}a&=b&c&=d\\end{alignedat}",
        ] {
            let output = try semantics(of: tex, display: true)
            XCTAssertFalse(output.contains("[") || output.contains("]"), "\(tex): \(output)")
            // Moved onto the baseline where it is not there already (ConversionTests has the shifts).
            XCTAssertTrue(output.hasPrefix("<mtable") || output.hasPrefix("<mpadded voffset="), output)
        }
        // A bracket that is no alignment is the table's content, as in LaTeX after a space.
        assertContains("\\begin{aligned}[x]&=y\\end{aligned}", ["<mo stretchy=\"false\">[</mo><mi>x</mi>"], display: true)
    }

    func testCfracAlignsItsNumerator() {
        assertContains("\\cfrac[l]{1}{x+y}", ["<mfrac numalign=\"left\">"])
        assertContains("\\cfrac[r]{1}{x+y}", ["<mfrac numalign=\"right\">"])
        assertContains("\\cfrac[c]{1}{x+y}", ["<mfrac><mn>1</mn>"])
        assertError("\\cfrac[q]{1}{2}", "alignment")
    }

    func testAboveReadsTheRuleThickness() {
        assertMathML("a \\above 1pt b", "<mfrac linethickness=\"0.1em\"><mi>a</mi><mi>b</mi></mfrac>")
        assertMathML("{a \\above{2pt} b}", "<mfrac linethickness=\"0.2em\"><mi>a</mi><mi>b</mi></mfrac>")
        assertMathML("a \\brace b", "<mrow><mo>{</mo><mfrac linethickness=\"0\"><mi>a</mi><mi>b</mi></mfrac><mo>}</mo></mrow>")
        assertMathML("a \\brack b", "<mrow><mo>[</mo><mfrac linethickness=\"0\"><mi>a</mi><mi>b</mi></mfrac><mo>]</mo></mrow>")
    }

    func testLengthsMayBeBracedOrWrittenOn() {
        // MathJax reads `\kern{2pt}` and `\hspace 1pc` as well as `\kern 2pt` and `\hspace{1pc}`.
        assertMathML("\\kern{2pt}", "<mspace width=\"0.2em\"></mspace>")
        assertMathML("\\hspace 1pc", "<mspace width=\"1.2em\"></mspace>")
    }

    func testSmashHidesTheSideItNames() {
        assertMathML("\\smash[t]{x}", "<mpadded height=\"0\"><mi>x</mi></mpadded>")
        assertMathML("\\smash[b]{x}", "<mpadded depth=\"0\"><mi>x</mi></mpadded>")
        assertMathML("\\smash{x}", "<mpadded height=\"0\" depth=\"0\"><mi>x</mi></mpadded>")
    }

    // MARK: Array templates

    func testAtColumnsReplaceTheSpaceBetweenColumns() throws {
        // `@{}` only takes the padding away…
        assertContains("\\begin{array}{@{}l@{}}a\\end{array}", ["text-align:-webkit-left;padding:0 0.5em 0 0.5em;padding-left:0;padding-right:0"])
        // …`@{.}` puts its material between the columns, in every row, with no space around it.
        let decimal = try semantics(of: "\\begin{array}{r@{.}l}3&14\\\\2&7\\end{array}")
        XCTAssertEqual(count("<mtd style=\"text-align:-webkit-center;padding:0\"><mo>.</mo></mtd>", in: decimal), 0, decimal)
        XCTAssertTrue(decimal.contains("<mtd columnalign=\"right\" style=\"text-align:-webkit-right;padding:0 0.5em 0 0.5em;padding-right:0\"><mspace height=\"0.85em\" depth=\"0.35em\"></mspace><mn>3</mn></mtd>"), decimal)
        XCTAssertTrue(decimal.contains("<mtd columnalign=\"left\" style=\"text-align:-webkit-left;padding:0 0.5em 0 0.5em;padding-left:0\"><mn>14</mn></mtd>"), decimal)
        // `!{…}` keeps the space around its material.
        assertContains("\\begin{array}{c!{=}c}a&b\\end{array}", ["<mtd style=\"text-align:-webkit-center;padding:0 0.5em 0 0.5em;padding:0\"><mo lspace=\"0\" rspace=\"0\">=</mo></mtd>", "<mtd style=\"text-align:-webkit-center;padding:0 0.5em 0 0.5em\"><mi>b</mi></mtd>"])
    }

    func testBeforeAndAfterColumnsWrapEveryCellOfTheirColumn() throws {
        assertContains("\\begin{array}{>{\\displaystyle}c}\\sum_i x\\end{array}", ["<mtd style=\"text-align:-webkit-center;padding:0 0.5em 0 0.5em\"><mspace height=\"0.85em\" depth=\"0.35em\"></mspace><mstyle displaystyle=\"true\" scriptlevel=\"0\">"])
        let after = try semantics(of: "\\begin{array}{c<{;}c}a&b\\\\c&d\\end{array}")
        XCTAssertEqual(count("<mo>;</mo>", in: after), 0, after)
        XCTAssertTrue(after.contains("<mrow><mi>a</mi><mo lspace=\"0\" rspace=\"0\">;</mo></mrow>"), after)
    }

    func testTheNewConstructsKeepTheLimits() throws {
        let depth = 3_000
        for opening in ["\\bbox[red]{", "\\style{color:red}{", "\\class{a}{", "\\displaylines{", "\\sqrt[\\uproot{1}", "{\\large "] {
            assertError(String(repeating: opening, count: depth), "nests more than \(TeXParser.maximumDepth) levels", display: true)
        }
        // A switch on every line: each line has one carried mstyle, not one per switch before it.
        let lines = try semantics(of: String(repeating: "\\color{red}x\\\\", count: depth), display: true)
        XCTAssertEqual(count("<mstyle", in: lines), 2 * depth - 1)
    }

    func testTemplateMaterialIsBoundedLikeMacros() {
        let rows = String(repeating: "a\\\\", count: 20_000)
        assertError("\\begin{array}{c@{x}}\(rows)\\end{array}", "expand")
    }

    // MARK: Primes, dots, accents, negation

    func testFiveOrMorePrimesAreAllShown() {
        assertMathML("f'''''", "<mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">′′′′′</mo></mrow>")
        assertMathML("f''''", "<mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">⁗</mo></mrow>")
    }

    func testDotsFollowTheNextSymbolAsInMathJax() {
        // Three dots, an inner atom (see GlyphTests): a thin space from an
        // ordinary symbol, punctuation or other dots beside it.
        let thin = "<mspace width=\"0.1667em\"></mspace>"
        func dots(_ dot: String) -> String {
            let spaced = "<mo lspace=\"0\" rspace=\"0.1667em\">\(dot)</mo>"
            return "<mrow>\(spaced)\(spaced)<mo lspace=\"0\" rspace=\"0\">\(dot)</mo></mrow>"
        }
        let low = dots("."), centred = dots("⋅")
        assertMathML("a+\\dots+b", "<mrow><mi>a</mi><mo>+</mo>\(centred)<mo>+</mo><mi>b</mi></mrow>")
        assertMathML("x_1,\\dots,x_n", "<mrow><msub><mi>x</mi><mn>1</mn></msub><mo>,</mo>\(low)<mo lspace=\"0.1667em\" rspace=\"0.1667em\">,</mo><msub><mi>x</mi><mi>n</mi></msub></mrow>")
        assertMathML("\\dots = 0", "<mrow>\(centred)<mo>=</mo><mn>0</mn></mrow>")
        assertMathML("a\\dots \\times b", "<mrow><mi>a</mi>\(thin)\(centred)<mo>×</mo><mi>b</mi></mrow>")
        assertMathML("\\dots", low)
        assertMathML("\\dotsb\\dotsc\\dotsi", "<mrow>\(centred)\(thin)\(low)\(thin)\(centred)</mrow>")
    }

    func testTripleAndQuadrupleDotAccentsAreDotsAbove() {
        // MathJax's ⃛ and ⃜ are combining marks, which a browser's mover
        // sets left of the base: the same dots as spacing characters.
        let mark = "<mo stretchy=\"false\" style=\"letter-spacing:-0.05em;padding-bottom:0.12em\">"
        assertMathML("\\dddot{x}", "<mover accent=\"true\"><mi>x</mi>\(mark)\u{2D9}\u{2D9}\u{2D9}</mo></mover>")
        assertMathML("\\ddddot{x}", "<mover accent=\"true\"><mi>x</mi>\(mark)\u{2D9}\u{2D9}\u{2D9}\u{2D9}</mo></mover>")
    }

    func testNotNegatesRelationsAndSlashesTheRest() {
        assertMathML("\\not\\to", "<mo lspace=\"0\" rspace=\"0\">\u{219B}</mo>")
        assertMathML("\\not\\simeq", "<mo lspace=\"0\" rspace=\"0\">\u{2244}</mo>")
        assertMathML("\\not\\vdash", "<mo lspace=\"0\" rspace=\"0\">\u{22AC}</mo>")
        assertMathML("\\not\\mid", "<mo lspace=\"0\" rspace=\"0\">\u{2224}</mo>")
        assertMathML("\\not\\subset", "<mo lspace=\"0\" rspace=\"0\">\u{2284}</mo>")
        assertMathML("\\not\\leqslant", "<mo lspace=\"0\" rspace=\"0\">\u{2A7D}\u{338}</mo>")
        assertMathML("\\not3", "<mn>3\u{338}</mn>")
        // MathJax lays a zero-width ⧸ over what is not one character; `/` is in every font.
        let slash = "<mpadded width=\"0\"><mtext>/</mtext></mpadded>"
        assertMathML("\\not{ab}", "<mrow>\(slash)<mrow><mi>a</mi><mi>b</mi></mrow></mrow>")
        assertMathML("\\not34", "<mrow>\(slash)<mn>34</mn></mrow>")
    }
}

extension RealPostConstructTests {
    /// A length written on may have spaces before its unit, as TeX's and
    /// MathJax's `GetDimen` allow: `\kern 1.5 em`, `\above 2 pt`.
    func testALengthWrittenOnMayHaveSpacesBeforeItsUnit() {
        assertMathML("a\\kern 1.5 em b", "<mrow><mi>a</mi><mspace width=\"1.5em\"></mspace><mi>b</mi></mrow>")
        assertMathML("a\\mskip -18 mu b", "<mrow><mi>a</mi><mspace width=\"-1em\"></mspace><mi>b</mi></mrow>")
        assertContains("a \\above 2 pt b", ["<mfrac linethickness=\"0.2em\"><mi>a</mi><mi>b</mi></mfrac>"])
        assertError("a\\kern 3 b", "length")
    }
}
