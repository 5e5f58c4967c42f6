import Foundation

/// One build's change to an output folder, made so that a failure at any
/// point loses nothing and a crash leaves as little as possible half done:
///
/// 1. `begin` checks every path the build makes against what the folder
///    holds: only files of the folder's manifest (written by `blog`) may be
///    replaced; a folder with files but no manifest is refused.
/// 2. `write` stages each file whose bytes differ from the folder's in
///    `.blog-staging/`, inside the output (so a rename moves it into place);
///    nothing visible changes.
/// 3. `commit` writes its plan into the staging folder (`CommitPlan`),
///    records every path it may place in the manifest, renames the staged
///    files into place in one short burst, removes the files of the last
///    build the site no longer has, and records the new manifest.
///
/// Any error before `commit` (a source that cannot be read, a full disk)
/// leaves the folder as it was: `abort` removes what was staged, and so
/// does the next build if the process died. A build that died while
/// committing is finished by the next one before anything else, so the
/// folder holds the old site or the new one except during that burst.
/// Only one build writes to a folder at a time.
final class OutputTransaction: OutputSink, @unchecked Sendable {
    static let stagingFolder = ".blog-staging"

    private let folder: OutputFolder
    /// The files earlier builds wrote, which this one may replace or remove.
    private let owned: Set<String>
    private let hasManifest: Bool
    // NSLock rather than Synchronization's Mutex: ThreadSanitizer sees
    // through pthread locks, not through Mutex's futex.
    private let lock = NSLock()
    private var stamps: [String: FileStamp?] = [:]
    /// The stamps of the files the output held at the build's paths when it began.
    private var found: [String: FileStamp] = [:]
    /// Staged files: the path each goes to, by the name it has in the staging folder.
    private var staged: [(name: String, path: String)] = []

    /// Takes the folder for this build: waits for no one (another build
    /// writing to it is an error) and clears what an interrupted build staged.
    init(folder: OutputFolder) throws {
        self.folder = folder
        guard folder.lockForWriting() else {
            throw BuildError(
                path: folder.path, message: "another blog build is writing to this folder", hint: "wait for it to finish, then build again")
        }
        let journal = folder.contents(of: Self.stagingFolder + "/" + CommitPlan.journalName)
        if let journal, let plan = CommitPlan(journal: String(decoding: journal, as: UTF8.self)) {
            // A build was killed while committing: finish it first.
            try Self.carryOut(plan, in: folder, owned: OutputManifest(in: folder)?.paths ?? [])
        }
        let manifest = OutputManifest(in: folder)
        owned = manifest?.paths ?? []
        hasManifest = manifest != nil
        try folder.removeTree(Self.stagingFolder)
    }

    func begin(paths: [String]) throws {
        var errors = ErrorCollector()
        if !hasManifest {
            let foreign = folder.names(in: "").filter { !$0.hasPrefix(".") }
            if !foreign.isEmpty {
                let shown = foreign.prefix(5).joined(separator: ", ") + (foreign.count > 5 ? ", …" : "")
                throw BuildError(
                    path: folder.path, message: "the output folder holds files blog did not write (\(shown))",
                    hint: "build into an empty or new folder, or move these out; if it holds a build by an older blog, delete it and build again")
            }
        }
        var valid: [String] = []
        for path in paths {
            if let error = FileName.error(withPath: path) {
                errors.record(error)
            } else {
                valid.append(path)
            }
        }
        // What stands at every folder and file of the paths, looked up on all
        // cores: one at a time, thousands of lookups were a tenth of a build
        // after one edit.
        let prefixes = Array(Set(valid.flatMap(Self.prefixes(of:))))
        let entries = Dictionary(uniqueKeysWithValues: zip(prefixes, prefixes.concurrentMap { folder.lookUp($0) }))
        var checked: Set<String> = []
        for path in valid {
            for prefix in Self.prefixes(of: path) {
                let entry = entries[prefix]?.entry ?? .missing
                if checked.insert(prefix).inserted, let error = conflict(entry, at: prefix, isFolder: prefix != path) {
                    errors.record(error)
                }
                // Behind anything but a real folder, nothing is there yet.
                guard entry == .folder else { break }
            }
        }
        try errors.throwIfAny()
        let stamps = valid.compactMap { path in entries[path]?.stamp.map { (path, $0) } }
        lock.withLock { found = Dictionary(stamps, uniquingKeysWith: { first, _ in first }) }
    }

