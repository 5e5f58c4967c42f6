import CodeHighlight
import XCTest

/// The property every output has: remove the spans, undo the escapes, and
/// the code comes back byte for byte, in well-formed markup (no nested,
/// empty or unclosed span, none across a line break).
final class RoundTripTests: XCTestCase {
    private let highlighter = CodeHighlighter()

    /// Pieces that start or end tokens in some language, and text that is
    /// hard to keep intact: line breaks of every kind, CJK, emoji with
    /// joiners, combining marks, the characters HTML escapes.
    private static let pieces = [
        "\"", "'", "\"\"\"", "'''", "`", "${", "}", "{", "#", "##\"", "\"#", "//", "/*", "*/", "\\", "\\\\", "$", "$$", "%",
        "@", ":", ": ", "-", ".", "..", "0x1F", "1e-3", "42", ".5", "_", "(", ")", "<", ">", "&", "&amp;", "<span class=\"hl-k\">",
        "</span>", "\n", "\r\n", "\r", "\t", " ", "  ", "def", "func", "class", "if", "true", "None", "nil", "r\"", "u8\"", "#include",
        "$HOME", "$(", "\\frac", "\\%", "key: ", "- ", "科学空间", "苏剑林", "👨‍👩‍👧", "🙂", "e\u{301}", "\u{0}", "\u{FEFF}", "\u{2028}",
    ]

    func testEveryLanguageGivesBackItsInputFromRandomText() {
        var generator = SplitMix64(seed: 20_260_703)
        for name in CodeHighlighter.languageNames {
            for round in 0..<400 {
                let input = Self.randomCode(using: &generator, maxPieces: round % 50 + 1)
                check(input, name)
            }
        }
    }

    func testEveryLanguageGivesBackEachPieceAloneAndUnterminated() {
        for name in CodeHighlighter.languageNames {
            for piece in Self.pieces {
                check(piece, name)
                check("x " + piece, name)
                check(piece + "tail\nnext", name)
            }
            check("", name)
        }
    }

    func testRandomScalarsRoundTrip() {
        var generator = SplitMix64(seed: 7)
        for name in CodeHighlighter.languageNames {
            for _ in 0..<100 {
                var input = String.UnicodeScalarView()
                for _ in 0..<Int.random(in: 0...80, using: &generator) {
                    // Mostly ASCII, where the delimiters are, and some of everything else.
                    let value = Bool.random(using: &generator) ? UInt32.random(in: 0...0x7F, using: &generator) : UInt32.random(in: 0...0x10FFFF, using: &generator)
                    if let scalar = Unicode.Scalar(value) { input.append(scalar) }
                }
                check(String(input), name)
            }
        }
    }

    private func check(_ input: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let html = highlighter.html(input, language: name) else {
            return XCTFail("\(name) is known", file: file, line: line)
        }
        let read = HighlightedSpans(html)
        XCTAssertEqual(read.text, Array(input.utf8), "\(name): \(input.debugDescription) → \(html.debugDescription)", file: file, line: line)
        XCTAssertEqual(read.problems, [], "\(name): \(input.debugDescription) → \(html.debugDescription)", file: file, line: line)
    }

    private static func randomCode(using generator: inout SplitMix64, maxPieces: Int) -> String {
        var code = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &generator) {
            code += pieces.randomElement(using: &generator)!
        }
        return code
    }
}

/// A small seeded generator, so a failure repeats.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
