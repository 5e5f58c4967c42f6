/// A post's HTML as a feed entry carries it. Feed readers show an entry away
/// from its page and many strip what they do not know, so:
/// - links to a footnote, heading or equation (`#fn-1`) lead to the post's
///   page, not to the feed's `xml:base`, and ids are dropped (entries share
///   one document);
/// - the `#` anchors beside headings go (a reader would show a stray "#");
/// - each formula's TeX moves from its `<annotation>` to the `alttext` of
///   its `<math>`: a reader that drops MathML but keeps text shows the glyphs
///   once, not glyphs and TeX together.
enum FeedContent {
    static func html(_ postHTML: String, pageURL: String) -> String {
        let relocated = PostRenderer.relocate(postHTML, to: pageURL)
        var html = Substring(relocated)
        var result = ""
        result.reserveCapacity(relocated.utf8.count)
        while !html.isEmpty {
            let anchor = html.firstRange(of: anchorStart)
            let math = html.firstRange(of: mathStart)
            if let anchor, math.map({ anchor.lowerBound < $0.lowerBound }) ?? true {
                result += html[..<anchor.lowerBound]
                guard let end = html[anchor.upperBound...].firstRange(of: "</a>") else {
                    result += html[anchor.lowerBound...]
                    break
                }
                html = html[end.upperBound...]
            } else if let math {
                result += html[..<math.lowerBound]
                guard let end = html[math.upperBound...].firstRange(of: "</math>") else {
                    result += html[math.lowerBound...]
                    break
                }
                result += withAltText(html[math.lowerBound..<end.upperBound])
                html = html[end.upperBound...]
            } else {
                result += html
                break
            }
        }
        return result
    }

    private static let anchorStart = "<a class=\"heading-anchor\""
    private static let mathStart = "<math "
    private static let annotationStart = "<annotation encoding=\"application/x-tex\">"

    /// `<math …>…<annotation …>TeX</annotation>…</math>` as
    /// `<math alttext="TeX" …>…</math>`. The TeX is already escaped for XML
    /// text, quotes included, so it stands in an attribute as it is.
    private static func withAltText(_ math: Substring) -> String {
        guard let start = math.firstRange(of: annotationStart),
            let end = math[start.upperBound...].firstRange(of: "</annotation>")
        else { return String(math) }
        let tex = math[start.upperBound..<end.lowerBound]
        return mathStart + "alttext=\"" + tex + "\" " + math[math.index(math.startIndex, offsetBy: mathStart.count)..<start.lowerBound] + math[end.upperBound...]
    }
}
