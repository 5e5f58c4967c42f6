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
    /// The digests of the views made of each post, by source path.
    var views: [String: ViewDigests]

    /// The digests of the listing row and the page part made of a post's
    /// render, at a moment when it was or was not in the future.
    struct ViewDigests: Sendable, Codable {
        var isFuture: Bool
        var summary: String
        var body: String
    }
}

extension StoredMemos {
    /// The memos of the site at `siteRoot`, in its `.blog-cache/memos/`: an
    /// index, and the renders in a few dozen files by their posts' paths,
    /// so a build rewrites only the files holding renders it made.
    struct Store {
        /// The memos' folder's path.
        let folder: String
        /// Everything the memos hold besides their own inputs: the binary,
        /// the settings, the build options and the output folder.
        let key: String

        /// Bumped whenever what the files hold changes meaning.
        private static let format = 1
        private static let indexName = "index.bin"
        private static let rendersName = "renders"

        /// Nil when the site's `.blog-cache`, or the memos' folders in it,
        /// are links or not folders: a save removes files there.
        init?(siteRoot: URL, key: (inout StableHash) -> Void) {
            guard let cache = BuildCache(siteRoot: siteRoot) else { return nil }
            folder = cache.file.deletingLastPathComponent().appendingPathComponent("memos").path
            guard BuildCache.isFolderOrNothing(at: folder), BuildCache.isFolderOrNothing(at: folder + "/" + Self.rendersName) else { return nil }
            var hash = StableHash()
            hash.combine(Self.format)
            key(&hash)
            self.key = hash.digest
        }

