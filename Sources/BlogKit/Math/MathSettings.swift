import Yams

/// The `math:` section of `blog.yml`.
public struct MathSettings: Sendable {
    public var mode: MathMode = .mathjax
    /// The MathJax 3 script pages with math load in `mathjax` mode.
    public var mathJaxURL = "https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-chtml-full.js"

    public init() {}
}

extension MathSettings {
    init(node: Node, path: String) throws {
        self.init()
        guard case .mapping(let mapping) = node else {
            throw SiteConfig.located(node, path: path, "'math' must be a mapping of settings", hint: "for example 'math:' then '  mode: mathjax' on the next line")
        }
        for (key, value) in mapping {
            switch key.string {
            case "mode":
                guard let name = value.string, let mode = MathMode(rawValue: name) else {
                    let known = MathMode.allCases.map(\.rawValue).joined(separator: ", ")
                    throw SiteConfig.located(value, path: path, "unknown math mode '\(value.string ?? "")'", hint: "use one of: \(known)")
                }
                self.mode = mode
            case "mathjax_url":
                guard let url = value.string, !url.isEmpty else {
                    throw SiteConfig.located(value, path: path, "'mathjax_url' must be a URL", hint: "the address of MathJax 3's tex-chtml.js")
                }
                mathJaxURL = url
            default:
                break
            }
        }
    }
}
