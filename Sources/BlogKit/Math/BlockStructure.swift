/// The block structure of Markdown, as far as finding math needs it: which
/// lines are code (fenced, indented, HTML comments, `<pre>`-like raw blocks)
/// and which runs of text lines form a paragraph-like region a formula may
/// not leave. It follows CommonMark's rules closely but not to the letter:
/// it only has to agree with cmark on where code is.
enum BlockStructure {
    /// A run of consecutive text lines, with the container its first line
    /// stands in.
    struct Region {
        /// Byte offsets in the body, from the first line's start to the end of
        /// the last line (its newline excluded).
        var range: Range<Int>
        /// How many block quote markers (`>`) open each line.
        var quoteDepth: Int
        /// The indentation of the content inside a list item (or of the first
        /// line), stripped from continuation lines of a formula.
        var contentIndent: Int

        /// Skips a continuation line's block quote markers and indentation.
        func skipContainerPrefix(in bytes: [UInt8], at start: Int, limit: Int) -> Int {
            var cursor = start
            for _ in 0..<quoteDepth {
                let marker = BlockStructure.skipSpaces(bytes, from: cursor, limit: limit, max: 3)
                guard marker < limit, bytes[marker] == UInt8(ascii: ">") else { break }
                cursor = marker + 1
                if cursor < limit && bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            }
            return BlockStructure.skipSpaces(bytes, from: cursor, limit: limit, max: contentIndent)
        }
    }

    static func textRegions(in bytes: [UInt8]) -> [Region] {
        var regions: [Region] = []
        var state = LineState()
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            if state.isText(bytes, lineStart..<lineEnd) {
                if let last = regions.last, last.range.upperBound + 1 == lineStart {
                    regions[regions.count - 1].range = last.range.lowerBound..<lineEnd
                } else {
                    regions.append(Region(range: lineStart..<lineEnd, quoteDepth: state.quoteDepth, contentIndent: state.contentIndent))
                }
            }
            if lineEnd == bytes.count { break }
            lineStart = lineEnd + 1
        }
        return regions
    }

    /// Where leading spaces end, counting at most `max` of them (a tab counts 4).
    static func skipSpaces(_ bytes: [UInt8], from start: Int, limit: Int, max: Int) -> Int {
        var cursor = start
        var width = 0
        while cursor < limit && width < max {
            switch bytes[cursor] {
            case UInt8(ascii: " "): width += 1
            case 9: width += 4
            default: return cursor
            }
            cursor += 1
        }
        return cursor
    }
}

extension BlockStructure {
    /// What the lines read so far leave open.
    private struct LineState {
        var fence: (marker: UInt8, length: Int)?
        var rawBlockEnd: [UInt8]?
        var previousBlank = true
        var listIndent = 0
        /// Of the last text line.
        var quoteDepth = 0
        var contentIndent = 0

        /// Reads one line and tells whether it is text where math may stand.
        mutating func isText(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
            var start = line.lowerBound
            var depth = 0
            while true {
                let marker = skipSpaces(bytes, from: start, limit: line.upperBound, max: 3)
                guard marker < line.upperBound, bytes[marker] == UInt8(ascii: ">") else { break }
                depth += 1
                start = marker + 1
                if start < line.upperBound && bytes[start] == UInt8(ascii: " ") { start += 1 }
            }
            let content = bytes[start..<line.upperBound]

            if let fence {
                let stripped = Array(content.drop { $0 == 32 })
                let run = stripped.prefix { $0 == fence.marker }.count
                if run >= fence.length && stripped.dropFirst(run).allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
                    self.fence = nil
                }
                return false
            }
            if let end = rawBlockEnd {
                if Self.contains(content, end) { rawBlockEnd = nil }
                return false
            }
            let indentEnd = skipSpaces(bytes, from: start, limit: line.upperBound, max: 80)
            let indent = indentWidth(bytes, start, indentEnd)
            if indentEnd == line.upperBound || content.allSatisfy({ $0 == 13 }) {
                previousBlank = true
                return false
            }
            if previousBlank && indent >= listIndent + 4 {
                return false  // an indented code block
            }
            if previousBlank && indent < listIndent && !Self.isListMarker(bytes[indentEnd..<line.upperBound]) {
                listIndent = 0
            }
            let rest = Array(bytes[indentEnd..<line.upperBound])
            if let marker = rest.first, marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~") {
                let run = rest.prefix { $0 == marker }.count
                if run >= 3 && (marker == UInt8(ascii: "~") || !rest.dropFirst(run).contains(UInt8(ascii: "`"))) {
                    fence = (marker, run)
                    previousBlank = false
                    return false
                }
            }
            // A comment closed on its own line is skipped inline, and text after
            // it stays text; one that runs over lines makes them all code.
            if rest.starts(with: Array("<!--".utf8)) && !Self.contains(rest[4...], Array("-->".utf8)) {
                rawBlockEnd = Array("-->".utf8)
                previousBlank = false
                return false
            }
            for tag in ["pre", "script", "style", "textarea"] {
                let open = Array("<\(tag)".utf8)
                if rest.count > open.count, rest.prefix(open.count).map({ $0 | 0x20 }) == open.map({ $0 | 0x20 }),
                    [UInt8(ascii: ">"), 32, 9].contains(rest[open.count])
                {
                    let close = Array("</\(tag)>".utf8)
                    if !Self.contains(rest[...], close) { rawBlockEnd = close }
                    previousBlank = false
                    return false
                }
            }
            if let width = Self.listMarkerWidth(rest[...]) {
                listIndent = indent + width
                contentIndent = listIndent
            } else {
                contentIndent = indent
            }
            quoteDepth = depth
            previousBlank = false
            return true
        }

        private func indentWidth(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
            bytes[start..<end].reduce(0) { $0 + ($1 == 9 ? 4 : 1) }
        }

        /// The width of a list marker and the spaces after it (`- `, `12. `).
        static func listMarkerWidth(_ text: ArraySlice<UInt8>) -> Int? {
            var index = text.startIndex
            if let first = text.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
                index += 1
            } else {
                while index < text.endIndex, text[index] >= 48, text[index] <= 57, index - text.startIndex < 9 { index += 1 }
                guard index > text.startIndex, index < text.endIndex,
                    text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ")")
                else { return nil }
                index += 1
            }
            guard index < text.endIndex, text[index] == 32 || text[index] == 9 else { return nil }
            var spaces = 0
            while index < text.endIndex, text[index] == 32, spaces < 4 {
                index += 1
                spaces += 1
            }
            return index - text.startIndex
        }

        static func isListMarker(_ text: ArraySlice<UInt8>) -> Bool {
            listMarkerWidth(text) != nil
        }

        static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
            guard haystack.count >= needle.count else { return false }
            var index = haystack.startIndex
            while index + needle.count <= haystack.endIndex {
                if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) { return true }
                index += 1
            }
            return false
        }
    }
}
