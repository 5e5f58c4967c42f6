/// What tells a page's file apart from the last build's without templating
/// it: a hash of the page's view, of its template with every partial and
/// parent it reaches, and of the site-wide values. Pages with the same
/// digest come out byte for byte the same, so `blog build` keeps a file
/// whose digest is the one it was made with.
struct PageDigest: Sendable {
    /// Of the site-wide view, which every page shows (through `site/`
    /// templates and its own).
    private let shared: String
    /// By template name.
    private let templates: [String: String]

    /// Nil if the site-wide view does not encode (more than 4 GB).
    init?(theme: Theme, shared: SiteWideView) {
        guard let bytes = try? BinaryEncoder().encode(shared) else { return nil }
        var hash = StableHash()
        bytes.withUnsafeBytes { hash.combine(bytes: $0) }
        self.shared = hash.digest
        templates = theme.digests()
    }

    /// The digest of `view` templated with `template`; nil if it does not encode.
    func digest(of view: PageView, template: String) -> String? {
        // The site-wide part is the same box on every page: it is in `shared`.
        guard let page = try? BinaryEncoder().encode(view.page), let content = try? BinaryEncoder().encode(view.content) else { return nil }
        var hash = StableHash()
        hash.combine(shared)
        hash.combine(templates[template] ?? "")
        page.withUnsafeBytes { hash.combine(bytes: $0) }
        content.withUnsafeBytes { hash.combine(bytes: $0) }
        return hash.digest
    }
}
