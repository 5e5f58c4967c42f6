import Mustache

/// A view held by reference and compared by value, the same box first: a
/// page's view is copied several times on its way to the template and the
/// build's memos, and one retain costs less than the dozens its fields take.
final class Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: Boxed, rhs: Boxed) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}

/// Templates see through the box.
extension Boxed: MustacheParent where Value: MustacheParent {
    func child(named name: String) -> Any? {
        value.child(named: name)
    }
}

/// Digests see through the box too; a page digest sees the digest of the
/// value instead, made once per box (a post's summary is on many listings).
extension Boxed: Encodable where Value: Encodable {
    func encode(to encoder: any Encoder) throws {
        if let digests = encoder.userInfo[PageDigest.Boxes.key] as? PageDigest.Boxes {
            try digests.digest(of: self).encode(to: encoder)
        } else {
            try value.encode(to: encoder)
        }
    }
}
