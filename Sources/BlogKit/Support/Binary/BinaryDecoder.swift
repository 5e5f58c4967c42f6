/// Reads what `BinaryEncoder` wrote (the format is described there). Every
/// read is checked against the bounds of its value: bytes that are cut
/// short or were changed by hand throw `DecodingError`, never crash.
struct BinaryDecoder {
    func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try decode(T.self, from: bytes, in: 0..<bytes.count)
    }

    /// Decodes the value whose bytes are `range` of `bytes`.
    func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], in range: Range<Int>) throws -> T {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { throw BinaryReader.corrupted("a range outside the bytes") }
        return try BinaryReader(bytes: bytes).decode(T.self, in: range)
    }
}

/// The bytes, shared by every container of one decoding. A value is a
/// range of them; nil is a value with no range.
final class BinaryReader {
    fileprivate let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Decodes a `T` from the bytes of `range`: the raw forms first, as the
    /// encoder writes them.
    fileprivate func decode<T: Decodable>(_ type: T.Type, in range: Range<Int>) throws -> T {
        if T.self == String.self { return string(in: range) as! T }
        if T.self == [UInt8].self { return Array(bytes[range]) as! T }
        if T.self == [UInt64].self {
            guard range.count % 8 == 0 else { throw Self.corrupted("a list of 64-bit words of \(range.count) bytes") }
            return bytes.withUnsafeBytes { raw in
                stride(from: range.lowerBound, to: range.upperBound, by: 8).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0, as: UInt64.self)) }
            } as! T
        }
        return try T(from: BinaryDecoding(reader: self, value: range))
    }

    /// Decodes a `T` from a value that may be nil: only an optional reads
    /// from nil (`[String: String?]`, `[Int?]`).
    fileprivate func decode<T: Decodable>(_ type: T.Type, in range: Range<Int>?) throws -> T {
        guard let range else { return try T(from: BinaryDecoding(reader: self, value: nil)) }
        return try decode(T.self, in: range)
    }

    fileprivate func string(in range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The little-endian integer at `offset`; the caller checked the bounds.
    fileprivate func word<Integer: FixedWidthInteger>(_ type: Integer.Type, at offset: Int) -> Integer {
        bytes.withUnsafeBytes { Integer(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Integer.self)) }
    }

    /// The value whose length is at `offset`, within `limit`: its range
    /// (nil for nil) and where the next value starts.
    fileprivate func value(at offset: Int, within limit: Int) throws -> (range: Range<Int>?, end: Int) {
        guard offset + 4 <= limit else { throw Self.corrupted("a value cut short") }
        let length = word(UInt32.self, at: offset)
        if length == BinaryWriter.nilLength { return (nil, offset + 4) }
        let end = offset + 4 + Int(length)
        guard end <= limit else { throw Self.corrupted("a value longer than what holds it") }
        return (offset + 4..<end, end)
    }

    /// Whether the bytes of `range` spell `key`.
    fileprivate func matches(_ key: String, in range: Range<Int>) -> Bool {
        var key = key
        return key.withUTF8 { key in
            key.count == range.count && bytes.withUnsafeBufferPointer { key.elementsEqual(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }

    fileprivate static func corrupted(_ description: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: description))
    }
}

private struct BinaryDecoding: Decoder {
    let reader: BinaryReader
    /// Nil for a nil value.
    let value: Range<Int>?

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedReading<Key>(reader: reader, range: try range()))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedReading(reader: reader, range: try range())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueReading(reader: reader, value: value)
    }

    private func range() throws -> Range<Int> {
        guard let value else { throw BinaryReader.corrupted("nil where a container was expected") }
        return value
    }
}

