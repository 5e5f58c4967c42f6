import XCTest

@testable import TeXMathML

/// Code points are written as escapes so that a look-alike character
/// (∣ for |, ϵ for ε) cannot pass unnoticed.
final class SymbolTableTests: XCTestCase {
    private func assertCommand(
        _ name: String, _ text: String, _ kind: TeXSymbol.Kind, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(SymbolTable.commands[name], TeXSymbol(text: text, kind: kind), "\\\(name)", file: file, line: line)
    }

    func testGreekLetters() {
        assertCommand("alpha", "\u{03B1}", .identifier)
        assertCommand("epsilon", "\u{03F5}", .identifier)
        assertCommand("varepsilon", "\u{03B5}", .identifier)
        assertCommand("phi", "\u{03D5}", .identifier)
        assertCommand("varphi", "\u{03C6}", .identifier)
        assertCommand("varsigma", "\u{03C2}", .identifier)
        assertCommand("Gamma", "\u{0393}", .upright)
        assertCommand("Omega", "\u{03A9}", .upright)
        assertCommand("varGamma", "\u{1D6E4}", .identifier)
    }

    func testLetterlikeAndOrdinarySymbols() {
        assertCommand("aleph", "\u{2135}", .identifier)
        assertCommand("ell", "\u{2113}", .identifier)
        assertCommand("hbar", "\u{210F}", .identifier)
        assertCommand("infty", "\u{221E}", .identifier)
        assertCommand("partial", "\u{2202}", .upright)
        assertCommand("nabla", "\u{2207}", .upright)
        assertCommand("emptyset", "\u{2205}", .upright)
        assertCommand("forall", "\u{2200}", .upright)
        assertCommand("%", "%", .identifier)
        assertCommand("ldots", "\u{2026}", .dots)
        assertCommand("cdots", "\u{22EF}", .dots)
        assertCommand("vdots", "\u{22EE}", .ordinaryOperator)
        assertCommand("prime", "\u{2032}", .ordinaryOperator)
        assertCommand("neg", "\u{00AC}", .ordinaryOperator)
        assertCommand("colon", ":", .punctuation)
    }

    func testBinaryOperators() {
        assertCommand("times", "\u{00D7}", .binary)
        assertCommand("cdot", "\u{22C5}", .binary)
        assertCommand("pm", "\u{00B1}", .binary)
        assertCommand("setminus", "\u{2216}", .binary)
        assertCommand("otimes", "\u{2297}", .binary)
        assertCommand("wedge", "\u{2227}", .binary)
    }

    func testRelationsAndArrows() {
        assertCommand("leq", "\u{2264}", .relation)
        assertCommand("le", "\u{2264}", .relation)
        assertCommand("neq", "\u{2260}", .relation)
        assertCommand("equiv", "\u{2261}", .relation)
        assertCommand("in", "\u{2208}", .relation)
        assertCommand("mid", "\u{2223}", .relation)
        assertCommand("subseteq", "\u{2286}", .relation)
        assertCommand("coloneqq", "\u{2254}", .relation)
        assertCommand("nleq", "\u{2270}", .relation)
        assertCommand("to", "\u{2192}", .relation)
        assertCommand("Rightarrow", "\u{21D2}", .relation)
        assertCommand("iff", "\u{27FA}", .relation)
        assertCommand("mapsto", "\u{21A6}", .relation)
        assertCommand("uparrow", "\u{2191}", .relation)
    }

    func testDelimiters() {
        assertCommand("{", "{", .open)
        assertCommand("}", "}", .close)
        assertCommand("langle", "\u{27E8}", .open)
        assertCommand("rangle", "\u{27E9}", .close)
        assertCommand("lfloor", "\u{230A}", .open)
        assertCommand("rceil", "\u{2309}", .close)
        assertCommand("lvert", "|", .open)
        assertCommand("vert", "|", .fence)
        assertCommand("|", "\u{2016}", .fence)
        assertCommand("Vert", "\u{2016}", .fence)
    }

