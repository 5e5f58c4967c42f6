import Foundation

/// A value made when first asked for, then kept; safe to ask from any
/// thread. `blog serve` defers the search index this way: made again after
/// every save it would cost more than the rest of the rebuild, and only a
/// search asks for it.
public final class Deferred<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `made` and `make` are only touched under `lock`.
    private let lock = NSLock()
    private var made: Value?
    private var make: (@Sendable () -> Value)?

    public init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value, made by the first thread that asks; the others wait for it.
    public var value: Value {
        lock.withLock {
            if let made { return made }
            let value = make!()
            made = value
            make = nil
            return value
        }
    }
}
