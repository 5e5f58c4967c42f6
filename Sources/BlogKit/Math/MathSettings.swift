import TeXMathML
import Yams

/// The `math:` section of `blog.yml`.
public struct MathSettings: Sendable, Hashable {
    public var mode: MathMode = .mathml
    /// The MathJax 3 script pages with math load in `mathjax` mode.
    public var mathJaxURL = "https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-chtml-full.js"
    /// Site-wide macros, written as MathJax's configuration writes them.
    public var macros: [String: TeXMacro] = [:]
    /// The same macros as a MathJax `macros` object literal, for the
    /// configuration script of pages that load MathJax.
    public var mathJaxMacros = "{}"

    public init(mode: MathMode = .mathml) {
        self.mode = mode
    }
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
            case "macros":
                try readMacros(value, path: path)
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

    /// `name: '\\definition'`, `name: ['\\definition #1', 1]` or, with a
    /// default for the first argument, `name: ['#1_{#2}', 2, 'x']`, as in MathJax.
    private mutating func readMacros(_ node: Node, path: String) throws {
        guard case .mapping(let mapping) = node else {
            throw SiteConfig.located(node, path: path, "'macros' must map names to definitions", hint: "for example 'tr: \\operatorname{tr}'")
        }
        var entries: [String] = []
        for (key, value) in mapping {
            guard let name = key.string, !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII }) else {
                throw SiteConfig.located(key, path: path, "a macro name must be letters, without the backslash", hint: "for example 'norm' for \\norm")
            }
            let definition: String
            var count = 0
            var fallback: String?
            switch value {
            case .scalar(let scalar):
                definition = scalar.string
            case .sequence(let sequence) where (2...3).contains(sequence.count):
                guard let text = sequence[0].string, let arguments = sequence[1].int else { fallthrough }
                definition = text
                count = arguments
                guard (0...9).contains(count) else {
                    throw SiteConfig.located(sequence[1], path: path, "a macro takes 0 to 9 arguments", hint: "the second item is the argument count")
                }
                if sequence.count == 3 {
                    guard let text = sequence[2].string, count > 0 else {
                        throw SiteConfig.located(sequence[2], path: path, "the third item of macro '\(name)' is its first argument's default", hint: "for example opt: ['#1_{#2}', 2, 'x']; the macro needs an argument to give it one")
                    }
                    fallback = text
                }
            default:
                throw SiteConfig.located(
                    value, path: path, "macro '\(name)' must be a definition, [definition, argument count] or [definition, argument count, default of the first]",
                    hint: "for example norm: ['\\left\\Vert #1 \\right\\Vert', 1]")
            }
            if definition.hasPrefix("\\\\"), let next = definition.dropFirst(2).unicodeScalars.first, next.properties.isAlphabetic {
                // `'\\mathbb{R}'` pasted from a JavaScript configuration: in YAML
                // it is a line break and the letters `mathbb`.
                throw SiteConfig.located(
                    value, path: path, "macro '\(name)' starts with \\\\ (a line break): a backslash doubled as JavaScript strings need it",
                    hint: "in blog.yml write one backslash inside single quotes, as in \(name): '\(definition.dropFirst())'")
            }
            macros[name] = TeXMacro(definition: definition, parameterCount: count, optionalDefault: fallback)
            // The same for MathJax: `name: '…'`, or `name: ['…', n]` with the default third.
            let literal = Self.javaScriptString(definition)
            var items = [literal, String(count)]
            if let fallback { items.append(Self.javaScriptString(fallback)) }
            entries.append(count == 0 ? "\(name): \(literal)" : "\(name): [\(items.joined(separator: ", "))]")
        }
        mathJaxMacros = "{" + entries.sorted().joined(separator: ", ") + "}"
    }

    /// A single-quoted JavaScript string literal, safe inside a script element.
    private static func javaScriptString(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "<": result += "\\x3C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "'"
    }
}
