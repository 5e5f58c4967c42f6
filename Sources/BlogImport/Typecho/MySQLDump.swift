import BlogKit
import Foundation

/// Reads the rows of some tables from a MySQL dump (mysqldump, phpMyAdmin,
/// Navicat): the `INSERT INTO … VALUES (…), (…);` statements of those
/// tables, with their columns from the statement's own column list, else
/// from the dump's `CREATE TABLE`, else from Typecho's schema. Every other
/// statement is skipped, strings and comments inside it included. What it
/// cannot read is reported with its line and column.
public struct MySQLDump {
    private let bytes: [UInt8]
    private let path: String
    private var position = 0

    private init(_ text: String, path: String) {
        bytes = Array(text.utf8)
        self.path = path
    }

    /// The rows of the tables named `prefix + table` for each table of
    /// `TypechoRows.columns`.
    public static func read(_ text: String, prefix: String, shownAs path: String) throws -> TypechoRows {
        var dump = MySQLDump(text, path: path)
        return try dump.rows(prefix: prefix)
    }

    private mutating func rows(prefix: String) throws -> TypechoRows {
        var rows = TypechoRows()
        var declared: [String: [String]] = [:]
        var seen: [String] = []
        while true {
            skipSpaceAndComments()
            guard position < bytes.count else { break }
            let start = position
            let keyword = word()?.uppercased()
            if keyword == "INSERT" || keyword == "REPLACE" {
                let (name, columns) = try insertHeader()
                seen.append(name)
                let table = String(name.dropFirst(prefix.count))
                guard name.hasPrefix(prefix), let schema = TypechoRows.columns[table] else {
                    try skipStatement()
                    continue
                }
                let names = columns ?? declared[name] ?? schema
                rows.tables[table, default: []] += try tuples(columns: names, table: name, declared: columns != nil || declared[name] != nil)
            } else if keyword == "CREATE", peekWord()?.uppercased() == "TABLE" {
                skipSpaceAndComments()
                _ = word()
                let name = try tableName()
                declared[name] = try columnDefinitions()
                try skipStatement()
            } else if position == start {
                // Not a word: the `;` left after a skipped `/*!…*/` comment.
                position += 1
            } else {
                try skipStatement()
            }
        }
        guard rows.tables["contents"] != nil else {
            let found = Set(seen).sorted().joined(separator: ", ")
            throw BuildError(
                path: path, message: "no INSERT INTO \(prefix)contents in this dump" + (found.isEmpty ? "" : " (tables with rows: \(found))"),
                hint: "dump Typecho's tables with their data (mysqldump DB > dump.sql), or pass --prefix with their prefix")
        }
        return rows
    }

    // MARK: Statements

    /// `INTO name (columns)` up to `VALUES`, after INSERT or REPLACE and its modifiers.
    private mutating func insertHeader() throws -> (String, [String]?) {
        skipSpaceAndComments()
        while let next = peekWord()?.uppercased(), ["IGNORE", "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "INTO"].contains(next) {
            _ = word()
            skipSpaceAndComments()
        }
        let name = try tableName()
        skipSpaceAndComments()
        var columns: [String]?
        if peek == UInt8(ascii: "(") {
            position += 1
            var names: [String] = []
            repeat {
                skipSpaceAndComments()
                names.append(try identifier())
                skipSpaceAndComments()
            } while consume(",")
            try expect(")", "')' after the column list")
            columns = names
            skipSpaceAndComments()
        }
        guard let values = word()?.uppercased(), values == "VALUES" || values == "VALUE" else {
            throw error("expected VALUES", hint: "only INSERT … VALUES statements are read; dump with mysqldump's default options")
        }
        return (name, columns)
    }

