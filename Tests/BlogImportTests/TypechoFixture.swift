import BlogImport
import Foundation
import GRDB

/// A small Typecho blog: its tables as Typecho 1.2 creates them in SQLite,
/// the same rows as a MySQL dump (as mysqldump writes it), and what an
/// import of it must give.
enum TypechoFixture {
    /// Typecho's install/SQLite.sql, for the tables an import reads.
    static let schema = """
        CREATE TABLE typecho_comments ( "coid" INTEGER NOT NULL PRIMARY KEY, "cid" int(10) default '0', "created" int(10) default '0',
        "author" varchar(200) default NULL, "authorId" int(10) default '0', "ownerId" int(10) default '0', "mail" varchar(200) default NULL,
        "url" varchar(200) default NULL, "ip" varchar(64) default NULL, "agent" varchar(200) default NULL, "text" text,
        "type" varchar(16) default 'comment', "status" varchar(16) default 'approved', "parent" int(10) default '0' );
        CREATE TABLE typecho_contents ( "cid" INTEGER NOT NULL PRIMARY KEY, "title" varchar(200) default NULL, "slug" varchar(200) default NULL,
        "created" int(10) default '0', "modified" int(10) default '0', "text" text, "order" int(10) default '0', "authorId" int(10) default '0',
        "template" varchar(32) default NULL, "type" varchar(16) default 'post', "status" varchar(16) default 'publish',
        "password" varchar(32) default NULL, "commentsNum" int(10) default '0', "allowComment" char(1) default '0',
        "allowPing" char(1) default '0', "allowFeed" char(1) default '0', "parent" int(10) default '0' );
        CREATE UNIQUE INDEX typecho_contents_slug ON typecho_contents ("slug");
        CREATE TABLE typecho_metas ( "mid" INTEGER NOT NULL PRIMARY KEY, "name" varchar(200) default NULL, "slug" varchar(200) default NULL,
        "type" varchar(32) NOT NULL, "description" varchar(200) default NULL, "count" int(10) default '0', "order" int(10) default '0',
        "parent" int(10) default '0');
        CREATE TABLE typecho_options ( "name" varchar(32) NOT NULL, "user" int(10) NOT NULL default '0', "value" text );
        CREATE TABLE typecho_relationships ( "cid" int(10) NOT NULL, "mid" int(10) NOT NULL );
        """

    /// 2015-03-01 08:00:00 in Shanghai.
    static let march2015 = 1_425_168_000

    /// Typecho's editor writes `\r\n` and starts Markdown with its mark.
    static let mathText = [
        "<!--markdown-->行内公式 $E=mc^2$，它's 显示公式：", "", "$$\\int_0^1 x\\,dx = \\frac{1}{2}$$", "", "<!--more-->", "",
        "\\begin{equation}a^2+b^2=c^2\\label{eq:pyth}\\end{equation}", "", "由\\eqref{eq:pyth}可知，反斜杠 \\\\ 与 100% 和 a_b 都在。",
    ].joined(separator: "\r\n")

    /// GRDB's values, as `makeSQLite` inserts them. The tables below are
    /// never mutated; GRDB's value protocol is not `Sendable`, hence
    /// `nonisolated(unsafe)`.
    typealias Row = [String: DatabaseValueConvertible?]

    nonisolated(unsafe) static let contents: [Row] = [
        ["cid": 5, "title": "从向量到矩阵: 基础", "slug": "5", "created": march2015, "modified": march2015 + 86400, "text": mathText, "type": "post", "status": "publish"],
        ["cid": 7, "title": "Hello 'quoted' # title", "slug": "hello-world", "created": march2015 + 200 * 86400, "modified": march2015 + 200 * 86400,
         "text": "<!--markdown-->第二篇，$\\alpha$。", "type": "post", "status": "publish"],
        ["cid": 9, "title": "未完成", "slug": "9", "created": march2015 + 300 * 86400, "modified": 0, "text": "<!--markdown-->草稿。", "type": "post_draft", "status": "publish"],
        ["cid": 10, "title": "从向量到矩阵: 基础（修改中）", "slug": "@5", "created": march2015, "modified": 0, "text": "<!--markdown-->改。", "type": "post_draft", "status": "publish", "parent": 5],
        ["cid": 11, "title": "隐藏的", "slug": "11", "created": march2015 + 400 * 86400, "modified": 0, "text": "<!--markdown-->藏。", "type": "post", "status": "hidden"],
        ["cid": 12, "title": "加密的", "slug": "12", "created": march2015 + 401 * 86400, "modified": 0, "text": "<!--markdown-->密。", "type": "post", "status": "publish", "password": "secret"],
        ["cid": 2, "title": "关于", "slug": "about", "created": march2015 - 86400, "modified": 0, "text": "<!--markdown-->关于本站。", "order": 1, "type": "page", "status": "publish"],
        ["cid": 13, "title": "figure.png", "slug": "figure-png", "created": march2015, "modified": 0,
         "text": "a:5:{s:4:\"name\";s:10:\"figure.png\";}", "type": "attachment", "status": "publish", "parent": 5],
    ]

    nonisolated(unsafe) static let metas: [Row] = [
        ["mid": 1, "name": "数学研究", "slug": "mathematics", "type": "category", "order": 1],
        ["mid": 2, "name": "信息时代", "slug": "big-data", "type": "category", "order": 2],
        ["mid": 3, "name": "矩阵", "slug": "矩阵", "type": "tag"],
        ["mid": 4, "name": "积分", "slug": "jifen", "type": "tag"],
    ]

