import Foundation

/// A 128-bit hash that is the same in every run and on every machine (Swift's
/// `Hasher` is seeded per process), for cache keys kept on disk. Not
/// cryptographic: it tells content apart, it does not resist forgery.
struct StableHash {
    private var first: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    mutating func combine(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { combine(bytes: $0) }
    }

    mutating func combine(_ flag: Bool) {
        combine(flag ? 1 : 0)
    }

    /// Mixes eight bytes at a time into two lanes with different multipliers,
    /// and the length, so `"ab", "c"` and `"a", "bc"` differ.
    mutating func combine(bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        for offset in index..<bytes.count {
            tail |= UInt64(bytes[offset]) << (8 * UInt64(offset - index))
        }
        mix(tail)
        length &+= UInt64(bytes.count)
        mix(UInt64(bytes.count))
    }

    /// The digest of `bytes` alone (an array, `Data`).
    static func digest(of bytes: some ContiguousBytes) -> String {
        var hash = StableHash()
        bytes.withUnsafeBytes { hash.combine(bytes: $0) }
        return hash.digest
    }

    /// The digest of `text` alone.
    static func digest(of text: String) -> String {
        var hash = StableHash()
        hash.combine(text)
        return hash.digest
    }

    /// 32 hexadecimal digits.
    var digest: String {
        let a = Self.finalize(first ^ length)
        let b = Self.finalize(second ^ (length &* 0x9E37_79B9_7F4A_7C15))
        return Self.hex(a) + Self.hex(b)
    }

    private mutating func mix(_ word: UInt64) {
        first = (first ^ word) &* 0x0000_0100_0000_01B3
        first = (first << 31) | (first >> 33)
        second = (second &+ word) &* 0xFF51_AFD7_ED55_8CCD
        second ^= second >> 29
    }

    private static func finalize(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