    /// `a`, `a/b` and `a/b/c` for `a/b/c`.
    private static func prefixes(of path: String) -> [String] {
        var prefixes: [String] = []
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix += prefix.isEmpty ? String(component) : "/" + component
            prefixes.append(prefix)
        }
        return prefixes
    }

    func write(_ file: OutputFile) throws {
        let data = try file.data()
        if let stamp = folder.stamp(ifHolding: data, at: file.path) {
            lock.withLock { stamps[file.path] = stamp }
            return
        }
        let name = lock.withLock {
            staged.append((String(staged.count), file.path))
            return String(staged.count - 1)
        }
        let stamp = try folder.create(Self.stagingFolder + "/" + name, data: data, shownAs: file.path)
        lock.withLock { stamps[file.path] = stamp }
    }

    /// Against the stamp `begin` found, not read again: a change to the
    /// output during the build is no more seen than one made just after it.
    func keep(_ path: String, stamp: FileStamp) -> Bool {
        lock.withLock {
            guard owned.contains(path), found[path] == stamp else { return false }
            stamps[path] = stamp
            return true
        }
    }

    /// Puts the staged files in place and removes the stale ones, after
    /// writing down the plan for the next build to finish if this one dies.
    func commit() throws -> OutputCommit {
        let (stamps, staged) = lock.withLock { (self.stamps, self.staged) }
        let paths = Set(stamps.keys)
        let plan = CommitPlan(
            moves: staged.sorted { $0.path < $1.path }.map { CommitPlan.Move(name: $0.name, path: $0.path) },
            removals: owned.subtracting(paths).sorted().filter { [.file, .link].contains(folder.entry(at: $0)) }, paths: paths)
        let journal = Self.stagingFolder + "/" + CommitPlan.journalName
        _ = try folder.create(journal + ".new", data: Data(plan.journal.utf8), shownAs: journal)
        try folder.move([(journal + ".new", journal)])
        let manifestStamp = try Self.carryOut(plan, in: folder, owned: owned)
        return OutputCommit(written: staged.count, removed: plan.removals.count, stamps: stamps, manifestStamp: manifestStamp)
    }

    /// Carries out `plan` (again, after a crash: steps already done are
    /// skipped) and clears the staging folder.
    /// - Returns: the stamp of the manifest it leaves.
    @discardableResult
    private static func carryOut(_ plan: CommitPlan, in folder: OutputFolder, owned: Set<String>) throws -> FileStamp {
        // Until the burst is over, the folder may hold files of both builds.
        try writeManifest(OutputManifest(paths: owned.union(plan.paths)), in: folder)
        let pending = plan.moves.filter { folder.entry(at: stagingFolder + "/" + $0.name) == .file }
        try folder.move(pending.map { (stagingFolder + "/" + $0.name, $0.path) })
        for path in plan.removals where [.file, .link].contains(folder.entry(at: path)) {
            try folder.remove(path)
        }
        let stamp = try writeManifest(OutputManifest(paths: plan.paths), in: folder)
        try folder.removeTree(stagingFolder)
        return stamp
    }

    /// Removes what was staged; the folder is as it was before the build.
    func abort() {
        try? folder.removeTree(Self.stagingFolder)
        if folder.wasCreated { rmdir(folder.path) }
    }
}

extension OutputTransaction {
    /// Why the build may not write at `path` (a file, or a folder on the way
    /// to one), or nil when what stands there is missing, a real folder
    /// where a folder goes, a link (replaced, never followed) or the
    /// build's own.
    private func conflict(_ entry: OutputFolder.Entry, at path: String, isFolder: Bool) -> BuildError? {
        switch entry {
        case .missing, .link:
            return nil
        case .folder where isFolder:
            return nil
        case .file where owned.contains(path):
            return nil
        case .folder:
            // A folder where a file goes now: it may go only if all it holds is ours.
            var foreign: String?
            FolderWalker.walk(folder.path + "/" + path) { relative, _, kind in
                guard foreign == nil else { return false }
                if kind == .folder { return true }
                if kind != .link && !owned.contains(path + "/" + relative) { foreign = path + "/" + relative }
                return false
            }
            guard let foreign else { return nil }
            return foreignFile(foreign, standingFor: path)
        case .file, .other:
            return foreignFile(path, standingFor: path)
        }
    }

    private func foreignFile(_ path: String, standingFor output: String) -> BuildError {
        BuildError(
            path: folder.path + "/" + path, message: "blog did not write this file, and the build would overwrite it with \(output)",
            hint: "move it out of the output folder (blog replaces only files it wrote itself)")
    }

    @discardableResult
    private static func writeManifest(_ manifest: OutputManifest, in folder: OutputFolder) throws -> FileStamp {
        let staging = stagingFolder + "/" + OutputManifest.fileName
        // One a killed build left.
        try folder.remove(staging)
        let stamp = try folder.create(staging, data: Data(manifest.data), shownAs: OutputManifest.fileName)
        try folder.move([(staging, OutputManifest.fileName)])
        return stamp
    }
}
