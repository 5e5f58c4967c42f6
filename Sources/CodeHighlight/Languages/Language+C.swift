extension Language {
    /// C and C++ in one table: C++'s words are rare as C names, and a `.h`
    /// file may be either.
    static let cFamily = Language(
        names: ["cpp", "c", "c++", "h", "hpp", "cc", "cxx", "hh"],
        keywords: Set(words: """
            auto break case const continue default do else enum extern for goto if inline register restrict return
            sizeof static struct switch typedef union volatile while alignas alignof catch class constexpr consteval
            constinit const_cast decltype delete dynamic_cast explicit export friend mutable namespace new noexcept
            operator private protected public reinterpret_cast static_assert static_cast template this throw try
            typeid typename using virtual override final co_await co_return co_yield concept requires
            """),
        types: Set(words: """
            void char short int long float double signed unsigned bool _Bool size_t ssize_t ptrdiff_t int8_t int16_t
            int32_t int64_t uint8_t uint16_t uint32_t uint64_t wchar_t char8_t char16_t char32_t FILE std string vector
            map unordered_map set array unique_ptr shared_ptr printf malloc free
            """),
        literals: Set(words: "true false NULL nullptr"),
        introducers: ["class": .type, "struct": .type, "union": .type, "enum": .type, "namespace": .type],
        lineComments: ["//"],
        blockComments: [BlockComment(open: "/*", close: "*/")],
        strings: [
            StringForm(open: "\"", close: "\""),
            StringForm(open: "'", close: "'"),
        ],
        stringPrefixes: Set(words: "u8 u l"),
        sigils: [Sigil(prefix: UInt8(ascii: "#"), body: .word, kind: .keyword, startsLine: true)],
        angleStringDirectives: ["include", "include_next", "import"],
        operators: Set(ascii: "+-*/%=<>!&|^~?:"),
        callsAreFunctions: true
    )
}
