import Testing
@testable import Model

@Suite struct DayTests {
    @Test func parsesAndPrints() {
        #expect(Day("2020-11-30")?.description == "2020-11-30")
        #expect(Day("2020-02-30") == nil)
        #expect(Day.endOfMonth(year: 2020, month: 2) == Day("2020-02-29"))
    }

    @Test func overdueNeedsDeadlineAndNotDone() {
        let task = Task(id: "P2-1", document: "d", number: 1, chapter: "一", section: nil, text: "t",
                        leaders: [], leadUnits: [], responsibleUnits: [], deadline: Day("2020-06-30"))
        #expect(task.isOverdue(today: Day("2020-07-01")!))
        #expect(!task.isOverdue(today: Day("2020-06-30")!))
    }
}
