import Foundation

/// One file of the built site.
public struct OutputFile: Sendable, Hashable {
    public enum Contents: Sendable, Hashable {
        /// Bytes the build produced (pages, feeds).
        case data(Data)
        /// A file copied as it is from the site's sources (images, theme
        /// assets), read from the file system the site was loaded from when
        /// it is written.
        case copy(of: URL, in: any SiteFileSystem = DiskFileSystem())
        /// A static file held in memory (the embedded default theme's assets).
        case embedded(Data)
        /// Bytes made when first read (`blog serve`'s search index). The
        /// same only as itself: a build that can reuse them passes them on.
        case deferred(Deferred<Data>)

        // Copies are told apart by their source alone: the files of one
        // build, or of one `SiteSession`, all come from one file system.
        public static func == (lhs: Contents, rhs: Contents) -> Bool {
            switch (lhs, rhs) {
            case (.data(let left), .data(let right)), (.embedded(let left), .embedded(let right)): left == right
            case (.copy(let left, _), .copy(let right, _)): left == right
            case (.deferred(let left), .deferred(let right)): left === right
            default: false
            }
        }

        public func hash(into hasher: inout Hasher) {
            switch self {
            case .data(let data): hasher.combine(0); hasher.combine(data)
            case .copy(let url, _): hasher.combine(1); hasher.combine(url)
            case .embedded(let data): hasher.combine(2); hasher.combine(data)
            case .deferred(let deferred): hasher.combine(3); hasher.combine(ObjectIdentifier(deferred))
            }
        }
    }

    /// Relative to the output folder, with `/` separators, e.g. `archives/7180/index.html`.
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// The file's bytes, reading copied files from their file system.
    public func data() throws -> Data {
        switch contents {
        case .data(let data), .embedded(let data): data
        case .copy(let url, let fileSystem): try fileSystem.contents(ofFile: url.path, shownAs: url.path)
        case .deferred(let deferred): deferred.value
        }
    }

    /// The file's text, for pages and feeds.
    public var text: String? {
        guard let data = try? data() else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
