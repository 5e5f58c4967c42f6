import Yams

/// Reading `strings:` in `blog.yml`.
extension UIStrings {
    /// Replaces the entries `node` names. A key that names no entry, a
    /// value of the wrong type and a placeholder the entry does not take are
    /// errors located at what is wrong; each is reported, not just the first.
    mutating func override(with node: Node, path: String) throws {
        let keys = UIStringKey.allCases.map(\.rawValue).joined(separator: ", ")
        guard case .mapping(let mapping) = node else {
            throw SiteConfig.located(
                node, path: path, "'strings' must map entries to words", hint: "for example 'read_more: Read more…'; the entries are \(keys)")
        }
        var errors = ErrorCollector()
        for (keyNode, value) in mapping {
            errors.attempt {
                guard let name = keyNode.string, let key = UIStringKey(rawValue: name) else {
                    throw SiteConfig.located(keyNode, path: path, "'strings' has no entry '\(keyNode.string ?? "")'", hint: "the entries are \(keys)")
                }
                try set(key, to: value, path: path)
            }
        }
        try errors.throwIfAny()
    }

    private mutating func set(_ key: UIStringKey, to node: Node, path: String) throws {
        guard let entry = key.path else {
            guard case .sequence(let sequence) = node, sequence.count == 12, sequence.allSatisfy({ $0.scalar != nil }) else {
                throw SiteConfig.located(
                    node, path: path, "'month_names' must list the twelve month names",
                    hint: "for example 'month_names: [Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec]'")
            }
            monthNames = sequence.compactMap(\.string)
            return
        }
        guard case .scalar(let scalar) = node else {
            throw SiteConfig.located(
                node, path: path, "'\(key.rawValue)' must be text", hint: "write it as a single value, quoted if it begins or ends with spaces")
        }
        let pattern = StringPattern(scalar.string)
        if let unknown = pattern.placeholders.first(where: { !key.placeholders.contains($0) }) {
            let allowed =
                key.placeholders.isEmpty
                ? "'\(key.rawValue)' takes no placeholders" : "'\(key.rawValue)' can use " + key.placeholders.map { "{\($0)}" }.joined(separator: ", ")
            throw SiteConfig.located(node, path: path, "'\(key.rawValue)' has an unknown placeholder '{\(unknown)}'", hint: allowed)
        }
        self[keyPath: entry] = pattern
    }
}
