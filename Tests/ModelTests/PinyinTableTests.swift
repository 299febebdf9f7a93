import Testing

@testable import ModelRead

/// The readings table generated from pypinyin's data (`scripts/generate-pinyin-table`): each
/// character's most common reading, words that read otherwise together, surnames.
@Suite struct PinyinTableTests {
    private func reading(_ name: String, person: Bool = false) -> String {
        PinyinTable.standard.reading(of: name, person: person).syllables.map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: " ")
    }

    @Test func charactersTakeTheirMostCommonReading() {
        #expect(reading("马长军", person: true) == "ma chang jun")
        #expect(reading("金积镇") == "jin ji zhen")
        #expect(reading("区发展和改革局") == "qu fa zhan he gai ge ju")
        #expect(reading("吕") == "lv")
    }

    @Test func wordsReadAsWords() {
        #expect(reading("重庆市") == "chong qing shi")
        #expect(reading("重要") == "zhong yao")
        #expect(reading("区农业银行") == "qu nong ye yin hang")
        #expect(reading("区河湖长办") == "qu he hu zhang ban")
    }

    @Test func aPersonsSurnameTakesItsOwnReading() {
        #expect(reading("单文军", person: true) == "shan wen jun")
        #expect(reading("单文军") == "dan wen jun")
        #expect(reading("区小华", person: true) == "ou xiao hua")
        #expect(reading("尉迟恭", person: true) == "yu chi gong")
        #expect(reading("单", person: true) == "dan")
    }

    @Test func othersReadAsThemselvesOrNotAtAll() {
        #expect(reading("Ａ区5G（办）") == "a qu 5 g  ban ")
    }

    @Test func theTableCoversTheCommonCharacters() {
        let basic = (0x4E00...0x9FA5).compactMap(Unicode.Scalar.init).map { String(Character($0)) }
        let read = basic.filter { !PinyinTable.standard.reading(of: $0, person: false).isEmpty }
        #expect(read.count > 20_000)
    }
}
