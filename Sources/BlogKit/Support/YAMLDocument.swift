import Yams

/// Parses YAML text into a node tree, turning Yams' errors into located
/// build errors.
enum YAMLDocument {
    /// - Parameters:
    ///   - lineOffset: lines before the YAML text in its file (front matter
    ///     starts after the opening `---`), added to reported lines.
    static func parse(_ text: String, path: String, lineOffset: Int = 0) throws -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw buildError(error, path: path, lineOffset: lineOffset)
        }
    }

    /// Where a node stands in its file.
    static func location(of node: Node, lineOffset: Int) -> (line: Int?, column: Int?) {
        guard let mark = node.mark else { return (nil, nil) }
        return (mark.line + lineOffset, mark.column)
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
