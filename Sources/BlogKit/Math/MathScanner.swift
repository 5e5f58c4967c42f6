import TeXMathML

/// Finds LaTeX math in Markdown before cmark sees it, so `_ * \\ | < &`
/// inside a formula are never Markdown.
///
/// It finds `$…$`, `\(…\)`, `$$…$$`, `\[…\]`, bare math environments
/// (`equation`, `align`, `gather`, `multline`, `eqnarray`, `flalign`,
/// `alignat`, starred or not) wherever they stand, and bare `\eqref{…}` and
/// `\ref{…}` in running text. Code spans, fenced and indented code blocks,
/// HTML comments, raw HTML tags and link destinations are skipped. Block
/// quotes and list items are understood: a formula continued on the next line
/// of a quote or item is one formula, and the `> ` or indentation in front of
/// those lines is not part of its TeX. Inline `$` follows pandoc's rule: the
/// opening `$` is not followed by white space, the closing `$` is not preceded
/// by white space nor followed by a digit; `\$` is a literal dollar. A formula
/// never crosses a blank line.
///
/// Every search for a closing delimiter either succeeds or is remembered as
/// failed for the rest of the paragraph, so the scan is linear in the input
/// even on pathological text (thousands of unclosed `$` or `\begin`).
public struct MathScanner: Sendable {
    /// Environments that are display math on their own: those the converter numbers.
    public static let environments = TeXMathML.displayEnvironments

    public init() {}

    /// - Parameters:
    ///   - path: the file, for warnings.
    ///   - firstLine: the file line on which `markdown` starts (after front matter).
    public func protect(_ markdown: String, path: String = "", firstLine: Int = 1) -> ProtectedMarkdown {
        var scan = Scan(bytes: Array(markdown.utf8), path: path, firstLine: firstLine)
        for region in BlockStructure.textRegions(in: scan.bytes) {
            scan.scanInline(region)
        }
        return scan.result()
    }
}

/// The state of one scan over a post body, as UTF-8 bytes.
private struct Scan {
    let bytes: [UInt8]
    let path: String
    let firstLine: Int
    var spans: [MathSpan] = []
    var replacements: [Range<Int>] = []
    var warnings: [BuildError] = []
    /// Byte offsets at which lines start, to turn offsets into line:column.
    private let lineStarts: [Int]
    /// The last offset located, with its 0-based line and 1-based column.
    private var lastLocation = (offset: 0, line: 0, column: 1)

    init(bytes: [UInt8], path: String, firstLine: Int) {
        self.bytes = bytes
        self.path = path
        self.firstLine = firstLine
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 10 {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    /// Closers that were searched for and not found from some offset on: no
    /// later search in the same region can succeed either.
    private struct Failures {
        var fromOffset: [String: Int] = [:]
        /// For each environment name met in the region, where each `\\begin` ends.
        var environmentEnds: [String: [Int: Int]] = [:]

        func known(_ key: String, at offset: Int) -> Bool {
            fromOffset[key].map { offset >= $0 } ?? false
        }

        mutating func record(_ key: String, at offset: Int) {
            fromOffset[key] = min(fromOffset[key] ?? offset, offset)
        }
    }

    mutating func scanInline(_ region: BlockStructure.Region) {
        var failures = Failures()
        var position = region.range.lowerBound
        let end = region.range.upperBound
        while position < end {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\\"):
                position = backslash(at: position, region: region, failures: &failures)
            case UInt8(ascii: "$"):
                position = dollar(at: position, region: region, failures: &failures)
            case UInt8(ascii: "`"):
                position = codeSpan(at: position, end: end, failures: &failures)
            case UInt8(ascii: "<"):
                position = markup(at: position, end: end)
            case UInt8(ascii: "]") where position + 1 < end && bytes[position + 1] == UInt8(ascii: "("):
                position = linkDestination(at: position + 2, end: end)
            default:
                position += 1
            }
        }
    }

    func result() -> ProtectedMarkdown {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        for (index, range) in replacements.enumerated() {
            output.append(contentsOf: bytes[copied..<range.lowerBound])
            output.append(contentsOf: MathToken.token(index).utf8)
            copied = range.upperBound
        }
        output.append(contentsOf: bytes[copied...])
        return ProtectedMarkdown(markdown: String(decoding: output, as: UTF8.self), spans: spans, warnings: warnings)
    }
}

extension Scan {
    // MARK: Openers

