/// One cell of a Typecho table, read from SQLite or from a MySQL dump.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// Integers, and texts holding one (MySQL dumps may quote numbers).
    public var int: Int? {
        switch self {
        case .integer(let value): Int(exactly: value)
        case .real(let value): Int(exactly: value)
        case .text(let text): Int(text.trimmingCharacters(in: .whitespaces))
        case .null: nil
        }
    }

    /// The text of a cell; numbers as written, nil for NULL.
    public var string: String? {
        switch self {
        case .text(let text): text
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .null: nil
        }
    }
}