    func testLargeOperators() {
        assertCommand("sum", "\u{2211}", .largeOperator(limits: true))
        assertCommand("prod", "\u{220F}", .largeOperator(limits: true))
        assertCommand("bigcup", "\u{22C3}", .largeOperator(limits: true))
        assertCommand("int", "\u{222B}", .largeOperator(limits: false))
        assertCommand("iint", "\u{222C}", .largeOperator(limits: false))
        assertCommand("oint", "\u{222E}", .largeOperator(limits: false))
    }

    func testFunctions() {
        assertCommand("sin", "sin", .function(limits: false))
        assertCommand("log", "log", .function(limits: false))
        assertCommand("lim", "lim", .function(limits: true))
        assertCommand("max", "max", .function(limits: true))
        assertCommand("Pr", "Pr", .function(limits: true))
        assertCommand("liminf", "lim\u{2009}inf", .function(limits: true))
        assertCommand("argmax", "arg\u{2009}max", .function(limits: true))
    }

    func testCharacters() {
        XCTAssertEqual(SymbolTable.characters["+"], TeXSymbol(text: "+", kind: .binary))
        XCTAssertEqual(SymbolTable.characters["-"], TeXSymbol(text: "\u{2212}", kind: .binary))
        XCTAssertEqual(SymbolTable.characters["*"], TeXSymbol(text: "\u{2217}", kind: .binary))
        XCTAssertEqual(SymbolTable.characters["="], TeXSymbol(text: "=", kind: .relation))
        XCTAssertEqual(SymbolTable.characters["<"], TeXSymbol(text: "<", kind: .relation))
        XCTAssertEqual(SymbolTable.characters["("], TeXSymbol(text: "(", kind: .open))
        XCTAssertEqual(SymbolTable.characters["]"], TeXSymbol(text: "]", kind: .close))
        XCTAssertEqual(SymbolTable.characters[","], TeXSymbol(text: ",", kind: .punctuation))
        XCTAssertEqual(SymbolTable.characters["|"], TeXSymbol(text: "|", kind: .fence))
        XCTAssertEqual(SymbolTable.characters["."], TeXSymbol(text: ".", kind: .ordinaryOperator))
        for character: Character in ["'", "x", "A", "0", "{", "}", "^", "_", "&", "\\"] {
            XCTAssertNil(SymbolTable.characters[character], "\(character) belongs to the lexer or parser")
        }
    }

    func testAccents() {
        XCTAssertEqual(SymbolTable.accents["hat"], TeXAccent(text: "\u{02C6}", stretchy: false, isUnder: false, style: "padding-bottom:0.085em"))
        XCTAssertEqual(SymbolTable.accents["widehat"], TeXAccent(text: "\u{0302}", stretchy: true, isUnder: false, style: "padding-bottom:0.141em"))
        XCTAssertEqual(SymbolTable.accents["bar"], TeXAccent(text: "\u{00AF}", stretchy: false, isUnder: false, style: "padding-bottom:0.158em"))
        XCTAssertEqual(SymbolTable.accents["vec"], TeXAccent(text: "\u{20D7}", stretchy: true, isUnder: false, style: "padding-bottom:0.09em"))
        XCTAssertEqual(SymbolTable.accents["overline"], TeXAccent(text: "\u{203E}", stretchy: true, isUnder: false))
        XCTAssertEqual(SymbolTable.accents["underline"], TeXAccent(text: "\u{203E}", stretchy: true, isUnder: true))
        XCTAssertEqual(SymbolTable.accents["overbrace"], TeXAccent(text: "\u{23DE}", stretchy: true, isUnder: false))
        XCTAssertEqual(SymbolTable.accents["underbrace"], TeXAccent(text: "\u{23DF}", stretchy: true, isUnder: true))
        XCTAssertEqual(SymbolTable.accents["utilde"], TeXAccent(text: "~", stretchy: true, isUnder: true))
    }

