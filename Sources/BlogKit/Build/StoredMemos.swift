import Foundation

/// What `blog build` keeps in `.blog-cache/memos/` for its next build into
/// the same folder, as `blog serve` keeps `BuildMemos` in memory: each
/// post's render with the text and URL it was made from, and each page's
/// digest (of its view and templates) with the stamp of the file made from
/// it. The next build renders only the posts whose inputs changed and
/// templates only the pages whose digest changed or whose file is not as
/// it was left. Which of it is reused is decided in `BuildMemos.swift`.
struct StoredMemos: Sendable {
    /// Whether the renders were made for search (the one setting the build
    /// may change from `blog.yml`'s, which the store's key covers: off when
    /// the theme has no search page).
    var search: Bool
    /// The link table the renders resolved relative links with.
    var linkTargets: [String: URLPath]
    /// By source path.
    var rendered: [String: BuildMemos.Rendered]
    /// `PageDigest` of what each page was templated from, by output path.
    var digests: [String: String]
    /// The stamp of each file once it was in place, by output path.
    var stamps: [String: FileStamp] = [:]
}

extension StoredMemos {
    /// The memos of the site at `siteRoot`, in its `.blog-cache/memos/`: an
    /// index, and a file per render named after its post's path, so a
    /// build writes only the renders it made.
    struct Store {
        let folder: URL
        /// Everything the memos hold besides their own inputs: the binary,
        /// the settings, the build options and the output folder.
        let key: String

        /// Bumped whenever what the files hold changes meaning.
        private static let format = 1
        private static let indexName = "index.bin"
        private static let rendersName = "renders"

        /// Nil when the site's `.blog-cache` is a link or not a folder.
        init?(siteRoot: URL, key: (inout StableHash) -> Void) {
            guard let cache = BuildCache(siteRoot: siteRoot) else { return nil }
            folder = cache.file.deletingLastPathComponent().appendingPathComponent("memos")
            var hash = StableHash()
            hash.combine(Self.format)
            key(&hash)
            self.key = hash.digest
        }

        /// The memos written for this key, or nil (none, another key, or
        /// an index that does not read: then the build is a full one). A
        /// render whose file is missing or does not read is left out: that
        /// post is rendered again.
        func load() -> StoredMemos? {
            let decoder = BinaryDecoder()
            guard let bytes = Self.read(folder.appendingPathComponent(Self.indexName)),
                let index = try? decoder.decode(Index.self, from: bytes), index.key == key
            else { return nil }
            let rendered = index.renders.concurrentMap { path -> BuildMemos.Rendered? in
                guard let bytes = Self.read(renderFile(for: path)), let file = try? decoder.decode(RenderFile.self, from: bytes),
                    file.key == key, file.render.post.post.path == path
                else { return nil }
                return file.render
            }
            return StoredMemos(
                search: index.search, linkTargets: index.linkTargets,
                rendered: Dictionary(rendered.compactMap { $0.map { ($0.post.post.path, $0) } }, uniquingKeysWith: { first, _ in first }),
                digests: index.digests, stamps: index.stamps)
        }

        /// Writes `memos` in place of `previous` (what `load` gave): only
        /// the renders not taken from it, and removes the files of renders
        /// gone. A file that cannot be written is no error (that post, or
        /// with the index every post, is rendered again next time).
        func save(_ memos: StoredMemos, replacing previous: StoredMemos?) {
            let renders = folder.appendingPathComponent(Self.rendersName)
            try? FileManager.default.createDirectory(at: renders, withIntermediateDirectories: true)
            let encoder = BinaryEncoder()
            let paths = memos.rendered.keys.sorted()
            // A render taken from the memos is the same object.
            let made = paths.filter { memos.rendered[$0]!.post !== previous?.rendered[$0]?.post }
            let written = made.concurrentMap { path in
                (try? encoder.encode(RenderFile(key: key, render: memos.rendered[path]!))).map { Self.write($0, to: renderFile(for: path)) } ?? false
            }
            let kept = Set(paths.map { renderFile(for: $0).lastPathComponent })
            let stale = (try? FileManager.default.contentsOfDirectory(atPath: renders.path))?.filter { !kept.contains($0) } ?? []
            for name in stale {
                try? FileManager.default.removeItem(at: renders.appendingPathComponent(name))
            }
            let failed = Set(zip(made, written).filter { !$0.1 }.map(\.0))
            let index = Index(
                key: key, search: memos.search, linkTargets: memos.linkTargets, digests: memos.digests, stamps: memos.stamps,
                renders: paths.filter { !failed.contains($0) })
            guard let bytes = try? encoder.encode(index) else { return }
            _ = Self.write(bytes, to: folder.appendingPathComponent(Self.indexName))
        }

        /// The index: the memos but for the renders, which it lists by path.
        private struct Index: Codable {
            var key: String
            var search: Bool
            var linkTargets: [String: URLPath]
            var digests: [String: String]
            var stamps: [String: FileStamp]
            var renders: [String]
        }

        private struct RenderFile: Codable {
            var key: String
            var render: BuildMemos.Rendered
        }

        private func renderFile(for path: String) -> URL {
            var hash = StableHash()
            hash.combine(path)
            return folder.appendingPathComponent(Self.rendersName).appendingPathComponent(hash.digest + ".bin")
        }

        private static func read(_ file: URL) -> [UInt8]? {
            FileManager.default.contents(atPath: file.path).map { [UInt8]($0) }
        }

        /// Writes a new file beside `file` and renames it into place, so a
        /// file is whole or absent; not synced to disk (a cache: a file
        /// lost to a crash only costs its work again).
        private static func write(_ bytes: [UInt8], to file: URL) -> Bool {
            let temporary = file.path + ".new"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return false }
            let complete = bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    guard count > 0 else { return false }
                    offset += count
                }
                return true
            }
            guard close(descriptor) == 0, complete else {
                unlink(temporary)
                return false
            }
            return rename(temporary, file.path) == 0
        }
    }
}
