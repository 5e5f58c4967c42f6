/// The record, kept in the output folder, of the files `blog` wrote there:
/// a later build may replace or remove these and nothing else. It lives in
/// the output rather than in `.blog-cache/`, so deleting the cache (or
/// building into the folder from another checkout) loses no ownership.
///
/// One path per line, sorted, after a comment line: deterministic, so two
/// builds of the same sources leave identical folders.
struct OutputManifest: Equatable {
    static let fileName = ".blog-manifest"

    var paths: Set<String>

    init(paths: Set<String>) {
        self.paths = paths
    }

    /// The manifest in `folder`, or nil if it has none (or one that does not read).
    init?(in folder: OutputFolder) {
        guard let data = folder.contents(of: Self.fileName) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Self.header.dropLast() else { return nil }
        // A line no build could have written (`../blog.yml`, added by hand
        // or by a tampered deploy) names nothing of ours: never removed.
        paths = Set(lines.dropFirst().map(String.init).filter { FileName.problem(withPath: $0) == nil })
    }

    /// The manifest's bytes.
    var data: [UInt8] {
        Array((Self.header + paths.sorted().map { $0 + "\n" }.joined()).utf8)
    }

    private static let header = "# Files blog wrote into this folder; a later build replaces or removes only these.\n"
}
