import ModelDemo

extension SplitMix64 {
    /// A generator for case `index` of a run with `seed`: each fuzz or monkey case can be
    /// replayed alone from its seed and index.
    public init(seed: UInt64, case index: Int) {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        self.init(seed: mixer.next())
    }
}
