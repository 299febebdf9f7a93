/// How a list level writes its number (numbering.xml `w:numFmt`), as Word renders each format.
enum WordNumberFormat: Equatable, Sendable {
    case decimal, decimalZero, decimalFullWidth, decimalEnclosedCircle
    case upperLetter, lowerLetter, upperRoman, lowerRoman
    case chineseCounting, chineseCountingThousand, ideographTraditional, japaneseCounting
    /// A bullet: the reader writes no label for it.
    case bullet
    /// No number; the level text's other characters still show.
    case none

    /// The format named by `w:numFmt w:val`; a format this reader does not know counts as decimal.
    init(_ name: String) {
        switch name {
        case "decimalZero": self = .decimalZero
        case "decimalFullWidth", "decimalFullWidth2": self = .decimalFullWidth
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": self = .decimalEnclosedCircle
        case "upperLetter": self = .upperLetter
        case "lowerLetter": self = .lowerLetter
        case "upperRoman": self = .upperRoman
        case "lowerRoman": self = .lowerRoman
        case "chineseCounting": self = .chineseCounting
        case "chineseCountingThousand": self = .chineseCountingThousand
        case "ideographTraditional": self = .ideographTraditional
        case "japaneseCounting": self = .japaneseCounting
        case "bullet": self = .bullet
        case "none": self = .none
        default: self = .decimal
        }
    }

    /// `number` written in this format; where a format has no form for it (①…⑳ stop at 20),
    /// it is written in decimal.
    func text(for number: Int) -> String {
        switch self {
        case .decimal: return String(number)
        case .decimalZero: return (0...9).contains(number) ? "0\(number)" : String(number)
        case .decimalFullWidth: return String(String(number).map { digit in digit.wholeNumberValue.map { Self.fullWidthDigits[$0] } ?? digit })
        case .decimalEnclosedCircle: return (1...20).contains(number) ? String(Self.circledNumbers[number - 1]) : String(number)
        case .upperLetter: return Self.letters(number)
        case .lowerLetter: return Self.letters(number).lowercased()
        case .upperRoman: return Self.roman(number)
        case .lowerRoman: return Self.roman(number).lowercased()
        case .chineseCounting, .chineseCountingThousand: return WordCJKNumerals.chinese(number)
        case .ideographTraditional: return WordCJKNumerals.heavenlyStem(number)
        case .japaneseCounting: return WordCJKNumerals.japanese(number)
        case .bullet, .none: return ""
        }
    }

    private static let fullWidthDigits = Array("０１２３４５６７８９")
    private static let circledNumbers = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    /// A, B, … Z, then AA, BB, … as Word repeats the letter.
    private static func letters(_ number: Int) -> String {
        guard number >= 1 else { return String(number) }
        return String(repeating: alphabet[(number - 1) % 26], count: (number - 1) / 26 + 1)
    }

    private static func roman(_ number: Int) -> String {
        guard (1...3999).contains(number) else { return String(number) }
        let values =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC")]
            + [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var text = ""
        for (value, letters) in values {
            while rest >= value {
                text += letters
                rest -= value
            }
        }
        return text
    }
}
