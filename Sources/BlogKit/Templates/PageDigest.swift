import Foundation

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
    private let boxes: Boxes

    /// - Parameter known: digests of boxes already known (views of posts
    ///   whose render the last build made).
    /// Nil if the site-wide view does not encode (more than 4 GB).
    init?(theme: Theme, shared: SiteWideView, known: [(box: AnyObject, digest: String)] = []) {
        boxes = Boxes(known: known)
        guard let bytes = try? BinaryEncoder().encode(shared) else { return nil }
        self.shared = StableHash.digest(of: bytes)
        templates = theme.digests()
    }

    /// The digest of `view` templated with `template`; nil if it does not encode.
    func digest(of view: PageView, template: String) -> String? {
        let encoder = BinaryEncoder(userInfo: [Boxes.key: boxes])
        // The site-wide part is the same box on every page: it is in `shared`.
        guard let page = try? encoder.encode(view.page), let content = try? encoder.encode(view.content) else { return nil }
        var hash = StableHash()
        hash.combine(shared)
        hash.combine(templates[template] ?? "")
        page.withUnsafeBytes { hash.combine(bytes: $0) }
        content.withUnsafeBytes { hash.combine(bytes: $0) }
        return hash.digest
    }

    /// The digest of `box`'s value, if a page digested so far showed it.
    func known(_ box: AnyObject) -> String? {
        boxes.known(box)
    }

    /// The digest of each box's value, made the first time a page shows it.
    /// Each box is held with its digest, so its identifier is never
    /// another's while the digests are used.
    final class Boxes: @unchecked Sendable {
        static let key = CodingUserInfoKey(rawValue: "blog.pageDigest.boxes")!

        private let lock = NSLock()
        private var digests: [ObjectIdentifier: (box: AnyObject, digest: String)]

        init(known: [(box: AnyObject, digest: String)]) {
            digests = Dictionary(known.map { (ObjectIdentifier($0.box), $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// The digest of `box`, if a page showed it.
        func known(_ box: AnyObject) -> String? {
            lock.withLock { digests[ObjectIdentifier(box)]?.digest }
        }

        func digest<Value: Encodable>(of box: Boxed<Value>) throws -> String {
            if let known = lock.withLock({ digests[ObjectIdentifier(box)] }) { return known.digest }
            let digest = StableHash.digest(of: try BinaryEncoder(userInfo: [Self.key: self]).encode(box.value))
            lock.withLock { digests[ObjectIdentifier(box)] = (box, digest) }
            return digest
        }
    }
}
