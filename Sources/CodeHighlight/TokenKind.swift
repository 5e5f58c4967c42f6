/// What a token is, and the class of its span: short, since a page may hold
/// thousands of them.
enum TokenKind: Sendable, CaseIterable {
    case keyword
    /// A type or a built-in name (in shell, a variable such as `$HOME`).
    case type
    case string
    case number
    case comment
    /// A function's name where it is called or defined.
    case function
    case `operator`
    /// `true`, `false`, `None`, `null`, `nil` and their kin.
    case literal

    var className: String {
        switch self {
        case .keyword: "hl-k"
        case .type: "hl-t"
        case .string: "hl-s"
        case .number: "hl-n"
        case .comment: "hl-c"
        case .function: "hl-f"
        case .operator: "hl-o"
        case .literal: "hl-m"
        }
    }
}