/// The entries of a keyed container, indexed once: the keys are few, and
/// synthesized decoders ask for them in the order they were written.
private final class KeyedReading<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: BinaryReader
    /// Each entry's key and value ranges, in order.
    private var entries: [(key: Range<Int>, value: Range<Int>?)] = []
    /// Where the next lookup starts.
    private var next = 0

    var codingPath: [any CodingKey] { [] }

    init(reader: BinaryReader, range: Range<Int>) throws {
        self.reader = reader
        var offset = range.lowerBound
        while offset < range.upperBound {
            let key = try reader.value(at: offset, within: range.upperBound)
            guard let keyRange = key.range else { throw BinaryReader.corrupted("a nil key") }
            let value = try reader.value(at: key.end, within: range.upperBound)
            entries.append((keyRange, value.range))
            offset = value.end
        }
    }

    var allKeys: [Key] {
        entries.compactMap { Key(stringValue: reader.string(in: $0.key)) }
    }

    func contains(_ key: Key) -> Bool {
        find(key) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        try entry(key) == nil
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try reader.decode(T.self, in: try entry(key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = find(key), let range = entries[index].value else { return nil }
        return try reader.decode(T.self, in: range)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try BinaryDecoding(reader: reader, value: try entry(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try BinaryDecoding(reader: reader, value: try entry(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        BinaryDecoding(reader: reader, value: try entry(named: "super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        BinaryDecoding(reader: reader, value: try entry(key))
    }

    private func entry(_ key: Key) throws -> Range<Int>? {
        try entry(named: key.stringValue)
    }

    private func entry(named name: String) throws -> Range<Int>? {
        guard let index = find(name) else { throw BinaryReader.corrupted("no value for \(name)") }
        return entries[index].value
    }

    private func find(_ key: Key) -> Int? {
        find(key.stringValue)
    }

    /// The entry of `name`, looked for from the one after the last found.
    private func find(_ name: String) -> Int? {
        for step in 0..<entries.count {
            let index = (next + step) % entries.count
            if reader.matches(name, in: entries[index].key) {
                next = index + 1
                return index
            }
        }
        return nil
    }
}

private struct UnkeyedReading: UnkeyedDecodingContainer {
    let reader: BinaryReader
    let range: Range<Int>
    private var offset: Int
    private(set) var currentIndex = 0

    init(reader: BinaryReader, range: Range<Int>) {
        self.reader = reader
        self.range = range
        offset = range.lowerBound
    }

    var codingPath: [any CodingKey] { [] }
    var count: Int? { nil }
    var isAtEnd: Bool { offset >= range.upperBound }

    /// The next value's range, moving past it.
    private mutating func nextValue() throws -> Range<Int>? {
        let value = try reader.value(at: offset, within: range.upperBound)
        offset = value.end
        currentIndex += 1
        return value.range
    }

    mutating func decodeNil() throws -> Bool {
        let saved = (offset, currentIndex)
        if try nextValue() == nil { return true }
        (offset, currentIndex) = saved
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try reader.decode(T.self, in: try nextValue())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try BinaryDecoding(reader: reader, value: try nextValue()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try BinaryDecoding(reader: reader, value: try nextValue()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        BinaryDecoding(reader: reader, value: try nextValue())
    }
}

private struct SingleValueReading: SingleValueDecodingContainer {
    let reader: BinaryReader
    let value: Range<Int>?
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { value == nil }

    func decode(_ type: Bool.Type) throws -> Bool { try integer(UInt8.self) != 0 }
    func decode(_ type: String.Type) throws -> String { reader.string(in: try range()) }
    func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try integer(UInt64.self)) }
    func decode(_ type: Float.Type) throws -> Float { Float(bitPattern: try integer(UInt32.self)) }
    func decode(_ type: Int.Type) throws -> Int { Int(try integer(Int64.self)) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { UInt(try integer(UInt64.self)) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(UInt64.self) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try reader.decode(T.self, in: try range())
    }

    private func range() throws -> Range<Int> {
        guard let value else { throw BinaryReader.corrupted("nil where a value was expected") }
        return value
    }

    private func integer<Integer: FixedWidthInteger>(_ type: Integer.Type) throws -> Integer {
        let range = try range()
        guard range.count == MemoryLayout<Integer>.size else { throw BinaryReader.corrupted("\(range.count) bytes for a \(Integer.self)") }
        return reader.word(Integer.self, at: range.lowerBound)
    }
}
