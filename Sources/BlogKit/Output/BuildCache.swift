import Foundation

/// Remembers the last build into a folder, so building again with nothing
/// changed writes nothing and takes a fraction of a build.
///
/// The key is a hash of everything the output depends on: every post's,
/// comment file's and template's path and text, every static file's path
/// (and its size, time and inode, as rsync tells files apart), the
/// settings, the build options, the output folder and the `blog` binary
/// itself. The record also lists every output file's size,
/// modification time and inode, and the span of time the output holds for
/// (until the next future post is due). The record is trusted only if it
/// decodes, its key matches, the clock is inside that span, and the output
/// folder still holds every file it lists, and its manifest, unchanged;
/// anything else means a full build. It lives in the site's
/// `.blog-cache/`, outside the output folder.
struct BuildCache {
    static let folderName = ".blog-cache"
    /// Bumped whenever the record's meaning changes.
    private static let format = 6

    let file: URL

    /// Nil when the site's `.blog-cache` is a link or not a folder: the
    /// record is written only into a real folder of the site's own.
    init?(siteRoot: URL) {
        let folder = siteRoot.appendingPathComponent(Self.folderName)
        guard Self.isFolderOrNothing(at: folder.path) else { return nil }
        file = folder.appendingPathComponent("build.json")
    }

    /// Whether `path` is a real folder, not a link, or nothing yet: the
    /// cache writes and removes files only in folders of the site's own.
    static func isFolderOrNothing(at path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) != 0 || info.st_mode & S_IFMT == S_IFDIR
    }

    /// The key of a build of `sources` with `options` into `output`.
    static func key(sources: SiteSources, options: BuildOptions, output: URL) -> String {
        var hash = StableHash()
        hash.combine(format)
        combineSettings(of: sources, options: options, output: output, into: &hash)
        for file in sources.posts + sources.comments + sources.templates {
            hash.combine(file.path)
            hash.combine(file.text)
        }
        for file in sources.staticFiles {
            hash.combine(file.sourcePath)
            hash.combine(file.outputFile.path)
            switch file.outputFile.contents {
            case .copy(let url, let fileSystem): hash.combine(fileSystem.stamp(ofFile: url.path) ?? "missing")
            case .data(let data), .embedded(let data): data.withUnsafeBytes { hash.combine(bytes: $0) }
            case .deferred(let deferred): deferred.value.withUnsafeBytes { hash.combine(bytes: $0) }
            }
        }
        return hash.digest
    }

    /// What a build depends on besides its posts, templates and static
    /// files: the `blog` binary, the settings, the options and the output
    /// folder (the key of `StoredMemos` too).
    static func combineSettings(of sources: SiteSources, options: BuildOptions, output: URL, into hash: inout StableHash) {
        hash.combine(binaryIdentity)
        hash.combine(output.path)
        hash.combine(options.includeDrafts)
        hash.combine(options.includeFuture)
        hash.combine(options.baseURL ?? "\u{0}")
        hash.combine(options.strict)
        hash.combine(sources.config?.path ?? "\u{0}")
        hash.combine(sources.config?.text ?? "\u{0}")
    }

    /// The summary of the recorded build if it is still what `output`
    /// holds, or nil when the site must be built. Files in the folder that
    /// the build did not write do not matter: a build leaves them alone.
    func upToDate(key: String, output: URL, now: Date) -> BuildSummary? {
        guard let data = try? Data(contentsOf: file), let record = try? JSONDecoder().decode(Record.self, from: data),
            record.format == Self.format, record.key == key, record.validSince.map({ now >= $0 }) ?? true,
            record.validUntil.map({ now < $0 }) ?? true,
            let files = Self.stamps(from: record.files), let folder = try? OutputFolder(path: output.path, creating: false),
            folder.stamp(at: OutputManifest.fileName) == FileStamp(text: Substring(record.manifest)),
            files.allSatisfy({ path, stamp in folder.stamp(at: path) == stamp })
        else { return nil }
        return BuildSummary(
            postCount: record.postCount, pageCount: record.pageCount, fileCount: files.count, writtenCount: 0,
            removedCount: 0, renderedCount: 0, templatedCount: 0, warnings: record.warnings, isUpToDate: true)
    }

    /// Records a build whose commit was `outcome`. A record that cannot be
    /// written is no error: the next build is then a full one; nor is a file
    /// whose stamp could not be read, which leaves no record.
    func record(key: String, summary: BuildSummary, outcome: OutputCommit, timeSpan: (since: Date?, until: Date?)) {
        guard let manifest = outcome.manifestStamp, outcome.stamps.values.allSatisfy({ $0 != nil }) else { return }
        // One line per file, sorted: a list of thousands of JSON objects
        // took longer to encode than the rest of the record.
        let lines = outcome.stamps.map { path, stamp in stamp!.text + " " + path }.sorted().joined(separator: "\n")
        let record = Record(
            format: Self.format, key: key, validSince: timeSpan.since, validUntil: timeSpan.until, postCount: summary.postCount, pageCount: summary.pageCount,
            warnings: summary.warnings, files: lines, manifest: manifest.text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(record) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }

    /// Forgets the record, before a build changes the output it describes.
    func invalidate() {
        try? FileManager.default.removeItem(at: file)
    }
}

extension BuildCache {
    private struct Record: Codable {
        var format: Int
        var key: String
        var validSince: Date?
        var validUntil: Date?
        var postCount: Int
        var pageCount: Int
        var warnings: [BuildError]
        /// `size modified inode path` per line.
        var files: String
        /// The stamp of the output folder's manifest.
        var manifest: String
    }

    /// The stamps of a record's `files`, or nil if a line does not read.
    private static func stamps(from lines: String) -> [String: FileStamp]? {
        var stamps: [String: FileStamp] = [:]
        for line in lines.split(separator: "\n") {
            // The path is what follows the third space: it may hold spaces itself.
            let parts = line.split(separator: " ", maxSplits: 3)
            guard parts.count == 4, let stamp = FileStamp(text: line[parts[0].startIndex..<parts[2].endIndex]) else { return nil }
            stamps[String(parts[3])] = stamp
        }
        return stamps
    }

    /// The running binary's stamp: a new `blog` may build different bytes
    /// from the same sources.
    private static let binaryIdentity: String = {
        let path = (Bundle.main.executableURL ?? URL(fileURLWithPath: "/proc/self/exe")).resolvingSymlinksInPath().path
        var info = stat()
        guard lstat(path, &info) == 0 else { return "unknown" }
        // The change time too: copying tools may keep size and modification time.
        return "\(path) \(FileStamp(info).text) \(info.st_ctim.tv_sec) \(info.st_ctim.tv_nsec)"
    }()
}
