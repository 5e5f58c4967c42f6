extension Language {
    static let yaml = Language(
        names: ["yaml", "yml"],
        literals: Set(words: "true false null True False Null TRUE FALSE NULL yes no on off"),
        lineComments: ["#"],
        commentsStartWords: true,
        strings: [
            StringForm(open: "\"", close: "\""),
            // `''` inside is a quote: two strings side by side, shown alike.
            StringForm(open: "'", close: "'", escape: nil),
        ],
        stringsStartWords: true,
        wordContinues: Set(ascii: "-."),
        operators: Set(ascii: ":-?|>[]{},&*!"),
        keysBeforeColon: true
    )
}
