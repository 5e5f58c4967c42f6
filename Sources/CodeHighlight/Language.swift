/// A language as data: what `CodeScanner` needs to tell its tokens apart.
/// Words are compared by their exact spelling; bytes are ASCII, since every
/// delimiter of these languages is.
struct Language: Sendable {
    /// The names a fence's info string may give, lowercased; the first is
    /// the language's own.
    var names: [String]
    var keywords: Set<String> = []
    /// Types and built-in functions or commands.
    var types: Set<String> = []
    /// Constants such as `true`, `None`, `nil`.
    var literals: Set<String> = []
    /// Keywords whose next word is a name they introduce (`def f`, `class C`),
    /// with the kind that name gets.
    var introducers: [String: TokenKind] = [:]
    /// Comments running to the end of the line (`#`, `//`).
    var lineComments: [String] = []
    var blockComments: [BlockComment] = []
    /// A line comment starts only at the start of a word (shell, YAML:
    /// `a#b` is one word).
    var commentsStartWords = false
    /// String forms, longest opening first (`"""` before `"`).
    var strings: [StringForm] = []
    /// A quote opens a string only at the start of a word (YAML: `it's` is
    /// plain text).
    var stringsStartWords = false
    /// Words, lowercased, that may stand right before a string and belong
    /// to it (Python's `r"\d"`, `b'…'`, C's `u8"…"`).
    var stringPrefixes: Set<String> = []
    /// Swift's `#"…"#`: any number of `#` before a string's opening, and the
    /// same number after its closing; its escapes need them too (`\#(x)`).
    var hashDelimitedStrings = false
    /// Prefixed words such as `@MainActor`, `$HOME`, `\frac`, `#include`.
    var sigils: [Sigil] = []
    /// Directives (`#include`) after which `<…>` is a string.
    var angleStringDirectives: Set<String> = []
    /// Bytes besides ASCII letters, `_` and non-ASCII that start a word.
    var wordStarts: Set<UInt8> = []
    /// Bytes besides letters, digits, `_` and non-ASCII that continue one
    /// (`-` in `apt-get` and YAML keys).
    var wordContinues: Set<UInt8> = []
    /// Single bytes shown as operators; runs of them make one span.
    var operators: Set<UInt8> = []
    /// A word followed by `(` is a function name.
    var callsAreFunctions = false
    /// A capitalised word is a type (Swift, TypeScript).
    var capitalizedWordsAreTypes = false
    /// A word or string followed by `:` is a key, shown as a keyword (YAML, JSON).
    var keysBeforeColon = false
}

extension Language {
    struct BlockComment: Sendable {
        var open: String
        var close: String
        /// Swift's `/* /* */ */` is one comment.
        var nests = false
    }

    struct StringForm: Sendable {
        var open: String
        var close: String
        /// The escape byte (`\`), or nil for a raw form (shell's `'…'`).
        var escape: UInt8? = UInt8(ascii: "\\")
        /// Whether the string may run over lines (`"""`, template literals).
        /// One that may not ends at the line's end when unterminated, as its
        /// language's lexer would stop there; one that may runs to the end
        /// of the code.
        var spansLines = false
    }

    struct Sigil: Sendable {
        enum Body: Sendable {
            /// A word (`@discardableResult`, `#if`).
            case word
            /// TeX's control sequence: ASCII letters, or one other character (`\\`, `\%`).
            case controlSequence
            /// A shell parameter: a name, one special character (`$1`, `$@`) or `${…}`.
            case parameter
        }

        var prefix: UInt8
        var body: Body
        var kind: TokenKind
        /// Only as the first thing on a line (C's `#include`).
        var startsLine = false
    }
}

extension Set<String> {
    /// A set from a list of words separated by white space, as tables are written.
    init(words: String) {
        self.init(words.split(whereSeparator: \.isWhitespace).map(String.init))
    }
}

extension Set<UInt8> {
    /// The ASCII bytes of `characters`.
    init(ascii characters: String) {
        self.init(characters.utf8)
    }
}
