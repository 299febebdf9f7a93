import Foundation
import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelRead

/// The report round rule: the current round, its window, and which tasks owe or have handed in a report.
@Suite struct ReportingTests {
    static let june = Day("2020-06-30")!
    static let november = Day("2020-11-30")!
    static let rounds = [ReportRound(document: "P2", due: november), ReportRound(document: "P2", due: june)]
    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    static func entry(_ id: String, _ at: String, kind: ProgressEntry.Kind = .update, done: Bool = false) -> ProgressEntry {
        ProgressEntry(
            taskID: id, actor: "王芳", at: ISOTimestamp.date(at)!, kind: kind,
            newStatus: done ? .done : nil, note: kind == .update ? nil : "进展")
    }

    static func reporting(
        _ tasks: [Task], _ history: [ProgressEntry], today: String,
        rounds: [ReportRound] = rounds
    ) -> Reporting {
        let snapshot = Snapshot(
            tasks: tasks, documents: [StoreSample.plan, StoreSample.motions], history: history,
            reportRounds: rounds)
        return Reporting(snapshot: snapshot, today: Day(today)!, calendar: utc)
    }

    @Test(
        arguments: [
            ("2020-01-15", "2020-06-30", nil),  // before the first round: the first is current, every entry counts
            ("2020-06-30", "2020-06-30", nil),  // on a due day that round is still current
            ("2020-07-01", "2020-11-30", "2020-06-30"),  // the day after: the next round, opened after June's due day
            ("2020-09-15", "2020-11-30", "2020-06-30"),  // between rounds
            ("2020-11-30", "2020-11-30", "2020-06-30"),
            ("2021-03-01", "2020-11-30", "2020-06-30")  // after the last round it stays current
        ] as [(String, String, String?)])
    func theCurrentRoundIsTheFirstDueOnOrAfterToday(today: String, due: String, opensAfter: String?) {
        let window = Reporting.window(dues: [Self.november, Self.june], today: Day(today)!)
        #expect(window?.due == Day(due))
        #expect(window?.opensAfter == opensAfter.flatMap(Day.init))
    }

    @Test func aDocumentWithoutRoundsOwesNothing() {
        #expect(Reporting.window(dues: [], today: Self.june) == nil)
        let motion = Task(
            id: "M8-1", document: StoreSample.motions.name, number: 1, chapter: "议案", section: nil, text: "议案",
            leaders: [], leadUnits: ["区水务局"], responsibleUnits: [], deadline: nil)
        let reporting = Self.reporting([motion, StoreSample.task(1)], [], today: "2020-07-01")
        #expect(reporting.states == ["P2-1": .unreported])
        #expect(reporting.windows.keys.sorted() == ["P2"])
        #expect(reporting.windows["P2"]?.firstDay == Day("2020-07-01"))
    }

    @Test func onlyEntriesAfterThePreviousDueDayCount() {
        let tasks = (1...5).map { StoreSample.task($0) }
        let history = [
            Self.entry("P2-1", "2020-06-30T23:59:00Z"),  // last minute of June's round: not this one
            Self.entry("P2-2", "2020-07-01T00:00:00Z"),  // first minute of this round
            Self.entry("P2-3", "2020-08-10T09:00:00Z", kind: .note),  // a note is a report
            Self.entry("P2-4", "2020-12-05T09:00:00Z", kind: .instruction)  // late, but still after the window opened
        ]
        let reporting = Self.reporting(tasks, history, today: "2020-09-01")
        #expect(reporting.unreported == ["P2-1", "P2-5"])
        #expect(reporting.states["P2-2"] == .reported)
        #expect(reporting.states["P2-3"] == .reported)
        #expect(reporting.states["P2-4"] == .reported)
        // In June's round the same entry before its due day counts.
        #expect(Self.reporting(tasks, history, today: "2020-06-30").states["P2-1"] == .reported)
    }

