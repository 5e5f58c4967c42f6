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
    /// Works on UTF-8 bytes: splitting a whole post into Character lines
    /// was a tenth of a build.
    static func split(_ text: String, path: String) throws -> FrontMatter {
        var content = Substring(text)
        if content.hasPrefix("\u{FEFF}") {
            content = content.dropFirst()
        }
        let bytes = content.utf8
        var lineStart = bytes.startIndex
        var lineIndex = 0
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex || lineIndex == 0 {
            let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline ?? bytes.endIndex
            let next = newline.map(bytes.index(after:)) ?? bytes.endIndex
            let line = trimmingTrailingSpace(bytes[lineStart..<lineEnd])
            if lineIndex == 0 {
                guard line.elementsEqual("---".utf8) else {
                    return FrontMatter(yaml: "", body: String(content), yamlLineOffset: 0, bodyLine: 1)
                }
                yamlStart = next
            } else if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8), let yamlStart {
                // The text between the fences, without the newline before the closing one.
                let yamlEnd = lineStart > yamlStart ? bytes.index(before: lineStart) : yamlStart
                return FrontMatter(
                    yaml: String(content[yamlStart..<yamlEnd]), body: String(content[next...]), yamlLineOffset: 1, bodyLine: lineIndex + 2)
            }
            guard newline != nil else { break }
            lineStart = next
            lineIndex += 1
        }
        throw BuildError(
            path: path, line: 1, column: 1, message: "front matter is not closed",
            hint: "end the front matter with a line holding only '---'")
    }

    private static func trimmingTrailingSpace(_ line: Substring.UTF8View) -> Substring.UTF8View {
        var line = line
        while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            line = line.dropLast()
        }
        return line
    }
}
