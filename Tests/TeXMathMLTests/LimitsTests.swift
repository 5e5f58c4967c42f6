import Foundation
import XCTest

@testable import TeXMathML

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// No TeX crashes the converter, overflows its stack or makes it work
/// without bound: every such input is a `TeXError` at a position, or MathML.
final class LimitsTests: XCTestCase {
    private func convert(_ tex: String, display: Bool = false) throws -> String {
        let mathML = try TeXMathML().convert(tex, display: display)
        XCTAssertTrue(XMLParser(data: Data(mathML.utf8)).parse(), "not XML: \(mathML)")
        return mathML
    }

    func testArgumentsThatRenderNothingAreEmptyRows() throws {
        XCTAssertTrue(try convert("x_\\text{}").contains("<msub><mi>x</mi><mrow></mrow></msub>"))
        XCTAssertTrue(try convert("x^\\mbox{}").contains("<msup><mi>x</mi><mrow></mrow></msup>"))
        XCTAssertTrue(try convert("\\frac\\mbox{}2").contains("<mfrac><mrow></mrow><mn>2</mn></mfrac>"))
        XCTAssertTrue(try convert("x^\\def\\a{b}\\a").contains("<msup><mi>x</mi><mrow></mrow></msup><mi>b</mi>"))
        XCTAssertTrue(try convert("x^\\notag", display: true).contains("<msup><mi>x</mi><mrow></mrow></msup>"))
        for tex in ["\\sqrt\\text{}", "x^\\newcommand\\a{b}", "x_\\DeclareMathOperator\\a{b}", "\\overset\\mbox{}x", "x^\\tag{a}"] {
            _ = try convert(tex, display: true)
        }
    }

    func testNestingDeeperThanTheLimitIsALocatedError() throws {
        let depth = 3_000
        let cases = [
            String(repeating: "\\frac{", count: depth) + String(repeating: "}{y}", count: depth),
            String(repeating: "{", count: depth) + String(repeating: "}", count: depth),
            String(repeating: "\\left(", count: depth),
            String(repeating: "\\not", count: depth) + "=",
            String(repeating: "\\sqrt[", count: depth),
            String(repeating: "\\text{", count: depth),
            String(repeating: "\\begin{matrix}", count: depth),
            String(repeating: "\\mathbf", count: depth) + "x",
            String(repeating: "a\\over ", count: depth) + "b",
            String(repeating: "\\displaystyle ", count: depth) + "b",
            "x" + String(repeating: "^{x", count: depth),
        ]
        for tex in cases {
            assertError(tex, "nests more than \(TeXParser.maximumDepth) levels")
        }
        // Short of the limit, the same constructs convert.
        let fine = TeXParser.maximumDepth - 2
        _ = try convert(String(repeating: "\\frac{", count: fine) + "x" + String(repeating: "}{y}", count: fine))
        _ = try convert(String(repeating: "\\begin{matrix}", count: fine) + "x" + String(repeating: "\\end{matrix}", count: fine))
    }

    func testTheNestingErrorPointsWhereTheLimitIsPassed() {
        let tex = String(repeating: "{", count: 200)
        XCTAssertThrowsError(try TeXMathML().convert(tex, display: false)) { error in
            XCTAssertEqual((error as? TeXError)?.offset, TeXParser.maximumDepth, "just after the { that opens one level too many")
        }
    }

    func testMacroExpansionIsBoundedByTheTokensItProduces() {
        // A 1,000-token body called 9,000 times: 9 million tokens.
        let body = String(repeating: "x+", count: 500)
        assertError("\\def\\a{\(body)}" + String(repeating: "\\a", count: 9_000), "expand to more than \(TeXParser.maximumExpandedTokens) tokens")
        // Each level doubles.
        assertError("\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{\\e\\e}\\def\\e{\(body)}\\a\\a\\a\\a\\a\\a\\a\\a", "expand to more than")
        assertError("\\def\\a{\\a\\a}\\a", "macros expand")
        assertError("\\def\\a{\\a}\\a", "macros expand without end")
        // Inside \text, macros are counted too.
        assertError("\\def\\a{\(body)}\\text{" + String(repeating: "\\a", count: 9_000) + "}", "expand to more than")
    }

    func testLengthsBeyondTeXsLargestAreErrors() {
        assertError("\\hspace{1e400pt}", "cannot read the length")
        assertError("\\hspace{nanpt}", "cannot read the length")
        assertError("\\kern 99999em", "cannot read the length")
        assertError("\\genfrac{}{}{1e400pt}{}{a}{b}", "cannot read the rule thickness")
        XCTAssertNoThrow(try convert("\\hspace{-16383pt}\\begin{aligned}a\\\\[-1e308em]b\\end{aligned}"))
    }

    func testColumnSpecsAndTablesAreBounded() throws {
        assertError("\\begin{array}{*{99999999}{c}}a\\end{array}", "column spec")
        assertError("\\begin{array}{*{100}{*{100}{*{100}{c}}}}a\\end{array}", "column spec")
        assertError("\\begin{array}{*{100000000}{}}a\\end{array}", "column spec")
        XCTAssertTrue(try convert("\\begin{array}{*{3}{c}}a&b&c\\end{array}").contains("<mtd style=\"text-align:-webkit-center;padding:0 0.5em 0 0.5em\"><mi>c</mi></mtd>"))
        // One wide row among many would pad every row: rows × columns is bounded.
        let wide = String(repeating: "a&", count: 200) + String(repeating: "\\\\", count: 200)
        assertError("\\begin{matrix}\(wide)\\end{matrix}", "cells")
    }

    func testANumberedEnvironmentCannotStandInsideAnother() {
        assertError("\\begin{equation}\\begin{equation}x\\end{equation}\\end{equation}", "must stand alone", display: true)
        assertError("\\left(\\begin{equation}x\\end{equation}\\right)", "must stand alone", display: true)
    }

    func testOutputIsWellFormedXMLWhateverCharactersTheTeXHolds() throws {
        let controls = "a\u{0}b\u{1}\u{8}\u{B}\u{C}\u{1F}c\u{FFFE}\u{FFFF}d"
        for tex in [controls, "\\text{\(controls)}", "\\operatorname{\(controls)}", "\\tag{\(controls)}x"] {
            let mathML = try convert(tex, display: true)
            XCTAssertFalse(mathML.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }, mathML)
        }
        XCTAssertTrue(try convert("a\tb").contains("a\tb"), "tab stays in the annotation")
    }
}
