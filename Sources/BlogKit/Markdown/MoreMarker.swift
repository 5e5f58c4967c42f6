/// Where a post's `<!--more-->` marker stands, as cmark's tree shows it, so
/// the excerpt cutter need not search the finished HTML for it.
///
/// Only raw HTML can write `<!--` (cmark escapes `<` everywhere else, code
/// included), so a post none of whose raw HTML holds the marker has none.
enum MoreMarker: Sendable, Hashable {
    /// No raw HTML of the post holds a marker.
    case none
    /// The marker is a top-level HTML block of its own and no raw HTML comes
    /// before it. Everything before is then cmark's own markup, balanced at
    /// each block's end, so the excerpt is the blocks before the marker:
    /// `head` is their HTML, rendered again block by block, and `end` is
    /// where the marker ends in the post's HTML.
    case afterBlocks(head: String, end: Int)
    /// Anywhere else: inside a paragraph, a list or a quote, or after other
    /// raw HTML, which may leave elements open or hide the marker in a
    /// comment or an attribute. Only a walk over the HTML up to the marker
    /// can tell what the cut must close, so it is cut there.
    case inRawHTML

    /// The next marker (spaces allowed inside) at or after `start`.
    static func next<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, from start: Int) -> (start: Int, end: Int)?
    where Bytes.Index == Int {
        let open = Array("<!--".utf8), word = Array("more".utf8), close = Array("-->".utf8)
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= bytes.endIndex && bytes[index..<index + pattern.count].elementsEqual(pattern)
        }
        var position = start
        while let found = bytes[position...].firstIndex(of: UInt8(ascii: "<")) {
            position = found + 1
            guard matches(open, at: found) else { continue }
            var index = found + open.count
            while index < bytes.endIndex, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
            guard matches(word, at: index) else { continue }
            index += word.count
            while index < bytes.endIndex, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
            guard matches(close, at: index) else { continue }
            return (found, index + close.count)
        }
        return nil
    }
}
