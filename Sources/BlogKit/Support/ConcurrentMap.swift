import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores. Results keep the order of the input, so output
    /// stays deterministic.
    func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let base = buffer.baseAddress!
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                nonisolated(unsafe) let base = base
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    (base + index).initialize(to: transform(self[index]))
                }
            }
            initializedCount = count
        }
    }
}
