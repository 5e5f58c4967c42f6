extension Language {
    static let python = Language(
        names: ["python", "py", "python3"],
        keywords: Set(words: """
            and as assert async await break class continue def del elif else except finally for from global if import in is
            lambda nonlocal not or pass raise return try while with yield match case
            """),
        types: Set(words: """
            int float complex str bytes bytearray bool list tuple dict set frozenset object type range len print open
            isinstance issubclass enumerate zip map filter sorted reversed sum min max abs any all iter next super
            property staticmethod classmethod self cls Exception ValueError TypeError KeyError IndexError RuntimeError
            """),
        literals: Set(words: "True False None NotImplemented Ellipsis"),
        introducers: ["def": .function, "class": .type],
        lineComments: ["#"],
        strings: [
            StringForm(open: "\"\"\"", close: "\"\"\"", spansLines: true),
            StringForm(open: "'''", close: "'''", spansLines: true),
            StringForm(open: "\"", close: "\""),
            StringForm(open: "'", close: "'"),
        ],
        // In a raw string too a backslash keeps the quote after it from
        // closing the string (`r"\""`), so the prefixes change no ending.
        stringPrefixes: Set(words: "r u b f rb br fr rf"),
        sigils: [Sigil(prefix: UInt8(ascii: "@"), body: .word, kind: .function)],
        operators: Set(ascii: "+-*/%=<>!&|^~@:"),
        callsAreFunctions: true
    )
}