    private mutating func backslash(at position: Int, region: BlockStructure.Region, failures: inout Failures) -> Int {
        let end = region.range.upperBound
        guard position + 1 < end else { return position + 1 }
        switch bytes[position + 1] {
        case UInt8(ascii: "("):
            return delimited(open: position, openLength: 2, close: [92, 41], display: false, delimiter: .parenthesis, region: region, failures: &failures, warnName: "\\(")
        case UInt8(ascii: "["):
            return delimited(open: position, openLength: 2, close: [92, 93], display: true, delimiter: .bracket, region: region, failures: &failures, warnName: "\\[")
        case UInt8(ascii: "b"):
            if let name = argument(after: "begin", at: position + 1, end: end), MathScanner.environments.contains(name) {
                return environment(name, at: position, region: region, failures: &failures)
            }
        case UInt8(ascii: "e"), UInt8(ascii: "r"):
            for command in ["eqref", "ref"] {
                if let label = argument(after: command, at: position + 1, end: end) {
                    let close = position + 1 + command.count + label.utf8.count + 2
                    record(tex: String(decoding: bytes[position..<close], as: UTF8.self), display: false, delimiter: .reference, range: position..<close, opener: position, region: region)
                    return close
                }
            }
        default:
            break
        }
        // A Markdown escape (`\$`, `\*`, `\\`): the escaped character is text.
        return position + 2
    }

    private mutating func dollar(at position: Int, region: BlockStructure.Region, failures: inout Failures) -> Int {
        let end = region.range.upperBound
        if position + 1 < end && bytes[position + 1] == UInt8(ascii: "$") {
            return delimited(open: position, openLength: 2, close: [36, 36], display: true, delimiter: .doubleDollar, region: region, failures: &failures, warnName: "$$")
        }
        // Pandoc: the opening $ is followed by a non-space character…
        guard position + 1 < end, !Self.isSpace(bytes[position + 1]) else { return position + 1 }
        guard let close = findCloser([36], from: position + 1, end: end, failures: &failures, key: "$") else { return position + 1 }
        // …the closing $ is preceded by a non-space and not followed by a digit.
        let followedByDigit = close + 1 < end && bytes[close + 1] >= 48 && bytes[close + 1] <= 57
        guard !Self.isSpace(bytes[close - 1]), !followedByDigit, close > position + 1 else { return position + 1 }
        record(tex: text(position + 1, close, region: region), display: false, delimiter: .dollar, range: position..<close + 1, opener: position, region: region)
        return close + 1
    }

    /// A formula between an opener and a fixed closer; unclosed, it stays text
    /// and is reported.
    private mutating func delimited(
        open: Int, openLength: Int, close closer: [UInt8], display: Bool, delimiter: MathSpan.Delimiter,
        region: BlockStructure.Region, failures: inout Failures, warnName: String
    ) -> Int {
        let contentStart = open + openLength
        guard let close = findCloser(closer, from: contentStart, end: region.range.upperBound, failures: &failures, key: warnName) else {
            let closerName = String(decoding: closer, as: UTF8.self)
            warn(at: open, "\(warnName) is never closed; it is left as written", hint: "close it with \(closerName) in the same paragraph (a formula cannot contain a blank line)")
            return contentStart
        }
        record(tex: text(contentStart, close, region: region), display: display, delimiter: delimiter, range: open..<close + closer.count, opener: open, region: region)
        return close + closer.count
    }

    private mutating func environment(_ name: String, at position: Int, region: BlockStructure.Region, failures: inout Failures) -> Int {
        if failures.environmentEnds[name] == nil {
            failures.environmentEnds[name] = matchEnvironments(name, from: position, end: region.range.upperBound)
        }
        guard let close = failures.environmentEnds[name]?[position] else {
            warn(at: position, "\\begin{\(name)} is never closed; it is left as written", hint: "add \\end{\(name)} in the same paragraph (a formula cannot contain a blank line)")
            return position + 1
        }
        record(tex: text(position, close, region: region), display: true, delimiter: .environment(name), range: position..<close, opener: position, region: region)
        return close
    }

    /// Pairs every `\begin{name}` from `start` to the end of the region with
    /// its `\end{name}`, nesting included, in one pass: the end offset of each
    /// closed environment, by the offset of its `\begin`.
    private func matchEnvironments(_ name: String, from start: Int, end: Int) -> [Int: Int] {
        var ends: [Int: Int] = [:]
        var open: [Int] = []
        var cursor = start
        while cursor < end {
            guard bytes[cursor] == UInt8(ascii: "\\") else {
                cursor += 1
                continue
            }
            if argument(after: "begin", at: cursor + 1, end: end) == name {
                open.append(cursor)
            } else if argument(after: "end", at: cursor + 1, end: end) == name, let begin = open.popLast() {
                ends[begin] = cursor + 1 + "end".count + name.utf8.count + 2
            }
            cursor += 2
        }
        return ends
    }

    // MARK: Things that are not math

