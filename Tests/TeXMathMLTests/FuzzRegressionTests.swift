import Foundation
import XCTest

@testable import TeXMathML

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Replays every input that ever crashed or hung the TeX fuzz target
/// (`make fuzz`), kept in `Tests/FuzzRegressions/tex/`, the way the target
/// runs it: so `make test` catches a regression without the fuzzer.
final class FuzzRegressionTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("FuzzRegressions/tex")

    func testEveryKeptInputConvertsOrFailsWithATeXError() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let tex = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(name)), as: UTF8.self)
            for display in [false, true] {
                do {
                    let mathML = try TeXMathML().convert(tex, display: display)
                    XCTAssertTrue(XMLParser(data: Data(mathML.utf8)).parse(), "\(name): not XML")
                } catch is TeXError {
                    // An answer, not a failure.
                }
            }
            var document = MathDocument(memo: FormulaMemo())
            let added = tex.split(separator: "\n\n", omittingEmptySubsequences: false).enumerated().compactMap { index, formula in
                try? document.add(String(formula), display: index % 2 == 0)
            }
            for index in added {
                XCTAssertTrue(XMLParser(data: Data(document.mathML(index).mathML.utf8)).parse(), "\(name): not XML")
            }
        }
    }
}
