import BlogKit
import Yams

/// The front matter of another generator's post: YAML between `---` lines
/// (Hexo, Jekyll, Hugo) or TOML between `+++` lines (Hugo), and the body
/// after it. A file without front matter is all body.
struct ForeignFrontMatter {
    var fields: [(key: String, value: FrontMatterValue)] = []
    var body: String
    /// The file's line of the body's first line.
    var bodyLine = 1

    init(_ text: String, path: String) throws {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n")
        var lines = unified.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
        guard let fence = lines.first.map({ $0.trimmingCharacters(in: .whitespaces) }), fence == "---" || fence == "+++" else {
            body = unified
            return
        }
        let closers: Set = fence == "---" ? ["---", "..."] : ["+++"]
        guard let end = lines.indices.dropFirst().first(where: { closers.contains(lines[$0].trimmingCharacters(in: .whitespaces)) }) else {
            throw BuildError(path: path, line: 1, column: 1, message: "the front matter opened here is never closed", hint: "end it with a line of \(fence)")
        }
        let source = lines[1..<end].joined(separator: "\n")
        body = lines[(end + 1)...].joined(separator: "\n")
        bodyLine = end + 2
        if fence == "+++" {
            fields = try TOMLReader.read(source, path: path, lineOffset: 1)
            return
        }
        let node: Node?
        do {
            node = try YAMLDocument.compose(source)
        } catch let error as YamlError {
            throw Self.located(error, path: path)
        }
        guard let node else { return }
        guard case .mapping(let mapping) = node else {
            throw BuildError(path: path, line: 2, column: 1, message: "the front matter is not a mapping of fields", hint: "write one 'key: value' per line")
        }
        fields = mapping.map { (key: $0.key.string ?? "", value: FrontMatterValue(node: $0.value)) }
    }

    /// A YAML error at its line in the file (the YAML starts on line 2).
    private static func located(_ error: YamlError, path: String) -> BuildError {
        let hint = "quote values that contain ': ' or start with a special character"
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return BuildError(path: path, line: mark.line + 1, column: mark.column, message: "cannot read the front matter: \(problem)", hint: hint)
        default:
            return BuildError(path: path, line: 2, column: 1, message: "cannot read the front matter: \(error)", hint: hint)
        }
    }
}