    nonisolated(unsafe) static let relationships: [Row] = [["cid": 5, "mid": 1], ["cid": 5, "mid": 3], ["cid": 5, "mid": 4], ["cid": 7, "mid": 2], ["cid": 7, "mid": 3], ["cid": 11, "mid": 1]]

    nonisolated(unsafe) static let comments: [Row] = [
        ["coid": 1, "cid": 5, "created": march2015 + 3600, "author": "张三", "mail": "zhang@example.com", "url": "https://zhang.example", "ip": "10.1.2.3",
         "agent": "Mozilla", "text": "好文！$x$ 是什么？", "type": "comment", "status": "approved", "parent": 0],
        ["coid": 2, "cid": 5, "created": march2015 + 7200, "author": "苏剑林", "mail": "su@example.com", "url": "", "ip": "10.9.9.9",
         "agent": "Mozilla", "text": "谢谢。\r\n第二行: 也在", "type": "comment", "status": "approved", "parent": 1],
        ["coid": 3, "cid": 5, "created": march2015 + 9000, "author": "spammer", "mail": "spam@example.com", "url": "http://spam.example", "ip": "10.6.6.6",
         "agent": "bot", "text": "buy pills", "type": "comment", "status": "spam", "parent": 0],
        ["coid": 4, "cid": 7, "created": march2015 + 201 * 86400, "author": "路人", "mail": "wait@example.com", "url": "", "ip": "10.4.4.4",
         "agent": "Mozilla", "text": "待审", "type": "comment", "status": "waiting", "parent": 0],
        ["coid": 5, "cid": 2, "created": march2015, "author": "访客", "mail": "guest@example.com", "url": "", "ip": "10.5.5.5",
         "agent": "Mozilla", "text": "留言", "type": "comment", "status": "approved", "parent": 0],
        ["coid": 6, "cid": 7, "created": march2015 + 202 * 86400, "author": "某站", "mail": "", "url": "http://ping.example", "ip": "10.7.7.7",
         "agent": "", "text": "[...]", "type": "pingback", "status": "approved", "parent": 0],
    ]

    nonisolated(unsafe) static let options: [Row] = [
        ["name": "title", "user": 0, "value": "科学空间"], ["name": "description", "user": 0, "value": "渴望成为一个小飞侠"],
        ["name": "timezone", "user": 0, "value": "28800"],
    ]

    nonisolated(unsafe) static let tables: [(String, [Row])] = [
        ("contents", contents), ("metas", metas), ("relationships", relationships), ("comments", comments), ("options", options),
    ]

    /// The database file, as Typecho's SQLite adapter keeps it.
    static func makeSQLite(at url: URL) throws {
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: schema)
            for (table, rows) in tables {
                for row in rows {
                    let columns = Array(row.keys)
                    let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                    let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
                    try db.execute(
                        sql: "INSERT INTO typecho_\(table) (\(names)) VALUES (\(marks))",
                        arguments: StatementArguments(columns.map { row[$0] ?? nil }))
                }
            }
        }
    }

    /// The same rows as mysqldump writes them: CREATE TABLE, then one
    /// extended INSERT per table in the table's column order, strings
    /// escaped with backslashes; its `/*!…*/` settings and comments around.
    static func mysqlDump() -> String {
        var lines = [
            "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)", "--", "-- Host: localhost    Database: typecho",
            "/*!40101 SET NAMES utf8mb4 */;", "/*!40103 SET TIME_ZONE='+00:00' */;", "",
        ]
        for (table, rows) in tables {
            // A plugin's column (view counts), as real blogs have: the
            // dump's CREATE TABLE, not Typecho's schema, says where each value is.
            let columns = table == "contents" ? ["views"] + TypechoRows.columns[table]! : TypechoRows.columns[table]!
            lines.append("DROP TABLE IF EXISTS `typecho_\(table)`;")
            lines.append("CREATE TABLE `typecho_\(table)` (")
            lines += columns.map { "  `\($0)` varchar(200) DEFAULT NULL COMMENT 'it''s (a, b)',"}
            lines.append("  PRIMARY KEY (`\(columns[0])`),\n  KEY `created` (`\(columns[0])`)")
            lines.append(") ENGINE=MyISAM AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb4;")
            lines.append("LOCK TABLES `typecho_\(table)` WRITE;")
            lines.append("/*!40000 ALTER TABLE `typecho_\(table)` DISABLE KEYS */;")
            let tuples = rows.map { row in "(" + columns.map { $0 == "views" ? "42" : literal(row[$0] ?? nil) }.joined(separator: ",") + ")" }
            lines.append("INSERT INTO `typecho_\(table)` VALUES " + tuples.joined(separator: ",") + ";")
            lines.append("/*!40000 ALTER TABLE `typecho_\(table)` ENABLE KEYS */;")
            lines.append("UNLOCK TABLES;")
        }
        lines.append("-- Dump completed on 2026-01-01 10:00:00")
        return lines.joined(separator: "\n") + "\n"
    }

    /// MySQL's escaping in a dump: `\\`, `\'`, `\"`, `\n`, `\r`, `\0`, `\Z`.
    static func literal(_ value: DatabaseValueConvertible?) -> String {
        guard let value else { return "NULL" }
        if let number = value as? Int { return String(number) }
        var text = "'"
        for scalar in "\(value)".unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "'": text += "\\'"
            case "\"": text += "\\\""
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\0": text += "\\0"
            case "\u{1A}": text += "\\Z"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "'"
    }
}
