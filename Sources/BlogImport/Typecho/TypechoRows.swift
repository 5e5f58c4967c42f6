/// The rows of the Typecho tables an import reads, by table name without
/// its prefix (`contents`, `metas`, `relationships`, `comments`,
/// `options`), each row by column name.
public struct TypechoRows: Sendable {
    public typealias Row = [String: SQLValue]

    /// The tables read, and their columns in Typecho's own schema (1.2), the
    /// order a dump without its CREATE TABLE statements is read in.
    public static let columns: [String: [String]] = [
        "contents": [
            "cid", "title", "slug", "created", "modified", "text", "order", "authorId", "template", "type", "status",
            "password", "commentsNum", "allowComment", "allowPing", "allowFeed", "parent",
        ],
        "metas": ["mid", "name", "slug", "type", "description", "count", "order", "parent"],
        "relationships": ["cid", "mid"],
        "comments": [
            "coid", "cid", "created", "author", "authorId", "ownerId", "mail", "url", "ip", "agent", "text", "type",
            "status", "parent",
        ],
        "options": ["name", "user", "value"],
    ]

    public var tables: [String: [Row]] = [:]

    public init(tables: [String: [Row]] = [:]) {
        self.tables = tables
    }

    public subscript(table: String) -> [Row] {
        tables[table] ?? []
    }
}