        /// The memos written for this key, or nil (none, another key, or
        /// an index that does not read: then the build is a full one). A
        /// render whose file is missing or does not read, or whose post's
        /// text is no longer the one of `posts`, is left out: that post is
        /// rendered again.
        func load(posts: [SourceFile]) -> StoredMemos? {
            let decoder = BinaryDecoder()
            guard let bytes = Self.read(folder + "/" + Self.indexName),
                let index = try? decoder.decode(Index.self, from: bytes), index.key == key
            else { return nil }
            let texts = Dictionary(posts.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
            let listed = Set(index.renders)
            // A file at a time on each core, its bytes dropped once read:
            // all of them at once was a hundred megabytes more at the peak.
            let rendered = Set(index.renders.map(Self.pack(of:))).sorted().concurrentMap { pack in
                renders(in: Self.read(packFile(pack)) ?? [], listed: listed, texts: texts)
            }.joined()
            return StoredMemos(
                search: index.search, linkTargets: index.linkTargets,
                rendered: Dictionary(rendered.map { ($0.post.post.path, $0) }, uniquingKeysWith: { first, _ in first }),
                digests: index.digests, stamps: index.stamps, views: index.views)
        }

        /// The renders in the bytes of one of the renders' files that this
        /// key made, of posts `listed` whose text is the one in `texts`;
        /// a render that does not read is left out.
        func renders(in bytes: [UInt8], listed: Set<String>, texts: [String: String]) -> [BuildMemos.Rendered] {
            Self.frames(in: bytes).compactMap { frame in
                guard let file = try? BinaryDecoder().decode(RenderFile.self, from: bytes, in: frame), file.key == key,
                    listed.contains(file.post.post.path), let text = texts[file.post.post.path], file.text == StableHash.digest(of: text)
                else { return nil }
                return BuildMemos.Rendered(text: text, url: file.url, post: file.post)
            }
        }

        /// Writes `memos` in place of `previous` (what `load` gave): only
        /// the files holding a render not taken from it or one gone, and
        /// removes those holding none. A file that cannot be written is no
        /// error (its posts, or with the index every post, are rendered
        /// again next time).
        func save(_ memos: StoredMemos, replacing previous: StoredMemos?) {
            let renders = folder + "/" + Self.rendersName
            try? FileManager.default.createDirectory(atPath: renders, withIntermediateDirectories: true)
            let encoder = BinaryEncoder()
            let byPack = Dictionary(grouping: memos.rendered.keys.sorted(), by: Self.pack(of:))
            let before = Dictionary(grouping: previous?.rendered.keys.sorted() ?? [], by: Self.pack(of:))
            // A render taken from the memos is the same object.
            let changed = byPack.keys.sorted().filter { pack in
                byPack[pack] != before[pack] || byPack[pack]!.contains { memos.rendered[$0]!.post !== previous?.rendered[$0]?.post }
            }
            let written = changed.concurrentMap { pack -> Bool in
                var bytes: [UInt8] = []
                for path in byPack[pack]! {
                    let render = memos.rendered[path]!
                    let file = RenderFile(key: key, text: StableHash.digest(of: render.text), url: render.url, post: render.post)
                    guard let encoded = try? encoder.encode(file) else { return false }
                    withUnsafeBytes(of: UInt32(encoded.count).littleEndian) { bytes += $0 }
                    bytes += encoded
                }
                return Self.write(bytes, to: packFile(pack))
            }
            let kept = Set(byPack.keys.map(Self.packName(_:)))
            for name in (try? FileManager.default.contentsOfDirectory(atPath: renders)) ?? [] where !kept.contains(name) {
                unlink(renders + "/" + name)
            }
            let failed = Set(zip(changed, written).filter { !$0.1 }.map(\.0))
            let index = Index(
                key: key, search: memos.search, linkTargets: memos.linkTargets, digests: memos.digests, stamps: memos.stamps, views: memos.views,
                renders: byPack.filter { !failed.contains($0.key) }.values.flatMap { $0 }.sorted())
            guard let bytes = try? encoder.encode(index) else { return }
            _ = Self.write(bytes, to: folder + "/" + Self.indexName)
        }

        /// The index: the memos but for the renders, which it lists by path.
        private struct Index: Codable {
            var key: String
            var search: Bool
            var linkTargets: [String: URLPath]
            var digests: [String: String]
            var stamps: [String: FileStamp]
            var views: [String: ViewDigests]
            var renders: [String]
        }

        /// A render, with the digest of the text it was made from: the
        /// text itself is the post's, when the render is of use.
        private struct RenderFile: Codable {
            var key: String
            var text: String
            var url: URLPath
            var post: RenderedPost
        }

        /// Renders are kept in this many files, each in the one its post's
        /// path picks: an edit rewrites one file of a few dozen renders, and
        /// a full build writes a few dozen files, not thousands (creating
        /// thousands of files took longer than encoding what they held).
        private static let packCount = 64

        private static func pack(of path: String) -> Int {
            Int(StableHash.digest(of: path).prefix(4), radix: 16)! % packCount
        }

        private static func packName(_ pack: Int) -> String {
            "\(pack).bin"
        }

        /// Paths as strings: making thousands of URLs was a measurable part of a build.
        private func packFile(_ pack: Int) -> String {
            folder + "/" + Self.rendersName + "/" + Self.packName(pack)
        }

        /// The ranges of the values in `bytes`, each after its length (4
        /// bytes, little-endian), up to the first that is cut short.
        private static func frames(in bytes: [UInt8]) -> [Range<Int>] {
            var ranges: [Range<Int>] = []
            var offset = 0
            while offset + 4 <= bytes.count {
                let length = (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
                guard offset + 4 + length <= bytes.count else { break }
                ranges.append(offset + 4..<offset + 4 + length)
                offset += 4 + length
            }
            return ranges
        }

        /// The bytes of the regular file at `file` (not a link), read
        /// straight into an array: through `Data`, the copy cost a tenth
        /// of reading the memos.
        private static func read(_ file: String) -> [UInt8]? {
            let descriptor = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            let size = Int(info.st_size)
            var complete = true
            let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                while count < size {
                    let read = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
                    guard read > 0 else {
                        complete = false
                        return
                    }
                    count += read
                }
            }
            return complete ? bytes : nil
        }

        /// Writes a new file beside `file` and renames it into place, so a
        /// file is whole or absent; not synced to disk (a cache: a file
        /// lost to a crash only costs its work again).
        private static func write(_ bytes: [UInt8], to file: String) -> Bool {
            let temporary = file + ".new"
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
            return rename(temporary, file) == 0
        }
    }
}
