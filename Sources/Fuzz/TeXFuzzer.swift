import TeXMathML

/// libFuzzer target for TeXMathML (`make fuzz`): TeX in, converted inline
/// and in display, then as a document of formulas with numbering, macros
/// and references. A crash, a hang past libFuzzer's `-timeout`, or output
/// that is not well-formed XML is a bug; a `TeXError` is an answer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let tex = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let converter = TeXMathML(macros: ["R": TeXMacro(definition: "\\mathbb{R}"), "norm": TeXMacro(definition: "\\left\\Vert #1 \\right\\Vert", parameterCount: 1)])
    for display in [false, true] {
        if let mathML = try? converter.convert(tex, display: display) {
            XMLCheck.requireWellFormed(mathML)
        }
    }
    // The input split at blank lines: the formulas of one post, in order.
    var document = MathDocument(converter: converter, memo: FormulaMemo())
    var added: [Int] = []
    for (index, formula) in tex.split(separator: "\n\n", omittingEmptySubsequences: false).enumerated() {
        if let formulaIndex = try? document.add(String(formula), display: index % 2 == 0) { added.append(formulaIndex) }
    }
    for index in added {
        XMLCheck.requireWellFormed(document.mathML(index).mathML)
    }
    return 0
}
