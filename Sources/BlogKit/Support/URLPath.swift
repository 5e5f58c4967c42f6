import Foundation

/// A site-relative URL path such as `/tag/深度学习/`, kept readable and
/// turned into the forms pages, feeds and the output folder need.
struct URLPath: Sendable, Hashable, Comparable {
    /// Starts with `/`; ends with `/` for pages written as `index.html`.
    let value: String

    init(_ value: String) {
        self.value = value.hasPrefix("/") ? value : "/" + value
    }

    /// The file this page is written to, relative to the output folder.
    var outputFile: String {
        let trimmed = String(value.dropFirst())
        return value.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }

    /// Percent-encoded, as it goes on the wire (Chinese stays Chinese in the
    /// browser's address bar, which decodes it).
    var encoded: String {
        value.addingPercentEncoding(withAllowedCharacters: Self.allowed) ?? value
    }

    static func < (lhs: URLPath, rhs: URLPath) -> Bool { lhs.value < rhs.value }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: ";")
        return set
    }()

    /// A taxonomy name made safe for one path segment: lowercased, spaces as
    /// `-`, characters that mean something in a URL or a file name removed.
    static func segment(for name: String) -> String {
        var result = ""
        // Scalars, not characters: grapheme breaking is slow and every tag of
        // every post goes through here.
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                if !result.hasSuffix("-") { result.append("-") }
            } else if !removed.contains(scalar) {
                result.unicodeScalars.append(scalar)
            }
        }
        let scalars = result.unicodeScalars
        let kept = { (scalar: Unicode.Scalar) in scalar != "-" && scalar != "." }
        guard let first = scalars.firstIndex(where: kept), let last = scalars.lastIndex(where: kept) else { return "-" }
        return String(scalars[first...last])
    }

    private static let removed: Set<Unicode.Scalar> = Set("/\\?#%\"'<>|:*".unicodeScalars)
}
