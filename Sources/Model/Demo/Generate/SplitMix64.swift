/// A seeded SplitMix64 generator: the same seed gives the same numbers on every machine and every
/// Swift release, which the standard library's `random(in:using:)` does not promise.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0); the modulo bias is far below anything a benchmark notices.
    public mutating func below(_ bound: Int) -> Int {
        Int((next() >> 11) % UInt64(bound))
    }

    /// A number in `range`.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with the given chance in percent.
    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// An index drawn by weight: `weights[i]` / sum is the chance of `i`.
    public mutating func weighted(_ weights: [Int]) -> Int {
        var roll = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    /// `count` distinct elements of `items` in the order drawn (all of them when there are fewer).
    public mutating func sample<T>(_ count: Int, of items: [T]) -> [T] {
        var pool = items
        let taken = min(count, pool.count)
        for i in 0..<taken {
            pool.swapAt(i, i + below(pool.count - i))
        }
        return Array(pool[0..<taken])
    }
}