    /// Skips a code span; a backtick run without a closing run of the same
    /// length is literal.
    private func codeSpan(at position: Int, end: Int, failures: inout Failures) -> Int {
        var runEnd = position
        while runEnd < end && bytes[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
        let length = runEnd - position
        let key = "`\(length)"
        guard !failures.known(key, at: runEnd) else { return runEnd }
        var cursor = runEnd
        while cursor < end {
            if bytes[cursor] == UInt8(ascii: "`") {
                var closeEnd = cursor
                while closeEnd < end && bytes[closeEnd] == UInt8(ascii: "`") { closeEnd += 1 }
                if closeEnd - cursor == length { return closeEnd }
                cursor = closeEnd
            } else {
                cursor += 1
            }
        }
        failures.record(key, at: runEnd)
        return runEnd
    }

    /// Skips an HTML comment, an HTML tag or an autolink.
    private func markup(at position: Int, end: Int) -> Int {
        if matches("<!--", at: position) {
            var cursor = position + 4
            while cursor + 2 < end {
                if bytes[cursor] == 45 && bytes[cursor + 1] == 45 && bytes[cursor + 2] == 62 { return cursor + 3 }
                cursor += 1
            }
            return position + 1
        }
        guard position + 1 < end else { return position + 1 }
        let next = bytes[position + 1]
        guard Self.isLetter(next) || next == UInt8(ascii: "/") else { return position + 1 }
        var cursor = position + 1
        while cursor < end && bytes[cursor] != 10 && bytes[cursor] != UInt8(ascii: "<") {
            if bytes[cursor] == UInt8(ascii: ">") { return cursor + 1 }
            cursor += 1
        }
        return position + 1
    }

    /// Skips `(url "title")` after a link's `]`.
    private func linkDestination(at position: Int, end: Int) -> Int {
        var cursor = position
        var depth = 1
        while cursor < end && bytes[cursor] != 10 {
            switch bytes[cursor] {
            case UInt8(ascii: "("):
                // cmark takes no destination with more than 32 nested
                // parentheses; stopping there too keeps the scan linear on
                // `[a](` repeated, where each `](` would scan to the line's end.
                depth += 1
                if depth > 33 { return position }
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return cursor + 1 }
            case UInt8(ascii: " "):
                // A title follows; math in a title is rare, but `$` in URLs is not.
                return cursor
            default: break
            }
            cursor += 1
        }
        return position
    }

    // MARK: Helpers

    /// The first `closer` at or after `start`, skipping TeX escapes (`\$`,
    /// `\\`), or nil; a failure is remembered for the region.
    private func findCloser(_ closer: [UInt8], from start: Int, end: Int, failures: inout Failures, key: String) -> Int? {
        guard !failures.known(key, at: start) else { return nil }
        var cursor = start
        while cursor + closer.count <= end {
            if bytes[cursor] == closer[0] && (closer.count == 1 || bytes[cursor + 1] == closer[1]) {
                return cursor
            }
            cursor += bytes[cursor] == UInt8(ascii: "\\") ? 2 : 1
        }
        failures.record(key, at: start)
        return nil
    }

    /// For `\name{argument}` with `position` at `name`: the argument, if the
    /// text there is exactly that.
    private func argument(after name: String, at position: Int, end: Int) -> String? {
        guard matches(name, at: position) else { return nil }
        var cursor = position + name.utf8.count
        guard cursor < end, bytes[cursor] == UInt8(ascii: "{") else { return nil }
        cursor += 1
        let start = cursor
        while cursor < end && bytes[cursor] != UInt8(ascii: "}") && bytes[cursor] != 10 && cursor - start < 200 {
            cursor += 1
        }
        guard cursor < end, bytes[cursor] == UInt8(ascii: "}"), cursor > start else { return nil }
        return String(decoding: bytes[start..<cursor], as: UTF8.self)
    }

    private func matches(_ text: String, at position: Int) -> Bool {
        let pattern = text.utf8
        guard position + pattern.count <= bytes.count else { return false }
        return bytes[position..<position + pattern.count].elementsEqual(pattern)
    }

    /// The source between two offsets, without the container prefix on its
    /// continuation lines.
    private func text(_ start: Int, _ end: Int, region: BlockStructure.Region) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(end - start)
        var cursor = start
        while cursor < end {
            let byte = bytes[cursor]
            result.append(byte)
            cursor += 1
            if byte == 10 {
                cursor = region.skipContainerPrefix(in: bytes, at: cursor, limit: end)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private mutating func record(tex: String, display: Bool, delimiter: MathSpan.Delimiter, range: Range<Int>, opener: Int, region: BlockStructure.Region) {
        let (line, column) = location(of: opener)
        spans.append(MathSpan(tex: tex, isDisplay: display, delimiter: delimiter, line: line, column: column))
        replacements.append(range)
    }

    private mutating func warn(at offset: Int, _ message: String, hint: String) {
        let (line, column) = location(of: offset)
        warnings.append(BuildError(path: path, line: line, column: column, severity: .warning, message: message, hint: hint))
    }

    /// File line and column (in characters) of a byte offset. Offsets come
    /// in increasing order, so counting goes on from the previous one: a
    /// megabyte-long line with thousands of warnings stays linear.
    private mutating func location(of offset: Int) -> (Int, Int) {
        if offset < lastLocation.offset {
            lastLocation = (0, 0, 1)
        }
        var (position, line, column) = lastLocation
        while line + 1 < lineStarts.count && lineStarts[line + 1] <= offset {
            line += 1
            position = lineStarts[line]
            column = 1
        }
        while position < offset {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        lastLocation = (position, line, column)
        return (firstLine + line, column)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
