import Foundation
import XCTest

@testable import TeXMathML

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// How the conversion tests look at a formula's MathML.
extension XCTestCase {
    /// The MathML inside `<semantics>` of `tex`, once the whole has been
    /// checked to be XML in a `<math>` of the right `display`.
    func semantics(of tex: String, display: Bool = false, macros: [String: TeXMacro] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let full = try TeXMathML(macros: macros).convert(tex, display: display)
        XCTAssertTrue(full.hasPrefix("<math display=\"\(display ? "block" : "inline")\""), full, file: file, line: line)
        XCTAssertTrue(XMLParser(data: Data(full.utf8)).parse(), "not XML: \(full)", file: file, line: line)
        let start = full.range(of: "<semantics>")!.upperBound
        let end = full.range(of: "<annotation")!.lowerBound
        return String(full[start..<end])
    }

    /// `tex` gives `expected`, white space between its tags left out (so
    /// that a long expectation may be written over several lines).
    func assertMathML(_ tex: String, _ expected: String, display: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        let normalized = expected.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: ">\\s+<", with: "><", options: .regularExpression)
        XCTAssertEqual(try semantics(of: tex, display: display, file: file, line: line), normalized, tex, file: file, line: line)
    }

    /// Each of `parts` appears in the MathML of `tex`, in this order.
    func assertContains(_ tex: String, _ parts: [String], display: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        do {
            let output = try semantics(of: tex, display: display, file: file, line: line)
            var rest = output[...]
            for part in parts {
                guard let range = rest.range(of: part) else {
                    XCTFail("\(tex): no \(part) (in order) in \(output)", file: file, line: line)
                    return
                }
                rest = rest[range.upperBound...]
            }
        } catch {
            XCTFail("\(tex): \(error)", file: file, line: line)
        }
    }

    /// `tex` is rejected with a message containing `message`, at an offset inside it.
    func assertError(_ tex: String, _ message: String, display: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try TeXMathML().convert(tex, display: display), String(tex.prefix(80)), file: file, line: line) { error in
            guard let error = error as? TeXError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertTrue(error.message.contains(message), error.message, file: file, line: line)
            XCTAssertTrue((0...tex.unicodeScalars.count).contains(error.offset), "offset \(error.offset)", file: file, line: line)
        }
    }
}
