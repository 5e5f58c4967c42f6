/// What `SearchTokenizer.scan` hands its terms to. A protocol the scan is
/// specialised for, not closures: the calls, two per Chinese character,
/// are then inlined, with no closure context whose accesses are checked at
/// run time.
protocol SearchTermSink {
    /// A character or a pair of neighbouring characters.
    mutating func add(_ term: SearchTerm)
    /// A word, case-folded, as its UTF-8 bytes.
    mutating func add(word utf8: [UInt8])
}
