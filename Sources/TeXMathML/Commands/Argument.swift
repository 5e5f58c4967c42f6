/// One argument a command reads after its name, as its registry entry
/// declares it: what the coverage listing shows (`\sqrt[…]{…}`), and in a
/// debug build what the entry's builder must read, in order (`CommandCall`).
enum Argument: Equatable, Sendable {
    /// `{…}` or one token, as math.
    case math
    /// `[…]` as math, when present.
    case optionalMath
    /// `{…}` or one token, unexpanded: a label, a colour, a name, CSS, a count.
    case raw
    /// `[…]` unexpanded, when present.
    case optionalRaw
    /// `{…}` (or one token) in text mode.
    case text
    /// A delimiter: `(`, `\langle`, `.` for none; in braces where the command takes them so.
    case delimiter
    /// A length, in braces or written on: `{1em}`, `-3mu`.
    case length
    /// The atom that follows, scripts and all: `\not=`, `\sideset{}{}\sum`.
    case atom
    /// Rows of cells in braces, split at `\\` or `\cr` and `&`: `\matrix{a&b\cr c&d}`.
    case rows
    /// Math up to a command at the same level of braces: `\root 3\of`,
    /// `\left( … \right)`, whose delimiters it reads too.
    case until(String)
    /// The command a definition defines: `\name`, `{\name}` or letters
    /// (and for `\def` its parameters `#1#2`).
    case definedName
    /// An environment's name in braces, then its own arguments and its body up to `\end{…}`.
    case environment

    /// How the coverage listing writes it.
    var usage: String {
        switch self {
        case .math: "{…}"
        case .optionalMath: "[…]"
        case .raw: "{raw}"
        case .optionalRaw: "[raw]"
        case .text: "{text}"
        case .delimiter: "⟨delim⟩"
        case .length: "⟨length⟩"
        case .atom: "⟨atom⟩"
        case .rows: "{rows}"
        case .until(let name): "…\\\(name)"
        case .definedName: "\\name"
        case .environment: "{name}…\\end{name}"
        }
    }
}
