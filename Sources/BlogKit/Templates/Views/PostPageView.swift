import Mustache

/// A post page: `post.…` (the summary with the whole post), its neighbours
/// and related posts.
struct PostPageView: Hashable, Sendable, Encodable, MustacheParent {
    /// `post.…`.
    struct Post: Hashable, Sendable, Encodable, MustacheParent {
        struct Citation: Hashable, Sendable, Encodable, MustacheParent {
            var text: String
            var bibtex: String

            func child(named name: String) -> Any? {
                switch name {
                case "text": text
                case "bibtex": bibtex
                default: nil
                }
            }
        }

        var summary: Boxed<PostSummaryView>
        var content: String
        var headings: [Heading]
        var toc: TableOfContentsView?
        var reading: ReadingStats
        /// `reading_stats` filled with the post's figures.
        var readingLabel: String
        var citation: Citation
        /// The schema.org `BlogPosting` of the post, as JSON safe inside a `<script>`.
        var jsonLD: String
        /// Front matter keys the generator does not know.
        var params: [String: MetadataValue]
        var hasTags: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "content": content
            case "headings": headings
            // `false`, not nil, when there is none: nil would let a
            // section find a `toc` of an enclosing context.
            case "toc": toc ?? false
            case "word_count": reading.count
            case "reading_minutes": reading.minutes
            case "reading_label": readingLabel
            case "citation": citation
            case "json_ld": jsonLD
            case "params": params.mapValues(\.templateValue)
            case "has_tags": hasTags
            default: summary.value.child(named: name)
            }
        }
    }

    var post: Boxed<Post>
    var hasRelated: Bool
    var previous: LinkView?
    var next: LinkView?
    var related: [LinkView]
    var series: SeriesView?
    var comments: [CommentView]

    func child(named name: String) -> Any? {
        switch name {
        case "post": post
        case "has_related": hasRelated
        case "previous": previous
        case "next": next
        case "related": related
        case "series": series
        case "comments": comments
        case "has_comments": !comments.isEmpty
        case "comment_count": comments.count
        default: nil
        }
    }
}

extension Heading: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "level": level
        case "id": id
        case "text": text
        default: nil
        }
    }
}
