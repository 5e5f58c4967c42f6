import Foundation

/// The sizes of the site's images, by their path from the site root
/// (`Content/posts/2020/a.svg`) or in the output (`images/a.svg`), each read
/// once a build, when a figure first asks; with the stamp of the version
/// read, by which a render that used it is known to still hold.
final class ImageSizes: @unchecked Sendable {
    private let files: [String: OutputFile]
    private let lock = NSLock()
    private var sizes: [String: ImageSize?] = [:]

    init(staticFiles: [StaticFile]) {
        let bySource = staticFiles.map { ($0.sourcePath, $0.outputFile) }
        let byOutput = staticFiles.map { ($0.outputFile.path, $0.outputFile) }
        files = Dictionary(bySource + byOutput, uniquingKeysWith: { first, _ in first })
    }

    func size(of sourcePath: String) -> ImageSize? {
        if let known = lock.withLock({ sizes[sourcePath] }) { return known }
        let size = (try? files[sourcePath]?.data()).flatMap { ImageSize(of: $0) }
        lock.withLock { sizes[sourcePath] = size }
        return size
    }

    /// What tells the versions of the file apart without reading it; nil
    /// when there is no such file.
    func stamp(of sourcePath: String) -> String? {
        guard let file = files[sourcePath] else { return nil }
        switch file.contents {
        case .copy(let url, let fileSystem): return fileSystem.stamp(ofFile: url.path) ?? "unknown"
        // The bytes' own digest: `Data.hashValue` changes from one run to the next.
        case .data(let data), .embedded(let data): return "\(data.count):\(StableHash.digest(of: data))"
        case .deferred(let deferred): return "\(deferred.value.count):\(StableHash.digest(of: deferred.value))"
        }
    }
}
