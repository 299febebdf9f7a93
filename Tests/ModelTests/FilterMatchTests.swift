import Testing

@testable import ModelCore
@testable import ModelRead

/// Filters run over the 352 real sample tasks, today 2020-07-01.
@Suite struct FilterMatchTests {
    let tasks = FilterFixtures.tasks

    private func ids(_ filter: String, in tasks: [Task] = FilterFixtures.tasks) throws -> [String] {
        try FilterFixtures.ids(filter, in: tasks)
    }

    @Test func emptyFilterKeepsEveryTask() throws {
        #expect(try ids("").count == 352)
    }

    @Test func leaderAndDocument() throws {
        #expect(try ids("leader:马长军 doc:P2").count == 27)
        #expect(try ids("leader:马长军").count == 38)
        #expect(try ids("leader:马长军") == ids("leader:马 长军"))
    }

    @Test func anUnknownLeaderMatchesPartOfAName() throws {
        #expect(try ids("leader:马").count == 44)
        #expect(try ids("leader:某某").isEmpty)
    }

    @Test func unitResolvesAliases() throws {
        let canonical = try ids("unit:区发展和改革局")
        #expect(canonical.count == 112)
        #expect(try ids("unit:发改局") == canonical)
        #expect(try ids("unit:发展和改革局（金融工作局）") == canonical)
        #expect(try ids("unit:\"区 发展\"") == canonical)
    }

    @Test func leadIsOnlyTheLeadUnit() throws {
        let lead = try ids("lead:发改局")
        #expect(lead.count == 41)
        #expect(Set(lead).isSubset(of: try ids("unit:发改局")))
        #expect(lead.contains("P2-1"))
        #expect(!lead.contains("P2-3"))
    }

    @Test func unitAgreesWithTheCLIFilterForEveryKnownUnit() {
        for unit in Directory.standard.units.map(\.name) {
            let expected = TaskFilter(unit: unit).apply(tasks, today: FilterFixtures.today, directory: .standard).map(\.id)
            #expect((try? ids("unit:\(unit)")) == expected, "\(unit)")
        }
    }

    @Test func townIncludesTheGroupsThatCoverIt() throws {
        let shengli = try ids("town:胜利镇 doc:P2")
        #expect(shengli.contains("P2-6"))
        #expect(shengli.contains("P2-1"))
        #expect(!shengli.contains("P2-7"))
        #expect(try ids("town:金积镇 doc:P2").contains("P2-7"))
        #expect(try ids("town:胜利镇").count == 71)
        #expect(try ids("town:金积镇").count == 90)
        #expect(try ids("town:金积") == ids("town:金积镇"))
    }

    @Test func townAgreesWithTheCLIFilterForEveryTown() {
        let towns = Directory.standard.units.filter { $0.kind == .town }.map(\.name)
        #expect(towns.count == 12)
        for town in towns {
            let expected = TaskFilter(town: town).apply(tasks, today: FilterFixtures.today, directory: .standard).map(\.id)
            #expect((try? ids("town:\(town)")) == expected, "\(town)")
        }
    }

    @Test func aTownGroupMeansItsTowns() throws {
        let farming = try ids("town:各涉农乡镇")
        #expect(farming.contains("P2-7"))
        #expect(Set(try ids("town:金积镇")).isSubset(of: farming))
        #expect(!farming.contains("P2-6"))
        #expect(try ids("town:不存在").isEmpty)
    }

    @Test func statusAnyOf() throws {
        let tasks = FilterFixtures.tasksWithStatuses
        #expect(try ids("status:behind,blocked", in: tasks) == ["P2-2", "P2-3"])
        #expect(try ids("status:已完成", in: tasks) == ["P2-1", "E11-1"])
        #expect(try ids("status:in_progress", in: tasks) == ["P2-4"])
        #expect(try ids("!status:done", in: tasks).count == 350)
        #expect(try ids("!status:done").count == 352)
        #expect(try ids("status:未启动", in: tasks).count == 347)
    }

    @Test func documentByCodeOrName() throws {
        #expect(try ids("doc:P2").count == 99)
        #expect(try ids("doc:p2") == ids("doc:P2"))
        #expect(try ids("doc:8号").count == 181)
        #expect(try ids("doc:附件5").count == 32)
        #expect(try ids("doc:P").isEmpty)
    }

