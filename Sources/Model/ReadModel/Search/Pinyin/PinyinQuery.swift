/// A term typed in pinyin: ASCII letters, in any case and width, with spaces and apostrophes
/// between syllables ignored (`mcj`, `machangjun`, `Ma Chang'jun`).
///
/// It matches a name when it can be cut into pieces, each the beginning of one character's
/// syllable, for characters that follow one another in the name from any of them: initials
/// (`mcj` 马长军, `jjz` 金积镇), whole syllables (`machangjun`), a mix (`machj`) and a part of
/// the name (`cj`, `fzhg` in 区发展和改革局), as pinyin search in contact lists works.
struct PinyinQuery: Sendable, Equatable {
    let letters: [UInt8]

    /// Nil unless `text` is pinyin: letters only, and fewer than 64 of them.
    init?(_ text: String) {
        var letters: [UInt8] = []
        for scalar in text.unicodeScalars {
            let folded = FoldedText.fold(scalar.value)
            if [0x20, 0x27, 0x2019, 0x3000].contains(folded) { continue }
            guard (0x61...0x7A).contains(folded) else { return nil }
            letters.append(UInt8(folded))
        }
        guard !letters.isEmpty, letters.count < 64 else { return nil }
        self.letters = letters
    }

    func matches(_ reading: NameReading) -> Bool {
        let syllables = reading.syllables
        let whole: UInt64 = 1 << letters.count
        for start in syllables.indices {
            // Bit p: the first p letters are matched by the characters from `start` so far.
            var reached: UInt64 = 1
            for syllable in syllables[start...] {
                reached = advance(reached, over: syllable)
                if reached & whole != 0 { return true }
                if reached == 0 { break }
            }
        }
        return false
    }

    /// Where the letters reach after one more character: from each place reached, on by 1 to
    /// all of the syllable's letters, as far as they agree with the query's.
    private func advance(_ reached: UInt64, over syllable: [UInt8]) -> UInt64 {
        var next: UInt64 = 0
        var places = reached
        while places != 0 {
            let place = places.trailingZeroBitCount
            places &= places - 1
            var length = 0
            while length < syllable.count, place + length < letters.count, letters[place + length] == syllable[length] {
                length += 1
                next |= 1 << (place + length)
            }
        }
        return next
    }
}
