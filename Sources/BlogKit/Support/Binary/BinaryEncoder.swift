/// Encodes `Encodable` values into a compact binary form that
/// `BinaryDecoder` reads back: the build's memos kept in `.blog-cache/`
/// between runs of `blog build`. JSON and property lists took seconds for a
/// corpus's rendered posts (a hundred megabytes of HTML, a million search
/// terms); this takes a fraction of that.
///
/// The format, one rule for every value: a value in a container is its
/// length (4 bytes, little-endian; `UInt32.max` for nil) and its bytes.
/// - A keyed container is a run of entries: the key as a value, then the
///   value. Keys are kept so dictionaries read back and absent optionals
///   are skipped.
/// - An unkeyed container is a run of values.
/// - A single value is the bytes of a primitive: integers and floats at
///   their width, little-endian; a Bool as one byte; a String as its UTF-8;
///   `[UInt8]` and `[UInt64]` (search postings) as their raw bytes.
///
/// Not a format for exchange: it is read only by the same `blog` binary
/// that wrote it (the memo's key holds the binary's identity).
struct BinaryEncoder {
    /// What every `encode(to:)` of the value sees as its encoder's `userInfo`.
    var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let writer = BinaryWriter(userInfo: userInfo)
        try writer.encodeTopLevel(value)
        // A length of four bytes holds every value of a smaller whole.
        guard writer.bytes.count < Int(BinaryWriter.nilLength) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "more than 4 GB"))
        }
        return writer.bytes
    }
}

/// The bytes written so far, shared by every container of one encoding.
/// Containers write at the end as soon as they are given a value: the
/// Encoder protocol never says when one is finished, so each value's length
/// is patched once its bytes are written.
final class BinaryWriter {
    fileprivate(set) var bytes: [UInt8] = []
    fileprivate let userInfo: [CodingUserInfoKey: any Sendable]

    fileprivate init(userInfo: [CodingUserInfoKey: any Sendable]) {
        self.userInfo = userInfo
    }

    static let nilLength = UInt32.max

    /// Appends the bytes of `value`, in the value begun at `valueStart` (if any).
    fileprivate func encodeTopLevel<T: Encodable>(_ value: T, valueStart: Int? = nil) throws {
        if try !appendRaw(value) {
            try value.encode(to: BinaryEncoding(writer: self, open: [], valueStart: valueStart))
        }
    }

    /// Appends `value` as a length and its bytes.
    fileprivate func appendValue<T: Encodable>(_ value: T) throws {
        let start = reserveLength()
        try encodeTopLevel(value, valueStart: start)
        // `Optional.none` marked it nil, and wrote nothing.
        if !isNil(at: start) { patchLength(at: start) }
    }

    fileprivate func appendNil() {
        append(Self.nilLength)
    }

    fileprivate func markNil(at start: Int) {
        for offset in 0..<4 { bytes[start + offset] = 0xFF }
    }

    private func isNil(at start: Int) -> Bool {
        bytes[start..<start + 4].allSatisfy { $0 == 0xFF }
    }

    /// Appends the bytes of the values the format writes raw, and of
    /// dictionaries in the order of their keys; false for any other. By
    /// type, not by cast: a cast would take `[UInt8?]` for `[UInt8]`, and an
    /// optional for what it wraps.
    private func appendRaw<T: Encodable>(_ value: T) throws -> Bool {
        if T.self == String.self {
            var text = value as! String
            text.withUTF8 { bytes.append(contentsOf: $0) }
        } else if T.self == [UInt8].self {
            bytes.append(contentsOf: value as! [UInt8])
        } else if T.self == [UInt64].self {
            (value as! [UInt64]).forEach { append($0) }
        } else if !(T.self is any OptionalValue.Type), let dictionary = value as? any SortedKeysEncodable {
            try dictionary.encodeSortingKeys(to: BinaryEncoding(writer: self, open: [], valueStart: nil))
        } else {
            return false
        }
        return true
    }

    fileprivate func append<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Four bytes for a length patched later; returns where they are.
    fileprivate func reserveLength() -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count - 4
    }

    /// Sets the length at `start` to the count of bytes written after it.
    fileprivate func patchLength(at start: Int) {
        let length = UInt32(truncatingIfNeeded: bytes.count - start - 4)
        for offset in 0..<4 {
            bytes[start + offset] = UInt8(truncatingIfNeeded: length >> (8 * UInt32(offset)))
        }
    }
}

/// An encoder over the shared writer. `open` lists the lengths of nested
/// containers (and super encoders) still being written into: they are
/// patched after every write, since nothing tells when they are done.
/// `valueStart` is where the length of the value being encoded is, if it
/// has one: a nil marks it.
private struct BinaryEncoding: Encoder {
    let writer: BinaryWriter
    let open: [Int]
    var valueStart: Int?

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { writer.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedWriting<Key>(writer: writer, open: open))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedWriting(writer: writer, open: open)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueWriting(writer: writer, open: open, valueStart: valueStart)
    }
}

extension BinaryEncoding {
    /// Runs `write`, then brings every open length up to date.
    fileprivate static func writing(_ writer: BinaryWriter, open: [Int], _ write: () throws -> Void) rethrows {
        try write()
        open.forEach(writer.patchLength(at:))
    }

    /// A nested value begun at the end: its length is reserved and stays open.
    fileprivate static func nested(_ writer: BinaryWriter, open: [Int]) -> [Int] {
        let start = writer.reserveLength()
        let nested = open + [start]
        nested.forEach(writer.patchLength(at:))
        return nested
    }
}

