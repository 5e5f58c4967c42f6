import Foundation

/// Where a site's sources are read from: the disk (`DiskFileSystem`) or
/// files held in memory (`MemoryFileSystem`, for tests and embedding tools).
/// Everything a build reads from its sources goes through one of these, by
/// absolute path (`/blogs/mine/Content/posts/1.md`), so a site loaded from
/// memory is built without touching the disk.
public protocol SiteFileSystem: Sendable {
    /// Whether anything stands at `path`, following links as
    /// `FileManager.fileExists(atPath:)` does.
    func fileExists(atPath path: String) -> Bool
    /// Whether a folder stands at `path`, following links.
    func folderExists(atPath path: String) -> Bool
    /// Calls `visit` with each regular file and folder under `folder`: its
    /// path relative to `folder`, its name and whether it is a folder, which
    /// is entered when `visit` returns true. Symbolic links, which could lead
    /// outside the site, are neither reported nor followed; nor is anything
    /// else that is not a file or a folder. A missing folder holds nothing.
    func walk(_ folder: String, visit: (_ path: String, _ name: String, _ isFolder: Bool) -> Bool)
    /// The bytes of the regular file at `path`, never read through a link;
    /// the errors name the file `shown`.
    func contents(ofFile path: String, shownAs shown: String) throws -> Data
    /// What tells the versions of the file at `path` apart without reading
    /// it (the build cache's key holds it for each static file), or nil when
    /// there is none.
    func stamp(ofFile path: String) -> String?
}

extension SiteFileSystem {
    /// The text of the regular file at `path`: UTF-8, with every line end `\n`.
    func text(ofFile path: String, shownAs shown: String) throws -> String {
        let data = try contents(ofFile: path, shownAs: shown)
        guard let text = String(data: data, encoding: .utf8) else {
            throw BuildError(path: shown, line: 1, column: 1, message: "the file is not UTF-8 text", hint: "save it as UTF-8")
        }
        // Windows (\r\n) and classic Mac (\r) line ends become \n; most
        // files have none, so look first.
        let hasCarriageReturn = data.withUnsafeBytes { $0.baseAddress.map { memchr($0, 13, data.count) != nil } ?? false }
        return hasCarriageReturn ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
    }
}
