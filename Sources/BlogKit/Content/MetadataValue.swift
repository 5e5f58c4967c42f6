import Foundation
import Yams

/// A value from YAML (front matter or `blog.yml`) kept as written, so keys the
/// generator does not know still reach templates.
public enum MetadataValue: Sendable, Hashable, Codable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case list([MetadataValue])
    case map([String: MetadataValue])

    /// The value as mustache sees it: strings, numbers, booleans, arrays and
    /// dictionaries.
    public var templateValue: Any {
        switch self {
        case .string(let value): value
        case .int(let value): value
        case .double(let value): value
        case .bool(let value): value
        case .null: false
        case .list(let values): values.map(\.templateValue)
        case .map(let values): values.mapValues(\.templateValue)
        }
    }

    /// The value as a scalar string, if it is one (numbers and booleans as written).
    public var scalarText: String? {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        case .null, .list, .map: nil
        }
    }
}

extension MetadataValue {
    /// Converts a composed YAML node, resolving scalars by their YAML 1.1 tags
    /// as Yams does, but keeping dates as the text written (dates are parsed
    /// later in the site's time zone).
    init(node: Node) {
        switch node {
        case .scalar(let scalar):
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .int: self = node.int.map(MetadataValue.int) ?? .string(scalar.string)
            case .float: self = node.float.map(MetadataValue.double) ?? .string(scalar.string)
            case .bool: self = node.bool.map(MetadataValue.bool) ?? .string(scalar.string)
            case .null: self = .null
            default: self = .string(scalar.string)
            }
        case .sequence(let sequence):
            self = .list(sequence.map(MetadataValue.init(node:)))
        case .mapping(let mapping):
            var values: [String: MetadataValue] = [:]
            for (key, value) in mapping {
                values[key.string ?? ""] = MetadataValue(node: value)
            }
            self = .map(values)
        case .alias:
            self = .null
        }
    }
}
