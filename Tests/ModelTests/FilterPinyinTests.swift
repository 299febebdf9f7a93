import Testing

@testable import ModelCore
@testable import ModelRead

/// Free text and the name keys in pinyin over the sample tasks: a pinyin term matches the tasks
/// whose leaders, units or towns it reads, besides the tasks whose text holds it.
@Suite struct FilterPinyinTests {
    private func ids(_ filter: String) throws -> [String] {
        try FilterFixtures.ids(filter)
    }

    @Test(arguments: ["mcj", "machangjun", "MaChangJun", "\"ma chang jun\"", "leader:mcj", "领导:machangjun"])
    func pinyinFindsALeadersTasks(_ filter: String) throws {
        #expect(try ids(filter) == ids("leader:马长军"))
    }

    @Test func pinyinFindsTownsAndUnits() throws {
        #expect(try ids("town:jjz") == ids("town:金积镇"))
        #expect(try ids("乡镇:jinjizhen") == ids("town:金积镇"))
        #expect(try ids("lead:qczj") == ids("lead:区财政局"))
        #expect(try ids("unit:fzhggj") == ids("unit:区发展和改革局"))
    }

    @Test func anAliasReadsForItsUnit() throws {
        // 发改局 is an alias of 区发展和改革局: its initials find the unit.
        #expect(try ids("unit:fgj") == ids("unit:区发展和改革局"))
        #expect(Set(try ids("fgj")).isSuperset(of: try ids("unit:区发展和改革局")))
    }

    @Test func pinyinAddsToTheTextsOwnMatches() throws {
        let tasks = [FilterFixtures.task("X-1", text: "PPP 模式"), FilterFixtures.task("X-2", units: ["区审批服务管理局"])]
        #expect(try FilterFixtures.ids("ppp", in: tasks) == ["X-1"])
        #expect(try FilterFixtures.ids("spfw", in: tasks) == ["X-2"])
        #expect(try FilterFixtures.ids("!spfw", in: tasks) == ["X-1"])
    }

    @Test func aPinyinTermMatchesFromAnyCharacterOfAName() throws {
        // 区民政局 reads qu min zheng ju: mzj starts at its second character; no leader reads so.
        #expect(try ids("mzj") == ids("unit:区民政局"))
        #expect(try ids("leader:mzj").isEmpty)
    }
}
