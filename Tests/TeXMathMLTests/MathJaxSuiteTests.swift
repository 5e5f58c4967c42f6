import Foundation
import XCTest

@testable import TeXMathML

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// MathJax's own TeX input suite (`Fixtures/mathjax-suite.json`, see its
/// README): of the cases MathJax accepts, at least 97% of each group must
/// convert, and every conversion must be well-formed XML. The cases that
/// fail are printed, with the reason, so the list is in the test log.
final class MathJaxSuiteTests: XCTestCase {
    private struct Case: Decodable {
        var group: String
        var name: String
        var tex: String
        var display: Bool
    }

    static let requiredShare = 0.97

    func testEachGroupConvertsAtLeast97Percent() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mathjax-suite.json")
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
        let groups = Dictionary(grouping: cases, by: \.group)
        XCTAssertEqual(Set(groups.keys), ["Base", "Ams", "Braket"])
        for (group, cases) in groups.sorted(by: { $0.key < $1.key }) {
            var failures: [String] = []
            for suiteCase in cases {
                do {
                    let mathML = try TeXMathML().convert(suiteCase.tex, display: suiteCase.display)
                    XCTAssertTrue(XMLParser(data: Data(mathML.utf8)).parse(), "\(suiteCase.name): not XML: \(mathML)")
                } catch let error as TeXError {
                    failures.append("  \(suiteCase.name): \(suiteCase.tex.debugDescription) — \(error.message)")
                }
            }
            let share = Double(cases.count - failures.count) / Double(cases.count)
            print("MathJax suite \(group): \(cases.count - failures.count) of \(cases.count) convert (\(String(format: "%.1f", share * 100))%)")
            failures.forEach { print($0) }
            XCTAssertGreaterThanOrEqual(share, Self.requiredShare, "\(group): \(failures.count) of \(cases.count) fail:\n" + failures.joined(separator: "\n"))
        }
    }
}