    /// `(v, v, …), (…), …;` as rows by column name.
    private mutating func tuples(columns: [String], table: String, declared: Bool) throws -> [TypechoRows.Row] {
        var rows: [TypechoRows.Row] = []
        repeat {
            skipSpaceAndComments()
            let tupleStart = position
            try expect("(", "'(' opening a row")
            var values: [SQLValue] = []
            repeat {
                skipSpaceAndComments()
                values.append(try value())
                skipSpaceAndComments()
            } while consume(",")
            try expect(")", "',' or ')' after a value")
            guard values.count == columns.count else {
                position = tupleStart
                throw error(
                    "a row of \(table) has \(values.count) values for \(columns.count) columns",
                    hint: declared
                        ? "the row does not match its column list; is the dump complete?"
                        : "this dump has no CREATE TABLE for \(table): dump it with its CREATE TABLE (no --no-create-info) or with --complete-insert")
            }
            // A column named twice (a hand-edited dump) keeps its first value rather than trapping.
            rows.append(Dictionary(zip(columns, values), uniquingKeysWith: { first, _ in first }))
            skipSpaceAndComments()
        } while consume(",")
        skipSpaceAndComments()
        guard position >= bytes.count || consume(";") else {
            throw error("expected ';' or ',' after a row", hint: "clauses such as ON DUPLICATE KEY UPDATE are not read; dump with mysqldump's default options")
        }
        return rows
    }

