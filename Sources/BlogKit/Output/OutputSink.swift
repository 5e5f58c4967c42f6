/// Where a build puts its files as it makes them, so the whole site is never
/// in memory at once: an output folder (`OutputTransaction`) or memory
/// (`MemoryOutput`). Either keeps the last build's files until a new build
/// has succeeded.
protocol OutputSink: Sendable {
    /// Called once, after every check of the build has passed and before the
    /// first file, with the path of every file the build will make: the last
    /// chance to refuse the build before anything is written.
    func begin(paths: [String]) throws
    /// Takes one finished file; called from several threads at once.
    func write(_ file: OutputFile) throws
    /// Takes the file the output holds at `path` as this build's, if it
    /// is one the last build wrote and it still has `stamp`; false when it
    /// must be written. Called from several threads at once.
    func keep(_ path: String, stamp: FileStamp) -> Bool
    /// Makes the files written the output, in place of the last build's;
    /// called once the whole build succeeded.
    func commit() throws -> OutputCommit
    /// Drops what was written: the output stays as it was.
    func abort()
}
