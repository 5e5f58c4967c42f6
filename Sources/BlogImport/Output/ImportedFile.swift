import Foundation

/// A file an import writes into the site, by its path from the site root.
public struct ImportedFile: Sendable {
    public enum Contents: Sendable {
        case text(String)
        /// A post's asset, copied from the source folder as is.
        case copy(URL)
    }

    /// What it counts as in the summary.
    public enum Kind: Sendable, Equatable {
        case post(draftReason: String?)
        case page(draftReason: String?)
        case comments(count: Int)
        case asset
    }

    public var path: String
    public var contents: Contents
    public var kind: Kind
    /// Where it came from, for messages: `typecho_contents cid 12`, `source/_posts/a.md`.
    public var origin: String

    public init(path: String, contents: Contents, kind: Kind, origin: String) {
        self.path = path
        self.contents = contents
        self.kind = kind
        self.origin = origin
    }
}
