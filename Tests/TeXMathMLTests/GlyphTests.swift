import XCTest

@testable import TeXMathML

/// The characters that give TeX's look in Latin Modern Math, in Chromium and
/// Firefox alike (what `make math-look` measures): accents, primes, dots and
/// bold alphabets.
final class GlyphTests: XCTestCase {
    private let none = " lspace=\"0\" rspace=\"0\""

    func testOneLetterAccentsAreTheFontsAccentGlyphs() {
        // Not ASCII ^ ~ (text-size glyphs: a wide, low wave over θ in
        // Chromium) nor modifier letters ˊ ˋ (as large), nor combining marks
        // (left of the base in Chromium when not stretched). Each is padded
        // below by TeX's gap over a letter, which Chromium leaves out.
        for (tex, mark, gap) in [
            ("\\tilde{\\theta}", "˜", "0.127"), ("\\hat{x}", "ˆ", "0.085"), ("\\bar x", "¯", "0.158"), ("\\dot x", "˙", "0.12"),
            ("\\ddot x", "¨", "0.126"), ("\\check x", "ˇ", "0.085"), ("\\acute x", "´", "0.079"), ("\\grave x", "`", "0.079"),
            ("\\breve x", "˘", "0.087"), ("\\mathring x", "˚", "0.098"),
        ] {
            let base = tex.hasSuffix("{\\theta}") ? "<mi>θ</mi>" : "<mi>x</mi>"
            assertMathML(tex, "<mover accent=\"true\">\(base)<mo stretchy=\"false\" style=\"padding-bottom:\(gap)em\">\(mark)</mo></mover>")
        }
        assertContains("\\dddot x", ["<mo stretchy=\"false\" style=\"letter-spacing:-0.05em;padding-bottom:0.12em\">˙˙˙</mo>"])
    }

    func testVecIsTheSmallArrowStretchedToItsBase() {
        // → is a full-size arrow; U+20D7 at its smallest stretched size is
        // TeX's \vec, set over the base in both browsers.
        assertMathML("\\vec v", "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"true\" style=\"padding-bottom:0.09em\">\u{20D7}</mo></mover>")
    }

    func testWidehatIsTheCombiningCircumflexThatStretches() {
        // U+0302 is the circumflex Latin Modern Math has wide sizes of, and
        // the one Chromium stretches.
        assertMathML(
            "\\widehat{xyz}",
            "<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi><mi>z</mi></mrow><mo stretchy=\"true\" style=\"padding-bottom:0.141em\">\u{0302}</mo></mover>")
        // ~ stretches in Firefox only, and is no accent glyph to pad.
        assertContains("\\widetilde{ab}", ["<mo stretchy=\"true\">~</mo></mover>"])
        // Under the base, nothing is padded.
        assertContains("\\utilde{ab}", ["<mo stretchy=\"true\">~</mo></munder>"])
    }

    func testAPrimeIsAFullSizeGlyphBesideItsBase() {
        // A font's ′ is already raised and small: beside the base, not in a
        // superscript (where Chromium shrinks and raises it again).
        assertMathML("f'(x)", "<mrow><mrow><mi>f</mi><mo\(none)>′</mo></mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>")
        assertMathML("x''", "<mrow><mi>x</mi><mo\(none)>″</mo></mrow>")
        // A superscript follows the prime; a subscript keeps it a
        // superscript, over the subscript as in TeX.
        assertMathML("x'^2", "<msup><mrow><mi>x</mi><mo\(none)>′</mo></mrow><mn>2</mn></msup>")
        assertMathML("x_i'", "<msubsup><mi>x</mi><mi>i</mi><mo>′</mo></msubsup>")
    }

    func testLowAndCentredDotsAreThreeDotsAThinSpaceApart() {
        // \mathinner{\ldotp\ldotp\ldotp}: 1.17em, where the font's … is 0.84em.
        let thin = "rspace=\"0.1667em\""
        let low = "<mrow><mo lspace=\"0\" \(thin)>.</mo><mo lspace=\"0\" \(thin)>.</mo><mo\(none)>.</mo></mrow>"
        assertMathML("\\ldots", low)
        // Inner: a thin space between it and the punctuation after it.
        assertMathML("[\\dots,\\text{白}]", "<mrow><mo stretchy=\"false\">[</mo>\(low)<mo lspace=\"0.1667em\" \(thin)>,</mo><mtext>白</mtext><mo stretchy=\"false\">]</mo></mrow>")
        let centred = "<mrow><mo lspace=\"0\" \(thin)>⋅</mo><mo lspace=\"0\" \(thin)>⋅</mo><mo\(none)>⋅</mo></mrow>"
        assertMathML("\\cdots", centred)
        assertContains("a+\\dots+b", ["<mo>+</mo>\(centred)<mo>+</mo>"])
    }

    func testBoldsymbolEmboldensScriptAndFrakturLetters() {
        assertMathML("\\boldsymbol{\\mathcal R}", "<mi>𝓡</mi>")
        assertMathML("\\boldsymbol{\\mathcal{A}}", "<mi>𝓐</mi>")
        assertMathML("\\boldsymbol{\\mathfrak{C}}", "<mi>𝕮</mi>")
        assertMathML("\\boldsymbol{\\mathfrak{g}}", "<mi>𝖌</mi>")
    }
}
