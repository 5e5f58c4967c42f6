extension Language {
    /// TeX: control sequences as keywords, math as strings (its own
    /// language, left whole), braces and `&` as operators.
    static let latex = Language(
        names: ["latex", "tex"],
        lineComments: ["%"],
        strings: [
            StringForm(open: "$$", close: "$$", spansLines: true),
            StringForm(open: "$", close: "$"),
        ],
        sigils: [Sigil(prefix: UInt8(ascii: "\\"), body: .controlSequence, kind: .keyword)],
        operators: Set(ascii: "{}[]&^_")
    )
}
