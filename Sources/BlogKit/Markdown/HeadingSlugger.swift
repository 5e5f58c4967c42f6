/// Makes heading ids that read well in Chinese and stay unique in a page:
/// `## 第1节 背景` gives `第1节-背景`, a second `## 背景` gives `背景-1`.
///
/// Letters and digits of any script are kept (so Chinese stays Chinese),
/// Latin letters are lowercased, spaces become `-`, other punctuation is dropped.
struct HeadingSlugger {
    private var used: Set<String> = []
    /// The last suffix tried for each base, so repeated headings cost no rescans.
    private var lastSuffix: [String: Int] = [:]

    /// Formulas (still tokens while Markdown renders) are left out of ids.
    mutating func slug(for text: String) -> String {
        let base = Self.slugify(MathToken.removingTokens(from: text))
        var candidate = base
        var suffix = lastSuffix[base, default: 0]
        while used.contains(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        lastSuffix[base] = suffix
        used.insert(candidate)
        return candidate
    }

    static func slugify(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                if pendingDash && !slug.isEmpty {
                    slug.append("-")
                }
                pendingDash = false
                slug.append(character)
            } else if character.isWhitespace || character == "-" {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
