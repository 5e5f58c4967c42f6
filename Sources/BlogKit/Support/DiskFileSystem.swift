import Foundation

/// The sources as the disk holds them: folders walked with `readdir`, files
/// read without following a link (`RegularFile`), stamped by size, time and
/// inode (`FileStamp`).
public struct DiskFileSystem: SiteFileSystem {
    public init() {}

    public func fileExists(atPath path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    public func folderExists(atPath path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    public func walk(_ folder: String, visit: (_ path: String, _ name: String, _ isFolder: Bool) -> Bool) {
        FolderWalker.walk(folder) { path, name, kind in
            switch kind {
            case .file: _ = visit(path, name, false)
            case .folder: return visit(path, name, true)
            case .link, .other: break
            }
            return false
        }
    }

    public func contents(ofFile path: String, shownAs shown: String) throws -> Data {
        try RegularFile.read(path, shownAs: shown)
    }

    public func stamp(ofFile path: String) -> String? {
        FileStamp(path: path)?.text
    }
}
