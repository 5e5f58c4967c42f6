extension Language {
    /// Scripts and console sessions (a prompt's `$ ` is no parameter).
    static let shell = Language(
        names: ["sh", "bash", "shell", "zsh", "console", "shell-session"],
        keywords: Set(words: "if then else elif fi case esac for while until do done in function select time return exit break continue"),
        types: Set(words: """
            echo printf cd pwd export unset local readonly source alias eval exec set shift test read trap wait kill
            """),
        literals: Set(words: "true false"),
        lineComments: ["#"],
        commentsStartWords: true,
        strings: [
            StringForm(open: "\"", close: "\"", spansLines: true),
            StringForm(open: "'", close: "'", escape: nil, spansLines: true),
        ],
        sigils: [Sigil(prefix: UInt8(ascii: "$"), body: .parameter, kind: .type)],
        wordContinues: Set(ascii: "-."),
        operators: Set(ascii: "|&;<>=")
    )
}