private struct KeyedWriting<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: BinaryWriter
    let open: [Int]
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        BinaryEncoding.writing(writer, open: open) {
            try? writer.appendValue(key.stringValue)
            writer.appendNil()
        }
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try BinaryEncoding.writing(writer, open: open) {
            try writer.appendValue(key.stringValue)
            try writer.appendValue(value)
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        try? writer.appendValue(key.stringValue)
        return KeyedEncodingContainer(KeyedWriting<NestedKey>(writer: writer, open: BinaryEncoding.nested(writer, open: open)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        try? writer.appendValue(key.stringValue)
        return UnkeyedWriting(writer: writer, open: BinaryEncoding.nested(writer, open: open))
    }

    mutating func superEncoder() -> any Encoder {
        try? writer.appendValue("super")
        return BinaryEncoding(writer: writer, open: BinaryEncoding.nested(writer, open: open), valueStart: nil)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        try? writer.appendValue(key.stringValue)
        return BinaryEncoding(writer: writer, open: BinaryEncoding.nested(writer, open: open), valueStart: nil)
    }
}

private struct UnkeyedWriting: UnkeyedEncodingContainer {
    let writer: BinaryWriter
    let open: [Int]
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(writer: BinaryWriter, open: [Int]) {
        self.writer = writer
        self.open = open
    }

    mutating func encodeNil() throws {
        count += 1
        BinaryEncoding.writing(writer, open: open) { writer.appendNil() }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        count += 1
        try BinaryEncoding.writing(writer, open: open) { try writer.appendValue(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return KeyedEncodingContainer(KeyedWriting<NestedKey>(writer: writer, open: BinaryEncoding.nested(writer, open: open)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        return UnkeyedWriting(writer: writer, open: BinaryEncoding.nested(writer, open: open))
    }

    mutating func superEncoder() -> any Encoder {
        count += 1
        return BinaryEncoding(writer: writer, open: BinaryEncoding.nested(writer, open: open), valueStart: nil)
    }
}

/// A primitive's bytes, straight into the value its parent delimits.
private struct SingleValueWriting: SingleValueEncodingContainer {
    let writer: BinaryWriter
    let open: [Int]
    let valueStart: Int?
    var codingPath: [any CodingKey] { [] }

    /// `Optional.none` in a container: its length says nil. (A nil at the
    /// top level has no length, and reads back as no value.)
    mutating func encodeNil() throws {
        if let valueStart { writer.markNil(at: valueStart) }
    }

    mutating func encode(_ value: Bool) throws { BinaryEncoding.writing(writer, open: open) { writer.append(UInt8(value ? 1 : 0)) } }
    mutating func encode(_ value: String) throws { try BinaryEncoding.writing(writer, open: open) { try writer.encodeTopLevel(value) } }
    mutating func encode(_ value: Double) throws { BinaryEncoding.writing(writer, open: open) { writer.append(value.bitPattern) } }
    mutating func encode(_ value: Float) throws { BinaryEncoding.writing(writer, open: open) { writer.append(value.bitPattern) } }
    mutating func encode(_ value: Int) throws { BinaryEncoding.writing(writer, open: open) { writer.append(Int64(value)) } }
    mutating func encode(_ value: Int8) throws { BinaryEncoding.writing(writer, open: open) { writer.append(value) } }
    mutating func encode(_ value: Int16) throws { BinaryEncoding.writing(writer, open: open) { writer.append(value) } }
    mutating func encode(_ value: Int32) throws { BinaryEncoding.writing(writer, open: open) { writer.append(value) } }
    mutating func encode(_ value: Int64) throws { BinaryEncoding.writing(writer, open: open) { writer.append(value) } }
    mutating func encode(_ value: UInt) throws { BinaryEncoding.writing(writer, open: open) { writer.append(UInt64(value)) } }
    mutating func encode(_ value: UInt8) throws { BinaryEncoding.writing(writer, open: open) { writer.append(value) } }
    mutating func encode(_ value: UInt16) throws { BinaryEncoding.writing(writer, open: open) { writer.append(value) } }
    mutating func encode(_ value: UInt32) throws { BinaryEncoding.writing(writer, open: open) { writer.append(value) } }
    mutating func encode(_ value: UInt64) throws { BinaryEncoding.writing(writer, open: open) { writer.append(value) } }

    /// An optional's value comes here without a length of its own, so a
    /// nil inside an optional (`String??`) would read back as something:
    /// refused instead.
    mutating func encode<T: Encodable>(_ value: T) throws {
        if T.self is any OptionalValue.Type {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "an optional inside an optional"))
        }
        try BinaryEncoding.writing(writer, open: open) { try writer.encodeTopLevel(value) }
    }
}

/// Tells optionals apart by type.
private protocol OptionalValue {}

extension Optional: OptionalValue {}

/// A dictionary keyed by strings, written in the order of its keys, so
/// that equal dictionaries give equal bytes (a dictionary's own order
/// changes from one process to the next): digests of views hold.
/// `Dictionary`'s own decoding reads it back.
private protocol SortedKeysEncodable {
    func encodeSortingKeys(to encoder: any Encoder) throws
}

extension Dictionary: SortedKeysEncodable where Key == String, Value: Encodable {
    fileprivate func encodeSortingKeys(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DictionaryKey.self)
        for key in keys.sorted() {
            try container.encode(self[key]!, forKey: DictionaryKey(stringValue: key))
        }
    }
}

private struct DictionaryKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}
