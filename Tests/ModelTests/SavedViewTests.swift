import Testing

@testable import ModelCore
@testable import ModelRead

@Suite struct SavedViewTests {
    @Test func builtInsComeInOrderWithBothNames() {
        let views = SavedViews.builtIn(today: Day("2020-07-01")!)
        #expect(views.map(\.nameZh) == ["逾期", "滞后", "本月到期", "未启动", "已完成", "未报送"])
        #expect(views.map(\.nameEn) == ["Overdue", "Behind", "Due this month", "Not started", "Done", "Not reported"])
        #expect(
            views.map(\.filter) == [
                "overdue", "status:behind", "due:>=2020-07-01 due:<=2020-07-31 !status:done",
                "status:not_started", "status:done", "unreported"
            ])
    }

    @Test func dueThisMonthFollowsToday() {
        let february = SavedViews.builtIn(today: Day("2020-02-15")!)[2]
        #expect(february.filter == "due:>=2020-02-01 due:<=2020-02-29 !status:done")
    }

    @Test func everyBuiltInParsesAndFilters() throws {
        let today = Day("2020-09-01")!
        let context = FilterContext(today: today, unreported: ["P2-4", "P2-5", "P2-6"])
        let counts = try SavedViews.builtIn(today: today).map { view in
            try FilterExpression.parse(view.filter).apply(FilterFixtures.tasksWithStatuses, in: context).count
        }
        #expect(counts == [3, 1, 181, 347, 2, 3])
    }

    @Test func aUserViewHasOneName() {
        let view = SavedView(name: "金积镇逾期", filter: "town:金积镇 overdue")
        #expect(view.nameZh == "金积镇逾期")
        #expect(view.nameEn == "金积镇逾期")
    }
}
