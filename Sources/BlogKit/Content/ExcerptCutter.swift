/// Cuts a post's HTML into an excerpt.
///
/// The cut is at `<!--more-->` when the post has one (spaces inside the comment
/// are fine, and a marker inside code is not one, as cmark escapes it there).
/// Otherwise it is an automatic excerpt of about `targetLength` characters
/// that ends at a sentence end (`。！？` or `.!?` before a space) or at the
/// end of a block, never inside a link, code, a table, a footnote reference
/// or a formula. Elements still open at the cut are closed, so the excerpt is
/// always well-formed.
///
/// Where the marker stands is found on cmark's tree (`MoreMarker`); in the
/// usual case, a marker between top-level blocks, the excerpt is those
/// blocks and the HTML is read only past the marker, up to what follows it
/// (if anything does, the post continues). The automatic excerpt is cut on the
/// HTML: it may end inside a paragraph, quote or list, closing them as
/// `</li></ul>` where cmark writes `</li>\n</ul>\n`, and it counts the text
/// of raw HTML and keeps its links and `<sup>`s whole, which the tree holds
/// only as strings. Its walk stops past twice `targetLength` characters.
struct ExcerptCutter {
    var targetLength = 200

    /// - Parameter marker: where the marker stands, as cmark's tree of the
    ///   post shows it (`RenderedMarkdown.moreMarker`); by default it is
    ///   looked for in the HTML.
    func excerpt(of html: String, marker: MoreMarker = .inRawHTML) -> Excerpt {
        let bytes = Array(html.utf8)
        switch marker {
        case .none:
            return automaticExcerpt(bytes, html: html)
        case .afterBlocks(let head, let end):
            var rest = HTMLCursor(bytes: bytes)
            rest.position = end
            return Excerpt(html: Self.closed(head.utf8, openElements: []), continues: rest.restHasContent())
        case .inRawHTML:
            return markerExcerpt(bytes) ?? automaticExcerpt(bytes, html: html)
        }
    }

    /// The excerpt before the first `<!--more-->` that stands in the text
    /// (not inside another comment or an attribute), if there is one.
    private func markerExcerpt(_ bytes: [UInt8]) -> Excerpt? {
        var cursor = HTMLCursor(bytes: bytes)
        var searchFrom = 0
        while let marker = MoreMarker.next(in: bytes, from: searchFrom) {
            while cursor.position < marker.start {
                _ = cursor.step()
            }
            if cursor.position == marker.start {
                let head = Self.closed(bytes[..<marker.start], openElements: cursor.openElements)
                var rest = HTMLCursor(bytes: bytes)
                rest.position = marker.end
                return Excerpt(html: head, continues: rest.restHasContent())
            }
            searchFrom = marker.end
        }
        return nil
    }

    private func automaticExcerpt(_ bytes: [UInt8], html: String) -> Excerpt {
        var cursor = HTMLCursor(bytes: bytes)
        var candidates: [Candidate] = []
        // Past twice the target no candidate can be chosen: stop reading.
        while !cursor.atEnd && cursor.visibleLength <= targetLength * 2 {
            switch cursor.step() {
            case .sentenceEnd, .blockEnd:
                if cursor.canCut {
                    candidates.append(Candidate(position: cursor.position, length: cursor.visibleLength, openElements: cursor.openElements))
                }
            case .closingPunctuation:
                // A closing quote or bracket right after a sentence end belongs to that sentence.
                if let last = candidates.last, last.length == cursor.visibleLength - 1, cursor.canCut {
                    candidates[candidates.count - 1] = Candidate(position: cursor.position, length: cursor.visibleLength, openElements: cursor.openElements)
                }
            case .other:
                break
            }
        }
        // A post not much longer than an excerpt is shown whole.
        if cursor.atEnd && cursor.visibleLength <= targetLength * 5 / 4 {
            return Excerpt(html: html, continues: false)
        }
        let chosen =
            candidates.last(where: { $0.length <= targetLength && $0.length > 0 })
            ?? candidates.first(where: { $0.length <= targetLength * 2 })
        guard let chosen else {
            return Excerpt(html: hardCut(bytes), continues: true)
        }
        var rest = HTMLCursor(bytes: bytes)
        rest.position = chosen.position
        return Excerpt(html: Self.closed(bytes[..<chosen.position], openElements: chosen.openElements), continues: rest.restHasContent())
    }
}

extension ExcerptCutter {
    private struct Candidate {
        var position: Int
        var length: Int
        var openElements: [String]
    }

    /// For text with no sentence end for a long way: cut at the first safe
    /// place past the target and mark the cut with an ellipsis.
    private func hardCut(_ bytes: [UInt8]) -> String {
        var cursor = HTMLCursor(bytes: bytes)
        while !cursor.atEnd {
            _ = cursor.step()
            if cursor.visibleLength >= targetLength && cursor.canCut && cursor.lastStepWasText {
                var elements = cursor.openElements
                let head = Self.closed(bytes[..<cursor.position], openElements: [])
                var result = head + "…"
                while let name = elements.popLast() {
                    result += "</\(name)>"
                }
                return result
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The HTML up to a cut, trailing white space dropped, with closing tags
    /// for the elements still open there.
    private static func closed<Head: BidirectionalCollection<UInt8>>(_ head: Head, openElements: [String]) -> String {
        var end = head.endIndex
        while end > head.startIndex, [9, 10, 13, 32].contains(head[head.index(before: end)]) {
            head.formIndex(before: &end)
        }
        var result = String(decoding: head[..<end], as: UTF8.self)
        for name in openElements.reversed() {
            result += "</\(name)>"
        }
        return result
    }
}
