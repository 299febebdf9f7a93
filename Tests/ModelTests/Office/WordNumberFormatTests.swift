import Testing

@testable import ModelCore
@testable import ModelImport

/// Each list number format writes numbers as Word does.
@Suite struct WordNumberFormatTests {
    @Test func chineseCountingWritesTensAndHundredsAsWordDoes() {
        let expected = [
            1: "一", 9: "九", 10: "十", 11: "十一", 19: "十九", 20: "二十", 21: "二十一", 35: "三十五", 99: "九十九", 100: "一百",
            101: "一百零一", 110: "一百一十", 1001: "一千零一", 1010: "一千零一十"
        ]
        for (number, text) in expected {
            #expect(WordNumberFormat.chineseCounting.text(for: number) == text, "\(number)")
            #expect(WordNumberFormat.chineseCountingThousand.text(for: number) == text, "\(number)")
        }
    }

    @Test func japaneseCountingWritesNoOneBeforeTenOrAHundred() {
        let expected = [1: "一", 10: "十", 11: "十一", 20: "二十", 100: "百", 111: "百十一", 2000: "二千"]
        for (number, text) in expected { #expect(WordNumberFormat.japaneseCounting.text(for: number) == text, "\(number)") }
    }

    @Test func lettersRepeatPastZAndRomanNumeralsSubtract() {
        #expect([1, 26, 27, 28, 53].map(WordNumberFormat.upperLetter.text) == ["A", "Z", "AA", "BB", "AAA"])
        #expect(WordNumberFormat.lowerLetter.text(for: 3) == "c")
        #expect([4, 9, 14, 40, 1994, 3999].map(WordNumberFormat.upperRoman.text) == ["IV", "IX", "XIV", "XL", "MCMXCIV", "MMMCMXCIX"])
        #expect(WordNumberFormat.lowerRoman.text(for: 12) == "xii")
    }

    @Test func decimalVariantsAndTheHeavenlyStems() {
        #expect([3, 10].map(WordNumberFormat.decimalZero.text) == ["03", "10"])
        #expect(WordNumberFormat.decimalFullWidth.text(for: 305) == "３０５")
        #expect([1, 10, 20, 21].map(WordNumberFormat.decimalEnclosedCircle.text) == ["①", "⑩", "⑳", "21"])
        #expect([1, 2, 10, 11].map(WordNumberFormat.ideographTraditional.text) == ["甲", "乙", "癸", "11"])
        #expect(WordNumberFormat.bullet.text(for: 1) == "" && WordNumberFormat.none.text(for: 1) == "")
    }

    @Test func formatNamesMapAsWordWritesThemAndAnUnknownOneIsDecimal() {
        #expect(WordNumberFormat("decimalEnclosedCircleChinese") == .decimalEnclosedCircle)
        #expect(WordNumberFormat("chineseCountingThousand") == .chineseCountingThousand)
        #expect(WordNumberFormat("ordinalText") == .decimal)
    }

    @Test func numbersAFormatCannotWriteFallBackToDecimal() {
        #expect(WordNumberFormat.chineseCounting.text(for: 0) == "〇")
        #expect(WordNumberFormat.chineseCounting.text(for: 12345) == "12345")
        #expect(WordNumberFormat.upperRoman.text(for: 0) == "0")
        #expect(WordNumberFormat.upperLetter.text(for: -2) == "-2")
        #expect(WordNumberFormat.decimalFullWidth.text(for: -4) == "-４")
    }
}
