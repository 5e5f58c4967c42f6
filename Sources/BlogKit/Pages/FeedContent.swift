/// A post's HTML as a feed entry carries it. Feed readers show an entry away
/// from its page and many strip what they do not know, so:
/// - links to a footnote, heading or equation (`#fn-1`) lead to the post's
///   page, not to the feed's `xml:base`, and ids are dropped (entries share
///   one document);
/// - the `#` anchors beside headings go (a reader would show a stray "#");
/// - each formula's TeX moves from its `<annotation>` to the `alttext` of
///   its `<math>`: a reader that drops MathML but keeps text shows the glyphs
///   once, not glyphs and TeX together; for the same reason the invisible
///   copy of an equation number that balances a numbered formula on a page
///   goes (readers drop the styles that centre it anyway).
enum FeedContent {
    static func html(_ postHTML: String, pageURL: String) -> String {
        let source = Array(PostRenderer.relocate(postHTML, to: pageURL).utf8)
        var result: [UInt8] = []
        result.reserveCapacity(source.count)
        // One pass over the bytes, as the markup is ours: each search below
        // starts where the last one ended.
        var index = 0
        while index < source.count {
            guard source[index] == UInt8(ascii: "<") else {
                result.append(source[index])
                index += 1
                continue
            }
            if source[index...].starts(with: anchorStart), let end = find(anchorEnd, in: source, from: index) {
                index = end + anchorEnd.count
            } else if source[index...].starts(with: mathStart), let end = find(mathEnd, in: source, from: index) {
                result += withAltText(source[index..<(end + mathEnd.count)])
                index = end + mathEnd.count
            } else {
                result.append(source[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let anchorStart = Array("<a class=\"heading-anchor\"".utf8)
    private static let anchorEnd = Array("</a>".utf8)
    private static let mathStart = Array("<math ".utf8)
    private static let mathEnd = Array("</math>".utf8)
    private static let annotationStart = Array("<annotation encoding=\"application/x-tex\">".utf8)
    private static let annotationEnd = Array("</annotation>".utf8)
    /// As `MathDocument` writes a number's copy: `\phantom` makes a bare `<mphantom>`.
    private static let numberCopyStart = Array("<mphantom aria-hidden=\"true\">".utf8)
    private static let numberCopyEnd = Array("</mphantom>".utf8)

    /// `<math …>…<annotation …>TeX</annotation>…</math>` as
    /// `<math alttext="TeX" …>…</math>`. The TeX is already escaped for XML
    /// text, quotes included, so it stands in an attribute as it is.
    private static func withAltText(_ math: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let start = find(annotationStart, in: math, from: math.startIndex),
            let end = find(annotationEnd, in: math, from: start)
        else { return math }
        var result = ArraySlice(mathStart)
        result += "alttext=\"".utf8
        result += math[(start + annotationStart.count)..<end]
        result += "\" ".utf8
        result += withoutNumberCopies(math[(math.startIndex + mathStart.count)..<start])
        result += math[(end + annotationEnd.count)...]
        return result
    }

    /// The MathML without the invisible copies of its equation numbers (never nested).
    private static func withoutNumberCopies(_ mathML: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var result = ArraySlice<UInt8>()
        var index = mathML.startIndex
        while let start = find(numberCopyStart, in: mathML, from: index), let end = find(numberCopyEnd, in: mathML, from: start) {
            result += mathML[index..<start]
            index = end + numberCopyEnd.count
        }
        result += mathML[index...]
        return result
    }

    /// Where `needle` next starts in `bytes` at or after `start`.
    private static func find<Bytes: RandomAccessCollection<UInt8>>(_ needle: [UInt8], in bytes: Bytes, from start: Bytes.Index) -> Bytes.Index?
    where Bytes.Index == Int {
        var index = start
        while index + needle.count <= bytes.endIndex {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
