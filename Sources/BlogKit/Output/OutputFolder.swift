import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The output folder, reached only through descriptors: every path inside it
/// is walked one component at a time with `O_NOFOLLOW`, so a symbolic link
/// in the output (`public/archives -> elsewhere`) is never written through,
/// read through or removed through. Links found where the build needs a
/// folder or a file are replaced, never followed; their targets stay as
/// they are. The folder itself may be a link: the user named it.
final class OutputFolder: Sendable {
    /// What stands at a path, without following a link there.
    enum Entry: Equatable {
        case missing
        case file
        case folder
        case link
        case other
    }

    let path: String
    /// Whether the folder was made by `init`: a failed first build removes it again.
    let wasCreated: Bool
    private let descriptor: Int32

    /// Opens the folder; when `creating`, makes it (and its parents) if missing.
    init(path: String, creating: Bool = true) throws {
        self.path = path
        wasCreated = creating && !FileManager.default.fileExists(atPath: path)
        if wasCreated {
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path, "cannot open the output folder", hint: "check that it is a folder you may write to") }
    }

    deinit { close(descriptor) }

    /// Takes the folder's advisory lock for as long as this value lives;
    /// false if another process (another build) holds it.
    func lockForWriting() -> Bool {
        flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    /// What stands at `relative` (components separated by `/`); a link among
    /// the parents counts as a link there, since nothing behind it is ours.
    func entry(at relative: String) -> Entry {
        lookUp(relative).entry
    }

    /// What stands at `relative`, as `entry(at:)` tells, and the stamp of
    /// the regular file there if that is what it is.
    func lookUp(_ relative: String) -> (entry: Entry, stamp: FileStamp?) {
        var parent = descriptor
        var owned: [Int32] = []
        defer { owned.forEach { close($0) } }
        let components = relative.split(separator: "/")
        for (index, component) in components.enumerated() {
            var info = stat()
            guard fstatat(parent, String(component), &info, AT_SYMLINK_NOFOLLOW) == 0 else { return (.missing, nil) }
            let kind = Self.kind(info.st_mode)
            guard index < components.count - 1 else { return (kind, kind == .file ? FileStamp(info) : nil) }
            guard kind == .folder else { return (kind, nil) }
            let next = openat(parent, String(component), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else { return (.missing, nil) }
            owned.append(next)
            parent = next
        }
        return (.folder, nil)
    }

    /// The names in the folder at `relative` ("" for the output folder), or
    /// none if it is not a real folder.
    func names(in relative: String) -> [String] {
        guard let folder = try? openFolder(relative, creating: false) else { return [] }
        defer { if folder != descriptor { close(folder) } }
        return Self.names(inFolder: folder)
    }

    /// The file's stamp if it is a regular file holding exactly `data`
    /// (sizes first, then bytes).
    func stamp(ifHolding data: Data, at relative: String) -> FileStamp? {
        withRegularFile(at: relative) { file, info -> FileStamp? in
            guard Int(info.st_size) == data.count else { return nil }
            guard let existing = Self.read(file, count: data.count) else { return nil }
            return existing == data ? FileStamp(info) : nil
        } ?? nil
    }

    /// The bytes of the regular file at `relative`, if there is one.
    func contents(of relative: String) -> Data? {
        withRegularFile(at: relative) { file, info in Self.read(file, count: Int(info.st_size)) } ?? nil
    }

    /// The stamp of the regular file at `relative`, if there is one.
    func stamp(at relative: String) -> FileStamp? {
        guard let (folder, name) = try? parentFolder(of: relative, creating: false) else { return nil }
        defer { if folder != descriptor { close(folder) } }
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(info)
    }

    /// Writes `data` into a new file at `relative`, which must not exist.
    /// - Parameter shown: the output path errors name (the file a staged
    ///   copy stands for).
    /// - Returns: the new file's stamp.
    func create(_ relative: String, data: Data, shownAs shown: String) throws -> FileStamp {
        let (folder, name) = try parentFolder(of: relative, creating: true)
        defer { if folder != descriptor { close(folder) } }
        let file = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw Self.failure(shown, "cannot write \(path)/\(shown)", hint: "check the output folder's permissions") }
        defer { close(file) }
        var offset = 0
        while offset < data.count {
            let count = data.withUnsafeBytes { write(file, $0.baseAddress! + offset, data.count - offset) }
            guard count > 0 else {
                throw Self.failure(shown, "cannot write \(path)/\(shown)", hint: "check the free space of the output folder's disk")
            }
            offset += count
        }
        var info = stat()
        fstat(file, &info)
        return FileStamp(info)
    }

    /// Renames each file at `source` over its `destination`, making the
    /// destinations' folders as needed: a link or a file standing where one
    /// of them goes is removed first, and so is what stands at a destination
    /// unless it is a file (which the rename replaces atomically). The
    /// caller has made sure that whatever is removed is the build's own.
    /// Folders are opened once for the whole list: this is the burst in
    /// which a build's files change, and it should be short.
    func move(_ moves: [(source: String, destination: String)]) throws {
        var opened: [String: Int32] = ["": descriptor]
        defer { opened.values.filter { $0 != descriptor }.forEach { close($0) } }
        func folder(_ relative: Substring) throws -> Int32 {
            if let open = opened[String(relative)] { return open }
            let parent = relative.lastIndex(of: "/").map { relative[..<$0] } ?? ""
            let name = String(relative[(relative.lastIndex(of: "/").map(relative.index(after:)) ?? relative.startIndex)...])
            let open = try openFolder(name, in: try folder(parent), creating: true, reportedAs: String(relative))
            opened[String(relative)] = open
            return open
        }
        for (source, destination) in moves {
            let from = try folder(source.split(separator: "/").dropLast().joined(separator: "/")[...])
            let to = try folder(destination.split(separator: "/").dropLast().joined(separator: "/")[...])
            let sourceName = String(source.split(separator: "/").last ?? ""), name = String(destination.split(separator: "/").last ?? "")
            var info = stat()
            if fstatat(to, name, &info, AT_SYMLINK_NOFOLLOW) == 0, Self.kind(info.st_mode) == .folder {
                // A folder of the last build where a file goes now.
                try removeTree(name, in: to, reportedAs: destination)
            }
            guard renameat(from, sourceName, to, name) == 0 else {
                throw Self.failure(destination, "cannot write \(path)/\(destination)", hint: "check the output folder's permissions")
            }
        }
    }

    /// Removes the file or link at `relative`, then its folders left empty
    /// (up to, not including, the output folder).
    func remove(_ relative: String) throws {
        guard let (folder, name) = try? parentFolder(of: relative, creating: false) else { return }
        defer { if folder != descriptor { close(folder) } }
        guard unlinkat(folder, name, 0) == 0 || errno == ENOENT else {
            throw Self.failure(relative, "cannot remove the stale file \(path)/\(relative)", hint: "check the output folder's permissions")
        }
        var parents = relative.split(separator: "/").dropLast()
        while !parents.isEmpty, unlinkat(descriptor, parents.joined(separator: "/"), AT_REMOVEDIR) == 0 {
            parents = parents.dropLast()
        }
    }

    /// Removes the folder at `relative` and everything in it, links
    /// included but not what they point to. For folders of the build's own.
    func removeTree(_ relative: String) throws {
        guard let (folder, name) = try? parentFolder(of: relative, creating: false) else { return }
        defer { if folder != descriptor { close(folder) } }
        try removeTree(name, in: folder, reportedAs: relative)
    }
}

