import XCTest

@testable import BlogKit

/// The text a page's description, the search index and reading time are made of.
final class HTMLTextTests: XCTestCase {
    func testTagsAreDroppedAndBlocksSeparateWords() {
        XCTAssertEqual(HTMLText.plain("<p>变分<em>自编码器</em></p><P>VAE</P><li>one</li><BR/>two"), "变分自编码器 VAE one two")
        // An inline tag joins what it splits; white space runs become one space.
        XCTAssertEqual(HTMLText.plain("<b>Glo</b>bal \n\t pointer  "), "Global pointer")
    }

    func testEntitiesAreDecodedAndOtherAmpersandsKept() {
        XCTAssertEqual(HTMLText.plain("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&apos;"), "a & b <c> \"d\" 'e'")
        XCTAssertEqual(HTMLText.plain("&#x4E2D;&#25991;"), "中文")
        XCTAssertEqual(HTMLText.plain("AT&T &unknown; & &amp"), "AT&T &unknown; & &amp")
    }

    func testHiddenDecorationIsNotText() {
        let heading = ##"<h2 id="引言">引言<a class="anchor" href="#引言" aria-hidden="true"><span>#</span><a>x</a></a></h2><p>正文</p>"##
        XCTAssertEqual(HTMLText.plain(heading), "引言 正文")
        // A `>` inside a quoted attribute does not end the tag.
        XCTAssertEqual(HTMLText.plain(#"<img alt="a > b" src="x.png">after"#), "after")
        // A tag left open runs to the end.
        XCTAssertEqual(HTMLText.plain("text<span aria-hidden=\"true\">hidden"), "text")
        XCTAssertEqual(HTMLText.plain("text<unclosed"), "text")
    }

    func testAPrefixIsCutWithAnEllipsisAndItsEndsTrimmed() {
        XCTAssertEqual(HTMLText.prefix("变分自编码器", characters: 6), "变分自编码器", "short enough: as it is")
        XCTAssertEqual(HTMLText.prefix("变分自编码器", characters: 5), "变分自编…")
        XCTAssertEqual(HTMLText.prefix("ab  \t cdef", characters: 6), "ab…", "spaces and tabs before the cut go")
        XCTAssertEqual(HTMLText.prefix(" \u{3000}ab cdef", characters: 6), "ab…", "an ideographic space is a space")
        XCTAssertEqual(HTMLText.prefix("ab\ncdefg", characters: 4), "ab\n…", "a line break is kept, as before")
    }

    func testLinksAreDroppedAndTheirTextKept() {
        XCTAssertEqual(HTMLText.removingLinks(from: #"see <a href="/x">the <em>post</em></a> and <A HREF="y">more</A>"#), "see the <em>post</em> and more")
        XCTAssertEqual(HTMLText.removingLinks(from: "no links <abbr>here</abbr>"), "no links <abbr>here</abbr>")
    }
}
