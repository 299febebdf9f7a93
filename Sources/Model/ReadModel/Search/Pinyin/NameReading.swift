/// How a name reads in pinyin: one toneless syllable for each of its characters, as ASCII bytes
/// (empty for a character without one, such as a bracket). See `PinyinTable.reading(of:person:)`.
struct NameReading: Sendable, Equatable {
    let syllables: [[UInt8]]

    /// The syllables run together, `machangjun`: what two names that sound alike share.
    var letters: [UInt8] { Array(syllables.joined()) }

    /// Whether the name has a reading at all: a name of Chinese characters, letters or digits.
    var isEmpty: Bool { syllables.allSatisfy(\.isEmpty) }
}