    @Test func doneTasksOweAReportOnlyWhenCompletedInTheWindow() {
        let tasks = [
            StoreSample.task(1, status: .done), StoreSample.task(2, status: .done), StoreSample.task(3, status: .done),
            StoreSample.task(4, status: .inProgress)
        ]
        let history = [
            Self.entry("P2-1", "2020-05-20T09:00:00Z", done: true),  // done before the window: owes nothing
            Self.entry("P2-2", "2020-07-20T09:00:00Z", done: true),  // done in the window: that entry is its report
            Self.entry("P2-4", "2020-05-20T09:00:00Z", done: true)  // reopened since: owes like any open task
        ]
        let reporting = Self.reporting(tasks, history, today: "2020-07-21")
        #expect(reporting.states["P2-1"] == nil)
        #expect(reporting.states["P2-2"] == .reported)
        #expect(reporting.states["P2-3"] == nil)  // done with no entry saying when
        #expect(reporting.states["P2-4"] == .unreported)
        #expect(reporting.unreported == ["P2-4"])
    }

    @Test func leadUnitsCountReportedOverOwedInDirectoryOrder() {
        var water = StoreSample.task(3)
        water.leadUnits = ["区水务局", "区发展和改革局"]
        var orphan = StoreSample.task(4)
        orphan.leadUnits = []
        let tasks = [StoreSample.task(1), StoreSample.task(2), water, orphan]
        let reporting = Self.reporting(tasks, [Self.entry("P2-1", "2020-07-02T09:00:00Z")], today: "2020-07-03")
        let units = reporting.byLeadUnit(Snapshot(tasks: tasks, documents: [StoreSample.plan]))
        #expect(units.map(\.unit) == ["区发展和改革局", "区水务局", nil])
        #expect(units.map(\.reported) == [1, 0, 0])
        #expect(units.map(\.owed) == [3, 1, 1])
        let narrowed = reporting.byLeadUnit(Snapshot(tasks: tasks, documents: [StoreSample.plan])) { $0 != 0 }
        #expect(narrowed.map(\.owed) == [2, 1, 1])
    }

    @Test func theUnreportedFilterTermMatchesTheMissingReports() throws {
        let tasks = (1...3).map { StoreSample.task($0) }
        let reporting = Self.reporting(tasks, [Self.entry("P2-2", "2020-07-02T09:00:00Z")], today: "2020-07-03")
        let context = FilterContext(today: Day("2020-07-03")!, unreported: reporting.unreported)
        #expect(try FilterExpression.parse("unreported").apply(tasks, in: context).map(\.id) == ["P2-1", "P2-3"])
        #expect(try FilterExpression.parse("!unreported").apply(tasks, in: context).map(\.id) == ["P2-2"])
        #expect(try FilterExpression.parse("UNREPORTED 第3项").apply(tasks, in: context).map(\.id) == ["P2-3"])
        #expect(try FilterExpression.parse("\"unreported\"").apply(tasks, in: context).isEmpty)  // quoted: free text
    }

    @Test func theBundledPlanOwesEveryReportAtTheDemoDate() throws {
        let parsed = try SampleData.gazette()
        let snapshot = Snapshot(tasks: parsed.batch.tasks, documents: parsed.batch.documents, reportRounds: parsed.batch.rounds)
        let reporting = Reporting(snapshot: snapshot, today: SampleData.demoToday)
        #expect(reporting.unreported == Set(parsed.batch.tasks.filter { $0.id.hasPrefix("P2-") }.map(\.id)))
        #expect(reporting.unreported.count == 99)
        #expect(
            reporting.windows["P2"]
                == Reporting.Window(
                    round: ReportRound(document: "P2", due: Self.november),
                    opensAfter: Self.june))
        let view = SavedViews.builtIn(today: SampleData.demoToday).first { $0.nameZh == "未报送" }
        #expect(view?.filter == "unreported")
        #expect(view?.nameEn == "Not reported")
    }
}
