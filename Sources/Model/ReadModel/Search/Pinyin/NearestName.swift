import ModelCore

/// The known name nearest to one that was written and matches nothing.
///
/// Pinyin typed (`machangju`) is near a name whose syllables or initials are at most one letter
/// away (two, from five letters on). Chinese (`马常军`) is nearest a name that sounds the same
/// (马长军: the mistake of an input method), else one with the fewest characters changed, at most
/// one for each three written (and one at least). Ties go to the name met first.
struct NearestName {
    let written: String

    init(_ written: String) {
        self.written = Directory.normalise(written)
    }

    func among(_ names: [(name: String, reading: NameReading)]) -> String? {
        let scored: [(name: String, score: (Int, Int))]
        if let query = PinyinQuery(written) {
            let limit = query.letters.count < 5 ? 1 : 2
            scored = names.compactMap { name, reading in
                let initials = reading.syllables.compactMap(\.first)
                let distance = min(Self.distance(query.letters, reading.letters), Self.distance(query.letters, initials))
                return reading.isEmpty || distance > limit ? nil : (name, (distance, 0))
            }
        } else {
            let characters = Array(written)
            let sound = PinyinTable.standard.reading(of: written, person: false).letters
            let limit = max(1, characters.count / 3)
            scored = names.compactMap { name, reading in
                let soundsSame = !sound.isEmpty && reading.letters == sound
                let distance = Self.distance(characters, Array(name))
                return soundsSame || distance <= limit ? (name, (soundsSame ? 0 : 1, distance)) : nil
            }
        }
        return scored.min { $0.score < $1.score }?.name
    }

    /// The fewest insertions, deletions and replacements that turn `a` into `b` (Levenshtein).
    static func distance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
