import Yams

/// Where readers write new comments, `comments:` in `blog.yml`: one of the
/// services a static site embeds. Nothing is loaded when it is not set.
///
/// ```yaml
/// comments:
///   provider: giscus        # or utterances, waline, twikoo
///   repo: owner/name
///   repo_id: R_kgDO…
///   category: Announcements
///   category_id: DIC_kwDO…
/// ```
public enum CommentProvider: Sendable, Hashable, Encodable {
    case giscus(repo: String, repoID: String, category: String, categoryID: String)
    case utterances(repo: String, issueTerm: String)
    case waline(serverURL: String)
    case twikoo(envID: String)

    /// Each provider and the settings it needs.
    static let settings: [String: [String]] = [
        "giscus": ["repo", "repo_id", "category", "category_id"], "utterances": ["repo"], "waline": ["server_url"], "twikoo": ["env_id"],
    ]

    init(node: Node, path: String) throws {
        guard case .mapping(let mapping) = node else {
            throw SiteConfig.located(node, path: path, "'comments' must map 'provider' and its settings", hint: "for example 'comments: {provider: utterances, repo: owner/name}'")
        }
        func value(_ key: String) -> String? { mapping[Node(key)]?.string }
        guard let providerNode = mapping[Node("provider")], let name = providerNode.string, let needed = Self.settings[name] else {
            throw SiteConfig.located(
                mapping[Node("provider")] ?? node, path: path, "'comments' needs a provider: giscus, utterances, waline or twikoo",
                hint: "add 'provider: giscus' (or another) under 'comments:'")
        }
        if let missing = needed.first(where: { value($0)?.isEmpty ?? true }) {
            throw SiteConfig.located(
                node, path: path, "the \(name) comments need '\(missing)'", hint: "add \(needed.map { "'\($0): …'" }.joined(separator: ", ")) under 'comments:'")
        }
        let setting = { (key: String) in value(key) ?? "" }
        switch name {
        case "giscus": self = .giscus(repo: setting("repo"), repoID: setting("repo_id"), category: setting("category"), categoryID: setting("category_id"))
        case "utterances": self = .utterances(repo: setting("repo"), issueTerm: value("issue_term") ?? "pathname")
        case "waline": self = .waline(serverURL: setting("server_url"))
        default: self = .twikoo(envID: setting("env_id"))
        }
    }
}
