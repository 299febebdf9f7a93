/// The toneless pinyin of Chinese characters, of the words whose characters read otherwise
/// together (重庆 chong qing), and of surnames with a reading of their own (单 shan): the table
/// `scripts/generate-pinyin-table` writes from pypinyin's data into `Resources/pinyin.txt`.
struct PinyinTable: Sendable {
    /// Every syllable the table uses, as ASCII bytes; a character's reading is a place here.
    private let syllables: [[UInt8]]
    /// For each scalar from `firstScalar` on, its syllable's place plus one (0: no reading).
    private let byScalar: [UInt16]
    /// Words, and surnames, as their characters → a syllable's place for each character.
    private let words: [String: [UInt16]]
    private let surnames: [String: [UInt16]]
    private let longestWord: Int

    private static let firstScalar: UInt32 = 0x3400
    private static let lastScalar: UInt32 = 0x9FFF

    /// The table bundled with duban.
    static let standard = PinyinTable(String(decoding: PackageResources.pinyin_txt, as: UTF8.self))

    /// Reads the table's text: `[characters]` lines of a syllable and its characters, then
    /// `[words]` and `[surnames]` lines of characters and one syllable for each.
    init(_ text: String) {
        var syllables: [[UInt8]] = []
        var places: [String: UInt16] = [:]
        func place(_ syllable: Substring) -> UInt16 {
            if let known = places[String(syllable)] { return known }
            syllables.append(Array(syllable.utf8))
            places[String(syllable)] = UInt16(syllables.count - 1)
            return UInt16(syllables.count - 1)
        }
        var byScalar = [UInt16](repeating: 0, count: Int(Self.lastScalar - Self.firstScalar) + 1)
        var words: [String: [UInt16]] = [:]
        var surnames: [String: [UInt16]] = [:]
        var section = ""
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if line.hasPrefix("[") {
                section = String(line)
                continue
            }
            let fields = line.split(separator: " ")
            guard let first = fields.first else { continue }
            switch section {
            case "[characters]":
                let number = place(first) + 1
                for scalar in fields.dropFirst().joined().unicodeScalars where Self.covers(scalar.value) {
                    byScalar[Int(scalar.value - Self.firstScalar)] = number
                }
            case "[words]": words[String(first)] = fields.dropFirst().map(place)
            case "[surnames]": surnames[String(first)] = fields.dropFirst().map(place)
            default: continue
            }
        }
        self.syllables = syllables
        self.byScalar = byScalar
        self.words = words
        self.surnames = surnames
        longestWord = words.keys.map(\.count).max() ?? 0
    }

    private static func covers(_ scalar: UInt32) -> Bool {
        scalar >= firstScalar && scalar <= lastScalar
    }

    /// How `name` reads: a person's name (a leader's) starts with its surname's reading; then,
    /// from left to right, the longest word of the table that starts at each character, or the
    /// character's own reading. Letters and digits read as themselves, in lower case.
    func reading(of name: String, person: Bool) -> NameReading {
        let characters = Array(name)
        var result: [[UInt8]] = []
        var position = 0
        if person, let (length, places) = surname(of: characters) {
            result = places.map { syllables[Int($0)] }
            position = length
        }
        while position < characters.count {
            if let (length, places) = word(at: position, in: characters) {
                result += places.map { syllables[Int($0)] }
                position += length
            } else {
                result.append(syllable(of: characters[position]))
                position += 1
            }
        }
        return NameReading(syllables: result)
    }

    /// A surname of one or two characters that the table reads otherwise, followed by a given name.
    private func surname(of characters: [Character]) -> (Int, [UInt16])? {
        for length in [2, 1] where characters.count > length {
            if let places = surnames[String(characters[..<length])] { return (length, places) }
        }
        return nil
    }

    private func word(at position: Int, in characters: [Character]) -> (Int, [UInt16])? {
        let longest = min(longestWord, characters.count - position)
        guard longest >= 2 else { return nil }
        for length in stride(from: longest, through: 2, by: -1) {
            if let places = words[String(characters[position..<(position + length)])], places.count == length {
                return (length, places)
            }
        }
        return nil
    }

    /// A character's syllable: empty for punctuation and for characters the table lacks.
    private func syllable(of character: Character) -> [UInt8] {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return [] }
        if Self.covers(scalar.value) {
            let number = byScalar[Int(scalar.value - Self.firstScalar)]
            return number == 0 ? [] : syllables[Int(number) - 1]
        }
        let folded = FoldedText.fold(scalar.value)
        let isLetterOrDigit = (0x61...0x7A).contains(folded) || (0x30...0x39).contains(folded)
        return isLetterOrDigit ? [UInt8(folded)] : []
    }
}