extension OutputFolder {
    private static func kind(_ mode: mode_t) -> Entry {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .folder
        case S_IFLNK: .link
        default: .other
        }
    }

    /// Calls `body` with the open regular file at `relative` and its status;
    /// nil if there is none (a link there is none).
    private func withRegularFile<T>(at relative: String, _ body: (Int32, stat) -> T) -> T? {
        guard let (folder, name) = try? parentFolder(of: relative, creating: false) else { return nil }
        defer { if folder != descriptor { close(folder) } }
        let file = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return body(file, info)
    }

    /// Exactly `count` bytes from the start of `file`, or nil if it holds fewer.
    private static func read(_ file: Int32, count: Int) -> Data? {
        var bytes = Data(count: count)
        var offset = 0
        while offset < count {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress! + offset, count - offset) }
            guard got > 0 else { return nil }
            offset += got
        }
        return bytes
    }

    /// The sorted names in the open folder `folder` (which stays open).
    private static func names(inFolder folder: Int32) -> [String] {
        let duplicate = dup(folder)
        guard duplicate >= 0, let stream = fdopendir(duplicate) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = FolderWalker.name(of: entry)
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private static func failure(_ relative: String, _ message: String, hint: String) -> BuildError {
        BuildError(path: relative, message: "\(message): \(String(cString: strerror(errno)))", hint: hint)
    }

    /// An open descriptor of the folder holding `relative`, and its last component.
    private func parentFolder(of relative: String, creating: Bool) throws -> (Int32, String) {
        var components = relative.split(separator: "/")
        guard let name = components.popLast() else { throw BuildError(path: relative, message: "an empty output path") }
        return (try openFolder(components.joined(separator: "/"), creating: creating), String(name))
    }

    /// Opens the folder at `relative` without following links; the caller
    /// closes it unless it is the output folder's own descriptor. When
    /// `creating`, missing folders are made, and a link or file in the way
    /// is removed and replaced by a folder.
    private func openFolder(_ relative: String, creating: Bool) throws -> Int32 {
        var current = descriptor
        for component in relative.split(separator: "/").map(String.init) {
            let next = Result { try openFolder(component, in: current, creating: creating, reportedAs: relative) }
            if current != descriptor { close(current) }
            current = try next.get()
        }
        return current
    }

    /// Opens the folder `name` in the open folder `parent` without following
    /// a link; when `creating`, makes it if missing, replacing a link or a
    /// file in the way.
    private func openFolder(_ name: String, in parent: Int32, creating: Bool, reportedAs relative: String) throws -> Int32 {
        var next = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if next < 0, creating {
            if errno == ELOOP || errno == ENOTDIR {
                unlinkat(parent, name, 0)
            }
            mkdirat(parent, name, 0o755)
            next = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        }
        guard next >= 0 else { throw Self.failure(relative, "cannot make the folder \(path)/\(relative)", hint: "check the output folder's permissions") }
        return next
    }

    private func removeTree(_ name: String, in parent: Int32, reportedAs relative: String) throws {
        let folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if folder >= 0 {
            defer { close(folder) }
            for entry in Self.names(inFolder: folder) where unlinkat(folder, entry, 0) != 0 {
                try removeTree(entry, in: folder, reportedAs: relative + "/" + entry)
            }
        }
        guard unlinkat(parent, name, AT_REMOVEDIR) == 0 || errno == ENOENT else {
            throw Self.failure(relative, "cannot remove \(path)/\(relative)", hint: "check the output folder's permissions")
        }
    }
}
