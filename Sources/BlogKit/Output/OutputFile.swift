import Foundation

/// One file of the built site.
public struct OutputFile: Sendable, Hashable {
    public enum Contents: Sendable, Hashable {
        /// Bytes the build produced (pages, feeds).
        case data(Data)
        /// A file copied as it is from the site's sources (images, theme assets).
        case copy(of: URL)
        /// A static file held in memory (the embedded default theme's assets).
        case embedded(Data)
    }

    /// Relative to the output folder, with `/` separators, e.g. `archives/7180/index.html`.
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// The file's bytes, reading copied files from disk.
    public func data() throws -> Data {
        switch contents {
        case .data(let data), .embedded(let data): data
        case .copy(let url): try RegularFile.read(url.path, shownAs: url.path)
        }
    }

    /// The file's text, for pages and feeds.
    public var text: String? {
        guard let data = try? data() else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
