import Foundation

/// The size and seed of a fuzz or monkey run: a short seeded run by default (what CI affords),
/// a long one when the environment asks (`DUBAN_FUZZ_CASES=100000`, `DUBAN_MONKEY_KEYS=100000`).
public struct RunSettings: Sendable {
    public var count: Int
    public var seed: UInt64
    /// The first case (or key) index, to replay a case a crash reported.
    public var first: Int

    /// Reads `<prefix>` (the count), `<prefix>_SEED` and `<prefix>_FIRST` from the environment.
    public init(prefix: String, defaultCount: Int, defaultSeed: UInt64 = 20_200_701) {
        let environment = ProcessInfo.processInfo.environment
        count = environment[prefix].flatMap(Int.init) ?? defaultCount
        seed = environment[prefix + "_SEED"].flatMap { UInt64($0) } ?? defaultSeed
        first = environment[prefix + "_FIRST"].flatMap(Int.init) ?? 0
    }

    /// The case indices of the run.
    public var cases: Range<Int> { first..<(first + count) }
}
