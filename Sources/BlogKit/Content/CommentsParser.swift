import Foundation
import Yams

/// Reads a post's comments file: a YAML list of `{id, parent, author, url,
/// date, text}`, in the order they were made. Every problem is located.
struct CommentsParser {
    var timeZone: TimeZone

    /// The post id a comments file belongs to: its name, `7180.yml` → `7180`.
    static func postID(of path: String) -> String {
        PostParser.fileSlug(path)
    }

    func parse(_ file: SourceFile) throws -> [Comment] {
        guard let root = try YAMLDocument.parse(file.text, path: file.path) else { return [] }
        guard case .sequence(let items) = root else {
            throw located(root, file, "a comments file must be a list of comments", hint: "write each comment as '- id: 1' with author, date and text under it")
        }
        var errors = ErrorCollector()
        let comments = items.compactMap { item in errors.attempt { try comment(item, file) } }
        try errors.throwIfAny()
        return comments
    }

    private func comment(_ node: Node, _ file: SourceFile) throws -> Comment {
        guard case .mapping(let mapping) = node else {
            throw located(node, file, "a comment must be a mapping", hint: "write 'id', 'author', 'date' and 'text' under its '-'")
        }
        func field(_ key: String) -> Node? { mapping[Node(key)] }
        func required(_ key: String) throws -> Node {
            guard let value = field(key) else { throw located(node, file, "a comment has no \(key)", hint: "add '\(key): …' to it") }
            return value
        }
        guard let id = try required("id").int else { throw located(try required("id"), file, "a comment's id must be a number", hint: "write 'id: 12'") }
        let parent = try field("parent").map { node in
            guard let number = node.int else { throw located(node, file, "a comment's parent must be a number", hint: "write the id of the comment it answers") }
            return number
        }
        let dateNode = try required("date")
        guard case .scalar(let scalar) = dateNode, let date = PostDate.parse(scalar.string, timeZone: timeZone) else {
            throw located(dateNode, file, "cannot read the comment's date", hint: "write it as 2020-01-29 10:21:00")
        }
        return Comment(
            id: id, parent: parent, author: try required("author").string ?? "", url: field("url")?.string, date: date,
            text: try required("text").string ?? "")
    }

    private func located(_ node: Node, _ file: SourceFile, _ message: String, hint: String) -> BuildError {
        SiteConfig.located(node, path: file.path, message, hint: hint)
    }
}
