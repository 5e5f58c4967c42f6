import Foundation
import Yams

/// A value of front matter or of a comments file, in the order it is to be
/// written: what every importer produces and `FrontMatterWriter` emits.
/// Read from YAML and TOML alike, so another generator's keys we do not map
/// can be carried over as they were.
public indirect enum FrontMatterValue: Sendable {
    case text(String)
    /// Written as is, unquoted: numbers, booleans and dates.
    case plain(String)
    case list([FrontMatterValue])
    case table([(key: String, value: FrontMatterValue)])

    public static func integer(_ value: Int) -> FrontMatterValue { .plain(String(value)) }
    public static func bool(_ value: Bool) -> FrontMatterValue { .plain(value ? "true" : "false") }

    /// The text of a scalar, whichever way it was written.
    public var string: String? {
        switch self {
        case .text(let text), .plain(let text): text
        default: nil
        }
    }

    /// `true`, `yes`, `on` (YAML 1.1 and TOML), as Yams reads them.
    public var bool: Bool? {
        guard case .plain(let text) = self else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// The names of a list, or the single name of a scalar.
    public var names: [String] {
        switch self {
        case .list(let items): items.compactMap(\.string)
        case .text(let text), .plain(let text): [text]
        case .table: []
        }
    }

    /// A YAML node read by Yams: plain scalars keep their spelling, so a
    /// date stays the date the writer wrote, not one shifted by a time zone.
    init(node: Node) {
        switch node {
        case .scalar(let scalar):
            self = scalar.style == .plain && Self.resolvesToNonString(scalar.string) ? .plain(scalar.string) : .text(scalar.string)
        case .sequence(let sequence):
            self = .list(sequence.map(FrontMatterValue.init(node:)))
        case .mapping(let mapping):
            self = .table(mapping.map { (key: $0.key.string ?? "", value: FrontMatterValue(node: $0.value)) })
        case .alias:
            self = .text("")
        }
    }

    /// Whether a plain YAML scalar would be read as something other than a
    /// string (a number, a boolean, null or a date), so that a string with
    /// this text must be quoted. Errs on the side of quoting.
    static func resolvesToNonString(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        if "0123456789+-.~".unicodeScalars.contains(first) { return true }
        return ["true", "false", "yes", "no", "on", "off", "y", "n", "null"].contains(text.lowercased())
    }
}