    func testEveryTextIsNonEmpty() {
        for (name, symbol) in SymbolTable.commands { XCTAssertFalse(symbol.text.isEmpty, "\\\(name)") }
        for (character, symbol) in SymbolTable.characters { XCTAssertFalse(symbol.text.isEmpty, "\(character)") }
        for (name, accent) in SymbolTable.accents { XCTAssertFalse(accent.text.isEmpty, "\\\(name)") }
    }

    /// Only named functions are spelled out; a symbol spelled in letters
    /// (`\bmod`, `\omicron` as "o") would be a mistake.
    func testOnlyFunctionsContainASCIILetters() {
        for (name, symbol) in SymbolTable.commands {
            let hasLetters = symbol.text.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
            if case .function = symbol.kind {
                XCTAssertTrue(hasLetters, "\\\(name)")
            } else {
                XCTAssertFalse(hasLetters, "\\\(name) is \"\(symbol.text)\"")
            }
        }
    }

    /// Commands with arguments, spacing and delimiter sizing belong to the parser.
    func testParserCommandsAreNotSymbols() {
        for name in ["frac", "sqrt", "text", "mathbf", "left", "right", "big", "not", "quad", ",", "mod", "bmod", "operatorname"] {
            XCTAssertNil(SymbolTable.commands[name], "\\\(name)")
        }
        for name in SymbolTable.accents.keys {
            XCTAssertNil(SymbolTable.commands[name], "\\\(name) is both an accent and a symbol")
        }
    }
}

final class MathAlphabetTests: XCTestCase {
    private func assertMaps(
        _ alphabet: MathAlphabet, _ source: Unicode.Scalar, _ expected: UInt32, file: StaticString = #filePath, line: UInt = #line
    ) {
        let mapped = alphabet.map(source).value
        XCTAssertEqual(mapped, expected, "\(alphabet) \(source): U+\(String(mapped, radix: 16, uppercase: true))", file: file, line: line)
    }

    func testDoubleStruck() {
        assertMaps(.doubleStruck, "A", 0x1D538)
        assertMaps(.doubleStruck, "R", 0x211D)
        assertMaps(.doubleStruck, "N", 0x2115)
        assertMaps(.doubleStruck, "k", 0x1D55C)
        assertMaps(.doubleStruck, "2", 0x1D7DA)
    }

    func testScriptAndFraktur() {
        assertMaps(.script, "A", 0x1D49C)
        assertMaps(.script, "L", 0x2112)
        assertMaps(.script, "e", 0x212F)
        assertMaps(.fraktur, "g", 0x1D524)
        assertMaps(.fraktur, "R", 0x211C)
        assertMaps(.fraktur, "Z", 0x2128)
    }

    func testBoldItalicAndSansSerif() {
        assertMaps(.bold, "x", 0x1D431)
        assertMaps(.bold, "0", 0x1D7CE)
        assertMaps(.bold, "\u{03F5}", 0x1D6DC)
        assertMaps(.bold, "\u{2207}", 0x1D6C1)
        assertMaps(.italic, "h", 0x210E)
        assertMaps(.italic, "\u{03A9}", 0x1D6FA)
        assertMaps(.boldItalic, "\u{03B1}", 0x1D736)
        assertMaps(.sansSerif, "x", 0x1D5D1)
        assertMaps(.sansSerifBoldItalic, "\u{2202}", 0x1D7C3)
        assertMaps(.monospace, "1", 0x1D7F7)
    }

    func testCharactersWithoutStyledFormsAreUnchanged() {
        for alphabet in MathAlphabet.allCases {
            for scalar: Unicode.Scalar in ["中", "+", "=", "(", "\u{2211}"] {
                assertMaps(alphabet, scalar, scalar.value)
            }
        }
        assertMaps(.italic, "1", 0x31)
        assertMaps(.script, "\u{03B1}", 0x03B1)
    }

    func testStringsAreMappedScalarByScalar() {
        XCTAssertEqual(MathAlphabet.bold.map("x+1"), "\u{1D431}+\u{1D7CF}")
        XCTAssertEqual(MathAlphabet.doubleStruck.map("RZ"), "\u{211D}\u{2124}")
    }
}
