extension Language {
    static let json = Language(
        names: ["json", "jsonc", "json5"],
        literals: Set(words: "true false null"),
        strings: [StringForm(open: "\"", close: "\"")],
        keysBeforeColon: true
    )
}
