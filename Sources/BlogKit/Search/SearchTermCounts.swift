/// A post's terms and their weights while they are counted: an
/// open-addressing table on the terms' 64-bit codes. A post of a few
/// thousand characters gives twice as many character and pair lookups, and
/// `Dictionary` would hash each with SipHash; a multiply and a shift are
/// enough. The mix is seeded per process, so text cannot be written to make
/// its terms collide; what the table holds comes out in an order no file
/// depends on (`SearchIndex` sorts).
struct SearchTermCounts {
    /// Marks an empty slot: no term has this code (its top two bits would
    /// be a fourth kind).
    private static let empty = UInt64.max
    private static let processSeed = UInt64.random(in: 0...UInt64.max)

    /// The process's seed, held here so a lookup does not ask for it.
    private let seed = Self.processSeed

    private var codes: [UInt64]
    private var weights: [UInt8]
    /// 64 less the bits of a slot number.
    private var shift: UInt64
    private(set) var count = 0

    /// Room for about `expected` terms before the table grows.
    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity *= 2 }
        codes = Array(repeating: Self.empty, count: capacity)
        weights = Array(repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// One more time in the text, up to 3.
    @inline(__always)
    mutating func count(_ term: SearchTerm) {
        let slot = slot(adding: term)
        if weights[slot] & 3 < 3 { weights[slot] += 1 }
    }

    /// Found in the title (8) or a heading (4).
    @inline(__always)
    mutating func mark(_ term: SearchTerm, with weight: UInt8) {
        weights[slot(adding: term)] |= weight
    }

    /// Each term and its weight.
    func forEach(_ body: (SearchTerm, UInt8) -> Void) {
        for (slot, code) in codes.enumerated() where code != Self.empty {
            body(SearchTerm(code: code), weights[slot])
        }
    }

    /// The slot of `term`, taken for it if it is new.
    @inline(__always)
    private mutating func slot(adding term: SearchTerm) -> Int {
        var slot = slot(of: term.code)
        if codes[slot] == Self.empty {
            if (count + 1) * 2 > codes.count {
                grow()
                slot = self.slot(of: term.code)
            }
            codes[slot] = term.code
            count += 1
        }
        return slot
    }

    /// Where `code` is, or the empty slot where it would go.
    @inline(__always)
    private func slot(of code: UInt64) -> Int {
        // Fibonacci hashing: the product's top bits depend on all of the code's.
        var slot = Int(truncatingIfNeeded: ((code ^ seed) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while codes[slot] != Self.empty && codes[slot] != code { slot = (slot + 1) & (codes.count - 1) }
        return slot
    }

    private mutating func grow() {
        let old = (codes, weights)
        codes = Array(repeating: Self.empty, count: old.0.count * 2)
        weights = Array(repeating: 0, count: old.0.count * 2)
        shift -= 1
        for (slot, code) in old.0.enumerated() where code != Self.empty {
            let new = self.slot(of: code)
            codes[new] = code
            weights[new] = old.1[slot]
        }
    }
}