    /// The column names of `( … )` in CREATE TABLE: every item but keys and constraints.
    private mutating func columnDefinitions() throws -> [String] {
        skipSpaceAndComments()
        try expect("(", "'(' after CREATE TABLE's name")
        let notColumns: Set = ["PRIMARY", "KEY", "UNIQUE", "INDEX", "CONSTRAINT", "FULLTEXT", "SPATIAL", "FOREIGN", "CHECK"]
        var columns: [String] = []
        while true {
            skipSpaceAndComments()
            let isQuoted = peek == UInt8(ascii: "`") || peek == UInt8(ascii: "\"")
            let name = try identifier()
            if isQuoted || !notColumns.contains(name.uppercased()) { columns.append(name) }
            // The rest of the item, up to the comma or parenthesis that ends it.
            var depth = 0
            while position < bytes.count {
                skipSpaceAndComments()
                guard let byte = peek else { break }
                if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
                    _ = try quoted(byte)
                    continue
                }
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") {
                    if depth == 0 { break }
                    depth -= 1
                }
                if byte == UInt8(ascii: ","), depth == 0 { break }
                position += 1
            }
            if consume(",") { continue }
            try expect(")", "')' closing CREATE TABLE")
            return columns
        }
    }

    /// Skips to just past the `;` ending the statement, outside strings and comments.
    private mutating func skipStatement() throws {
        while position < bytes.count {
            skipSpaceAndComments()
            guard let byte = peek else { return }
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
                _ = try quoted(byte)
            } else {
                position += 1
                if byte == UInt8(ascii: ";") { return }
            }
        }
    }

    // MARK: Values

    private mutating func value() throws -> SQLValue {
        guard let byte = peek else { throw error("the dump ends inside a row", hint: "the dump was cut short: dump it again") }
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
            return .text(try quoted(byte))
        }
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || Self.isDigit(byte) {
            return try number()
        }
        let start = position
        guard let word = word() else { throw error("cannot read this value", hint: "values must be strings, numbers or NULL") }
        switch word.uppercased() {
        case "NULL": return .null
        case "TRUE": return .integer(1)
        case "FALSE": return .integer(0)
        case "X" where peek == UInt8(ascii: "'"):
            return .text(try hexText(try quoted(UInt8(ascii: "'")), at: start))
        default:
            // A character set introducer: _utf8mb4'…', _binary '…'.
            if word.hasPrefix("_") {
                skipSpaceAndComments()
                if peek == UInt8(ascii: "'") { return .text(try quoted(UInt8(ascii: "'"))) }
            }
            position = start
            throw error("cannot read this value", hint: "values must be strings, numbers or NULL")
        }
    }

    private mutating func number() throws -> SQLValue {
        let start = position
        if bytes[position...].starts(with: Array("0x".utf8)) {
            position += 2
            while let byte = peek, Self.isHexDigit(byte) { position += 1 }
            return .text(try hexText(String(decoding: bytes[(start + 2)..<position], as: UTF8.self), at: start))
        }
        position += 1
        while let byte = peek, Self.isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
            || ((byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) && (bytes[position - 1] | 0x20) == UInt8(ascii: "e"))
        {
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let integer = Int64(text) { return .integer(integer) }
        if let real = Double(text) { return .real(real) }
        position = start
        throw error("cannot read the number '\(text)'", hint: "values must be strings, numbers or NULL")
    }

    /// `0x48656C6C6F`, as mysqldump --hex-blob writes text columns: their UTF-8 bytes.
    private func hexText(_ hex: String, at start: Int) throws -> String {
        var data: [UInt8] = []
        var digits = Array(hex.utf8)[...]
        while digits.count >= 2, let byte = UInt8(String(decoding: digits.prefix(2), as: UTF8.self), radix: 16) {
            data.append(byte)
            digits = digits.dropFirst(2)
        }
        guard digits.isEmpty else {
            throw BuildError(path: path, line: location(of: start).line, column: location(of: start).column, message: "cannot read the hex value", hint: "hex values need an even number of digits")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A string, or a quoted identifier, opened by `quote` at the current
    /// position: MySQL's backslash escapes and doubled quotes.
    private mutating func quoted(_ quote: UInt8) throws -> String {
        let start = position
        position += 1
        var text: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == quote {
                if peek == quote {
                    text.append(quote)
                    position += 1
                    continue
                }
                return String(decoding: text, as: UTF8.self)
            }
            guard byte == UInt8(ascii: "\\"), quote != UInt8(ascii: "`"), position < bytes.count else {
                text.append(byte)
                continue
            }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "0"): text.append(0)
            case UInt8(ascii: "b"): text.append(8)
            case UInt8(ascii: "n"): text.append(10)
            case UInt8(ascii: "r"): text.append(13)
            case UInt8(ascii: "t"): text.append(9)
            case UInt8(ascii: "Z"): text.append(26)
            // MySQL keeps the backslash of these two (they escape LIKE patterns).
            case UInt8(ascii: "%"), UInt8(ascii: "_"): text += [UInt8(ascii: "\\"), escaped]
            default: text.append(escaped)
            }
        }
        position = start
        throw error("this string is never closed", hint: "the dump was cut short or edited by hand: dump it again")
    }

    // MARK: Names and words

    /// `name`, `db`.`name`, or a bare name: the table's own name.
    private mutating func tableName() throws -> String {
        skipSpaceAndComments()
        if peekWord()?.uppercased() == "IF" {
            for _ in 0..<3 { _ = word(); skipSpaceAndComments() }  // IF NOT EXISTS
        }
        var name = try identifier()
        while consume(".") { name = try identifier() }
        return name
    }

    private mutating func identifier() throws -> String {
        if let quote = peek, quote == UInt8(ascii: "`") || quote == UInt8(ascii: "\"") { return try quoted(quote) }
        guard let name = word() else { throw error("expected a name", hint: "is this a MySQL dump?") }
        return name
    }

    /// Letters, digits, `_` and `$` (and any non-ASCII byte, as MySQL allows in names).
    private mutating func word() -> String? {
        let start = position
        while let byte = peek, Self.isWordByte(byte) { position += 1 }
        return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
    }

    /// The next word, past spaces and comments, without moving.
    private func peekWord() -> String? {
        var copy = self
        copy.skipSpaceAndComments()
        return copy.word()
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func consume(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, peek == ascii else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ character: Character, _ what: String) throws {
        guard consume(character) else {
            throw error("expected \(what)", hint: "the statement is not one a MySQL dump writes; is the file complete?")
        }
    }

    /// Spaces, `-- ` and `#` line comments, `/* … */` (the `/*!40101 … */` of
    /// mysqldump too: they only set session variables).
    private mutating func skipSpaceAndComments() {
        while let byte = peek {
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                position += 1
            } else if byte == UInt8(ascii: "#") || (byte == UInt8(ascii: "-") && bytes[position...].starts(with: Array("--".utf8))
                && (position + 2 >= bytes.count || [32, 9, 10, 13].contains(bytes[position + 2])))
            {
                while let next = peek, next != 10 { position += 1 }
            } else if byte == UInt8(ascii: "/"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "*") {
                position += 2
                while position < bytes.count, !(bytes[position] == UInt8(ascii: "*") && position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "/")) {
                    position += 1
                }
                position = min(position + 2, bytes.count)
            } else {
                return
            }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20 >= 97 && byte | 0x20 <= 102) }
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte >= 128
    }

    // MARK: Errors

    private func error(_ message: String, hint: String) -> BuildError {
        let (line, column) = location(of: position)
        return BuildError(path: path, line: line, column: column, message: message, hint: hint)
    }

    /// 1-based line and column (in characters) of a byte offset: counted only when reporting.
    private func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 10 {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
