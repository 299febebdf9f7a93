import Testing

@testable import ModelCore

@Suite struct DayTests {
    @Test func parsesAndPrints() {
        #expect(Day("2020-11-30")?.description == "2020-11-30")
        #expect(Day("2020-02-30") == nil)
        #expect(Day.endOfMonth(year: 2020, month: 2) == Day("2020-02-29"))
    }

    @Test func refusesAnythingButYYYYMMDD() {
        for text in ["2020-1-01", "2020-01-0a", "20200-1-01", "2020/01/01", "２０２０-01-01", "2020-+1-01", " 2020-01-01", ""] {
            #expect(Day(text) == nil, "\(text)")
        }
    }

    @Test func isTheDaySoManyDaysFromTheEpoch() {
        for days in [-800_000, -719_469, -1, 0, 59, 60, 11_016, 11_017, 18_321, 2_932_896] {
            #expect(Day(daysSinceEpoch: days).daysSinceEpoch == days, "\(days)")
        }
        #expect(Day(daysSinceEpoch: 11_017) == Day("2000-03-01"))
        #expect(Day(daysSinceEpoch: -1) == Day("1969-12-31"))
    }

    @Test func countsDaysFromTheEpoch() {
        #expect(Day("1970-01-01")!.daysSinceEpoch == 0)
        #expect(Day("2000-03-01")!.daysSinceEpoch == 11_017)
        #expect(Day("1969-12-31")!.daysSinceEpoch == -1)
    }

    @Test func overdueNeedsDeadlineAndNotDone() {
        let task = Task(
            id: "P2-1", document: "d", number: 1, chapter: "一", section: nil, text: "t",
            leaders: [], leadUnits: [], responsibleUnits: [], deadline: Day("2020-06-30"))
        #expect(task.isOverdue(today: Day("2020-07-01")!))
        #expect(!task.isOverdue(today: Day("2020-06-30")!))
    }
}
