extension Language {
    static let swift = Language(
        names: ["swift"],
        keywords: Set(words: """
            associatedtype actor async await break case catch class continue default defer deinit do else enum extension
            fallthrough fileprivate for func guard if import in init inout internal is let nonisolated open operator
            private protocol public repeat rethrows return some any static struct subscript switch throw throws try
            typealias var where while consume borrowing consuming mutating nonmutating override final lazy weak
            unowned required convenience indirect get set willSet didSet Self super self
            """),
        types: Set(words: """
            Int Int8 Int16 Int32 Int64 UInt UInt8 UInt16 UInt32 UInt64 Double Float Bool String Character Substring
            Array Dictionary Set Optional Result Void Never Any AnyObject Error print
            """),
        literals: Set(words: "true false nil"),
        introducers: ["func": .function, "class": .type, "struct": .type, "enum": .type, "protocol": .type, "actor": .type, "extension": .type],
        lineComments: ["//"],
        blockComments: [BlockComment(open: "/*", close: "*/", nests: true)],
        strings: [
            StringForm(open: "\"\"\"", close: "\"\"\"", spansLines: true),
            StringForm(open: "\"", close: "\""),
        ],
        hashDelimitedStrings: true,
        sigils: [
            Sigil(prefix: UInt8(ascii: "@"), body: .word, kind: .keyword),
            Sigil(prefix: UInt8(ascii: "#"), body: .word, kind: .keyword),
        ],
        operators: Set(ascii: "+-*/%=<>!&|^~?"),
        callsAreFunctions: true,
        capitalizedWordsAreTypes: true
    )
}
