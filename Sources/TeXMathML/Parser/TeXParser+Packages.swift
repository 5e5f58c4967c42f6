/// `\require{…}`, MathJax's loading of an extension.
extension TeXParser {
    static let packageConstructs: [String: Construct] = [
        "require": { parser, _ in
            let name = try parser.readRawArgument().trimmingCharacters(in: .whitespaces)
            // MathJax 3 writes `[tex]/cancel` as well as `cancel`.
            let package = name.hasPrefix("[tex]/") ? String(name.dropFirst("[tex]/".count)) : name
            guard supportedPackages.contains(package.lowercased()) else {
                throw parser.error("\\require{\(name)}: the \(package) package is not supported", command: "\\require")
            }
            return Atom(base: MathElement("mrow"))
        },
    ]

    /// The packages, by their MathJax 3 and MathJax 2 names in lower case,
    /// whose commands are always here: requiring one changes nothing. Any
    /// other is an error, as its commands would be.
    static let supportedPackages: Set = [
        "ams", "amsmath", "amssymbols", "amssymb", "base", "bbox", "boldsymbol", "braket", "cancel", "color", "html", "mathtools",
        "newcommand", "noerrors", "noundefined",
    ]
}
