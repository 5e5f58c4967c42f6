/// What committing a build to its output did.
struct OutputCommit {
    var written: Int
    var removed: Int
    /// Every file of the build with its stamp, for the build cache; nil
    /// for a file whose stamp could not be read. Empty for an output in
    /// memory, which the cache does not cover.
    var stamps: [String: FileStamp?] = [:]
    /// The stamp of the output folder's manifest.
    var manifestStamp: FileStamp?
}
