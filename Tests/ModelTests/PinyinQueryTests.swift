import Testing

@testable import ModelRead

/// Pinyin as typed against a name's reading: initials, whole syllables, a mix, from any character.
@Suite struct PinyinQueryTests {
    private func matches(_ typed: String, _ name: String, person: Bool = false) -> Bool {
        guard let query = PinyinQuery(typed) else { return false }
        return query.matches(PinyinTable.standard.reading(of: name, person: person))
    }

    @Test(arguments: ["mcj", "machangjun", "MCJ", "ｍｃｊ", "ma chang jun", "Ma'chang'jun", "machj", "mchjun", "mach", "m", "cj", "changjun"])
    func matchesMaChangjun(_ typed: String) {
        #expect(matches(typed, "马长军", person: true))
    }

    @Test(arguments: ["mzj", "mcjx", "mjc", "machangjunx", "macj2", "ajun", "hangjun"])
    func doesNotMatchMaChangjun(_ typed: String) {
        #expect(!matches(typed, "马长军", person: true))
    }

    @Test func townsUnitsAndSurnames() {
        #expect(matches("jjz", "金积镇"))
        #expect(matches("jinjizhen", "金积镇"))
        #expect(matches("fzhggj", "区发展和改革局"))
        #expect(matches("czj", "区财政局"))
        #expect(!matches("fzhggj", "区发展和改（革局）"))
        #expect(matches("swj", "单文军", person: true))
        #expect(!matches("dwj", "单文军", person: true))
        #expect(matches("dwj", "单文军"))
    }

    @Test func onlyLettersArePinyin() {
        #expect(PinyinQuery("p2") == nil)
        #expect(PinyinQuery("马") == nil)
        #expect(PinyinQuery("") == nil)
        #expect(PinyinQuery(" ' ") == nil)
        #expect(PinyinQuery(String(repeating: "a", count: 64)) == nil)
        #expect(PinyinQuery("Ａb c")?.letters == Array("abc".utf8))
    }
}
