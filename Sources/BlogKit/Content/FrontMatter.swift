/// The YAML block between `---` lines at the top of a post, split from the body.
struct FrontMatter {
    /// The YAML text between the fences.
    var yaml: String
    /// The Markdown after the closing fence.
    var body: String
    /// Lines before the YAML text (the opening fence), for error locations.
    var yamlLineOffset: Int
    /// The 1-based line on which the body starts.
    var bodyLine: Int

    /// Splits `text`; a file without an opening `---` has empty front matter.
    /// An opening fence without a closing one is an error at the fence.
    static func split(_ text: String, path: String) throws -> FrontMatter {
        var content = Substring(text)
        if content.hasPrefix("\u{FEFF}") {
            content = content.dropFirst()
        }
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpace == "---" else {
            return FrontMatter(yaml: "", body: String(content), yamlLineOffset: 0, bodyLine: 1)
        }
        for index in lines.indices.dropFirst() {
            let line = lines[index].trimmingTrailingSpace
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                let body = lines[(index + 1)...].joined(separator: "\n")
                return FrontMatter(yaml: yaml, body: body, yamlLineOffset: 1, bodyLine: index + 2)
            }
        }
        throw BuildError(
            path: path, line: 1, column: 1, message: "front matter is not closed",
            hint: "end the front matter with a line holding only '---'")
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" {
            result = result.dropLast()
        }
        return result
    }
}
