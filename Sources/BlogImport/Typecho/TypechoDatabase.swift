import BlogKit
import Foundation
import GRDB

/// Reads the Typecho tables of a SQLite database (Typecho's SQLite
/// adapter), read-only.
public enum TypechoDatabase {
    /// Whether the file starts as every SQLite 3 database does.
    public static func isSQLite(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }

    public static func read(_ url: URL, prefix: String, shownAs path: String) throws -> TypechoRows {
        var configuration = Configuration()
        configuration.readonly = true
        var rows = TypechoRows()
        do {
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            let present = try queue.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            }
            guard present.contains(prefix + "contents") else {
                throw BuildError(
                    path: path, message: "no table \(prefix)contents (tables: \(present.joined(separator: ", ")))",
                    hint: "pass --prefix with the prefix Typecho's tables have in this database")
            }
            try queue.read { db in
                for table in TypechoRows.columns.keys where present.contains(prefix + table) {
                    let name = (prefix + table).quotedDatabaseIdentifier
                    rows.tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(name)").map(Self.cells)
                }
            }
        } catch let error as DatabaseError {
            throw BuildError(
                path: path, message: "cannot read it as a SQLite database: \(error.message ?? "\(error.resultCode)")",
                hint: "pass Typecho's .db file, or a MySQL dump (.sql) of its tables")
        }
        return rows
    }

    private static func cells(_ row: Row) -> TypechoRows.Row {
        var cells: TypechoRows.Row = [:]
        for (column, value) in row {
            switch value.storage {
            case .null: cells[column] = .null
            case .int64(let number): cells[column] = .integer(number)
            case .double(let number): cells[column] = .real(number)
            case .string(let text): cells[column] = .text(text)
            case .blob(let data): cells[column] = .text(String(decoding: data, as: UTF8.self))
            }
        }
        return cells
    }
}