    @Test func chapterNumeralIsExact() throws {
        let second = try ids("chapter:二")
        #expect(second.count == 13)
        #expect(try ids("chapter:坚定不移扩投资") == ids("doc:P2 chapter:二"))
        let made = [
            FilterFixtures.task("X-1", chapter: "一、甲"), FilterFixtures.task("X-11", chapter: "十一、乙"),
            FilterFixtures.task("X-2", chapter: "（一）丙")
        ]
        #expect(try ids("chapter:一", in: made) == ["X-1"])
        #expect(try ids("chapter:十一", in: made) == ["X-11"])
        #expect(try ids("chapter:(一)", in: made) == ["X-2"])
    }

    @Test func chapterTextAlsoSearchesSections() throws {
        #expect(try ids("chapter:精心谋划抓项目").count > 0)
        #expect(try ids("chapter:精心谋划抓项目").allSatisfy { $0.hasPrefix("P2-") })
    }

    @Test func overdueUsesToday() throws {
        #expect(try ids("overdue") == ["E11-1", "E11-2", "E11-3", "E11-4"])
        #expect(try ids("overdue", in: FilterFixtures.tasksWithStatuses) == ["E11-2", "E11-3", "E11-4"])
        #expect(try ids("!overdue").count == 348)
        let earlier = FilterContext(today: Day("2020-05-31")!)
        #expect(try FilterFixtures.ids("overdue", context: earlier).isEmpty)
    }

    @Test func dueComparesDeadlines() throws {
        #expect(try ids("due:<2020-06-30") == ["E11-1", "E11-2", "E11-3", "E11-4"])
        #expect(try ids("due:<=2020-09-15").count == 185)
        #expect(try ids("due:<2020-09-15").count == 4)
        #expect(try ids("due:>2020-09-15").count == 105)
        #expect(try ids("due:>=2020-09-15").count == 286)
        #expect(try ids("due:=2020-10-31") == ["E11-7", "E11-8", "E11-9", "E11-10"])
        #expect(try ids("due:>2000-01-01").count == 290)
        #expect(try ids("!due:>2000-01-01").count == 62)
    }

    @Test func freeTextSearchesTextIdPeopleUnitsAndCaseNumbers() throws {
        #expect(try ids("地区生产总值") == ["P2-1"])
        #expect(try ids("p2-1").count == 11)
        #expect(try ids("丁爱华") == ["N8-1", "N8-16", "N8-31"])
        #expect(try ids("议案第1号") == ["N8-1"])
        #expect(try ids("马长军").count == 38)
        #expect(try ids("区发展和改革局").count == 112)
    }

    @Test func freeTextIgnoresCaseAndWidth() throws {
        #expect(try ids("中华a区") == ["N8-25"])
        #expect(try ids("中华Ａ区") == ["N8-25"])
        let made = [FilterFixtures.task("X-1", text: "ÉCOLE ΑΒΓ"), FilterFixtures.task("X-2", text: "（一）PPP")]
        #expect(try ids("école", in: made) == ["X-1"])
        #expect(try ids("αβγ", in: made) == ["X-1"])
        #expect(try ids("(一)ｐｐｐ", in: made) == ["X-2"])
    }

    @Test func negationAndQuotes() throws {
        let jinji = try ids("金积镇")
        #expect(jinji.count == 6)
        #expect(try ids("!金积镇").count == 346)
        #expect(try ids("\"确保 3 月份\"") == ["P2-11"])
        #expect(try ids("确保 3 月份").count >= 1)
        #expect(try ids("\"确保 3 月份\" !doc:P2").isEmpty)
    }

    @Test func matchesAgreesWithApply() throws {
        let context = FilterFixtures.context
        for text in ["", "overdue", "town:胜利镇 !status:done", "unit:发改局 投资", "due:>2020-09-15 !lead:财政局"] {
            let expression = try FilterExpression.parse(text)
            #expect(tasks.filter { expression.matches($0, in: context) } == expression.apply(tasks, in: context), "\(text)")
        }
    }
}
