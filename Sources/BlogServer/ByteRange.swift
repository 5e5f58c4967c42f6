import Foundation

/// What a `Range` header asks of a file, read as RFC 9110 §14 says: a
/// single `bytes=` range is served (its end clamped to the file), a range
/// starting past the end is unsatisfiable, and anything else — a malformed
/// header, another unit, several ranges — is ignored, so the whole file is
/// sent with 200.
enum ByteRange: Equatable {
    case whole
    /// The bytes to send with 206.
    case part(Range<Int>)
    /// 416: the range asks only for bytes past the end of the file.
    case unsatisfiable

    init(header: String, length: Int) {
        let value = header.trimmingCharacters(in: .whitespaces)
        guard value.lowercased().hasPrefix("bytes="), !value.contains(",") else {
            self = .whole
            return
        }
        let spec = value.dropFirst(6).trimmingCharacters(in: .whitespaces)
        let ends = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard ends.count == 2, let first = Self.position(ends[0]), let last = Self.position(ends[1]) else {
            self = .whole
            return
        }
        switch (first, last) {
        case (.none, .none):
            self = .whole
        case (.none, .some(let suffix)):
            // `-n`: the last n bytes, all of them when n is longer than the file.
            guard suffix > 0, length > 0 else {
                self = length > 0 ? .unsatisfiable : .whole
                return
            }
            self = .part(max(0, length - suffix)..<length)
        case (.some(let start), let end):
            if let end, end < start {
                self = .whole
            } else if start >= length {
                self = .unsatisfiable
            } else {
                // An end past the file (or none) means its last byte.
                self = .part(start..<min(end ?? Int.max, length - 1) + 1)
            }
        }
    }
}

private extension ByteRange {
    /// A position: nil when absent, `Int.max` when too long for an Int (it
    /// is past any file's end), and no value at all (`.none` of the outer
    /// optional) when it is not a run of digits.
    static func position(_ text: Substring) -> Int?? {
        let digits = text.trimmingCharacters(in: .whitespaces)
        if digits.isEmpty { return .some(nil) }
        guard digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return .some(Int(digits) ?? Int.max)
    }
}
