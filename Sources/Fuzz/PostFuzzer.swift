import Foundation

@testable import BlogKit

/// libFuzzer target for the post path (`make fuzz`): Markdown in, through
/// the math scanner, cmark-gfm, the excerpt cutter and the formulas'
/// MathML, as `blog build` renders a post. A crash or a hang past
/// libFuzzer's `-timeout` is a bug; warnings and errors are answers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPost(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let markdown = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let post = Post(path: "Content/posts/fuzz.md", slug: "fuzz", title: "fuzz", date: Date(timeIntervalSince1970: 0), body: markdown)
    let rendered = PostFuzzer.renderer.render(post, at: URLPath("/archives/fuzz/"))
    precondition(!rendered.html.contains(MathToken.open) || markdown.contains(MathToken.open), "a formula token was left in the HTML")
    // Where cmark's tree puts the `<!--more-->` marker, the excerpt is cut as
    // a search of the HTML would cut it.
    let body = MarkdownRenderer().render(markdown)
    let cutter = ExcerptCutter()
    precondition(cutter.excerpt(of: body.html, marker: body.moreMarker) == cutter.excerpt(of: body.html), "the tree's marker cuts elsewhere")
    return 0
}

enum PostFuzzer {
    static let renderer = PostRenderer(links: SiteLinks(config: SiteConfig()), linkTargets: [:], restorer: MathRestorer(), images: ImageSizes(staticFiles: []), indexesSearch: true)
}
