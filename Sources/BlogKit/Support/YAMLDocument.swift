import Yams

/// Parses YAML text into a node tree, turning Yams' errors into located
/// build errors.
package enum YAMLDocument {
    /// - Parameters:
    ///   - lineOffset: lines before the YAML text in its file (front matter
    ///     starts after the opening `---`), added to reported lines.
    /// A document larger than this, counting every value an alias repeats,
    /// or nested deeper, is refused: 400 bytes of aliases to aliases (a
    /// "billion laughs") expand to millions of values.
    static let maximumValues = 100_000
    static let maximumDepth = 100

    static func parse(_ text: String, path: String, lineOffset: Int = 0) throws -> Node? {
        let node: Node?
        do {
            node = try compose(text)
        } catch let error as YamlError {
            throw buildError(error, path: path, lineOffset: lineOffset)
        }
        if let node { try checkSize(of: node, path: path, lineOffset: lineOffset) }
        return node
    }

    /// Yams' `compose`, told the encoding: left to its default, every call
    /// reads the whole process environment for an override, which was a
    /// third of parsing 2,000 posts' front matter.
    package static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .default, .default, .utf8)
    }

    /// Where a node stands in its file.
    static func location(of node: Node, lineOffset: Int) -> (line: Int?, column: Int?) {
        guard let mark = node.mark else { return (nil, nil) }
        return (mark.line + lineOffset, mark.column)
    }

    /// Walks the tree as its readers will, aliases expanded, without
    /// recursion (so the check itself cannot run out of stack), and stops at
    /// the first value past a limit.
    private static func checkSize(of root: Node, path: String, lineOffset: Int) throws {
        var pending: [(node: Node, depth: Int)] = [(root, 1)]
        var count = 0
        while let (node, depth) = pending.popLast() {
            count += 1
            guard count <= maximumValues, depth <= maximumDepth else {
                let (line, column) = location(of: node, lineOffset: lineOffset)
                let what = count > maximumValues ? "more than \(maximumValues) values (aliases count once per use)" : "lists or mappings nested more than \(maximumDepth) deep"
                throw BuildError(path: path, line: line ?? 1 + lineOffset, column: column ?? 1, message: "the YAML holds \(what)", hint: "write the values out plainly")
            }
            switch node {
            case .sequence(let sequence): pending += sequence.map { ($0, depth + 1) }
            case .mapping(let mapping): pending += mapping.flatMap { [($0.key, depth + 1), ($0.value, depth + 1)] }
            case .scalar, .alias: break
            }
        }
    }

    private static func buildError(_ error: YamlError, path: String, lineOffset: Int) -> BuildError {
        let hint = "check the indentation, and quote values that contain ': ', '#', '[' or '{'"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            var message = "malformed YAML: \(problem)"
            if let context {
                message += " (\(context.text))"
            }
            return BuildError(
                path: path, line: mark.line + lineOffset, column: mark.column,
                message: message, hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            return BuildError(
                path: path, line: context.mark.line + lineOffset, column: context.mark.column,
                message: "malformed YAML: duplicate key \(duplicates.joined(separator: ", "))",
                hint: "keep one entry per key")
        default:
            return BuildError(path: path, line: 1 + lineOffset, column: 1, message: "malformed YAML: \(error)", hint: hint)
        }
    }
}
