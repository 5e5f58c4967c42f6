import Foundation
import Yams

/// Emits front matter and comments files as YAML through Yams, so quoting
/// is libyaml's (a title holding `: ` or `#` comes back as written), with
/// keys in the order given. Strings that a reader would take for numbers,
/// booleans or dates are double-quoted; multi-line text is a literal block.
public enum FrontMatterWriter {
    /// `---`, the fields, `---`, then the body.
    public static func document(_ fields: [(key: String, value: FrontMatterValue)], body: String) throws -> String {
        "---\n" + (try yaml(.table(fields))) + "---\n" + body
    }

    /// One YAML document, without the `---` line, ending with a newline.
    public static func yaml(_ value: FrontMatterValue) throws -> String {
        // No line width: libyaml would fold long lines at spaces, which reads
        // back the same but hides where the writer broke them.
        try Yams.serialize(node: node(value), width: -1, allowUnicode: true)
    }

    private static func node(_ value: FrontMatterValue) -> Node {
        switch value {
        case .plain(let text):
            return Node(text, Tag(.implicit), .plain)
        case .text(let text):
            let style: Node.Scalar.Style =
                text.contains("\n") ? .literal : FrontMatterValue.resolvesToNonString(text) ? .doubleQuoted : .plain
            // libyaml falls back to a quoted style where the one asked for cannot hold the text.
            return Node(text, Tag(.str), style)
        case .list(let items):
            return .sequence(Node.Sequence(items.map(node), Tag(.seq)))
        case .table(let pairs):
            return .mapping(Node.Mapping(pairs.map { (Node($0.key, Tag(.str)), node($0.value)) }, Tag(.map)))
        }
    }
}
