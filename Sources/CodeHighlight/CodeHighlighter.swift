/// Highlights source code at build time: the code comes back as HTML, escaped
/// as cmark escapes code blocks, with `<span class="hl-…">` around the
/// tokens its language's table names (see `TokenKind` for the classes).
///
/// Every language is a table (`Language`) read by one scanner
/// (`CodeScanner`), which takes time linear in the code and accepts any
/// text: an unterminated string or comment simply runs on. Spans never cross
/// a line break, so each line of the output stands on its own.
public struct CodeHighlighter: Sendable {
    public init() {}

    /// The code as HTML with spans, or nil when no table is named
    /// `language` (compared without case, e.g. `Python`, `c++`, `yml`).
    public func html(_ code: String, language: String) -> String? {
        guard let table = Self.language(named: language) else { return nil }
        let bytes = Array(code.utf8)
        let tokens = CodeScanner(language: table).tokens(in: bytes)
        return HighlightedHTML.write(bytes, tokens: tokens)
    }

    /// One name of each language, as written in a fence's info string.
    public static let languageNames = tables.map { $0.names[0] }
}

extension CodeHighlighter {
    private static let tables: [Language] = [.python, .swift, .cFamily, .javaScript, .typeScript, .shell, .yaml, .json, .latex]

    private static let byName: [String: Language] = {
        var names: [String: Language] = [:]
        for table in tables {
            for name in table.names {
                names[name] = table
            }
        }
        return names
    }()

    private static func language(named name: String) -> Language? {
        byName[name.lowercased()]
    }
}
