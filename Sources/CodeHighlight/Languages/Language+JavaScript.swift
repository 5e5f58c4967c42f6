extension Language {
    static let javaScript = Language(
        names: ["javascript", "js", "jsx", "mjs", "cjs"],
        keywords: Set(words: """
            async await break case catch class const continue debugger default delete do else export extends finally
            for from function get if import in instanceof let new of return set static super switch this throw try
            typeof var void while with yield
            """),
        types: Set(words: """
            Array Boolean Date Error JSON Map Math Number Object Promise Proxy Reflect RegExp Set String Symbol WeakMap
            BigInt console document window globalThis
            """),
        literals: Set(words: "true false null undefined NaN Infinity"),
        introducers: ["function": .function, "class": .type],
        lineComments: ["//"],
        blockComments: [BlockComment(open: "/*", close: "*/")],
        strings: [
            // A template literal, `${…}` and all.
            StringForm(open: "`", close: "`", spansLines: true),
            StringForm(open: "\"", close: "\""),
            StringForm(open: "'", close: "'"),
        ],
        sigils: [Sigil(prefix: UInt8(ascii: "@"), body: .word, kind: .keyword)],
        wordStarts: Set(ascii: "$"),
        wordContinues: Set(ascii: "$"),
        operators: Set(ascii: "+-*/%=<>!&|^~?:"),
        callsAreFunctions: true
    )

    /// JavaScript and TypeScript's own words.
    static let typeScript: Language = {
        var language = javaScript
        language.names = ["typescript", "ts", "tsx"]
        language.keywords.formUnion(Set(words: """
            abstract as asserts declare enum implements interface is keyof namespace private protected public readonly
            satisfies type infer override
            """))
        language.types.formUnion(Set(words: "any boolean never number object string symbol unknown bigint void Record Partial"))
        language.introducers["interface"] = .type
        language.introducers["type"] = .type
        language.introducers["enum"] = .type
        language.capitalizedWordsAreTypes = true
        return language
    }()
}
