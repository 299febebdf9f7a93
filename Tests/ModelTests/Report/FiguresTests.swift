import Foundation
import Testing

@testable import ModelCore
@testable import ModelRead

/// The read model's figures, which the overview draws and every report prints, against counts
/// made here task by task.
@Suite struct FiguresTests {
    static let today = Day("2020-07-01")!

    /// The sample with statuses set, a task overdue and behind, and two report rounds of P2.
    static let snapshot: Snapshot = {
        var tasks = FilterFixtures.tasksWithStatuses
        let late = tasks.firstIndex { $0.id == "P2-2" }!
        tasks[late].deadline = Day("2020-06-01")
        let rounds = [ReportRound(document: "P2", due: Day("2020-06-30")!), ReportRound(document: "P2", due: Day("2020-11-30")!)]
        let documents = Array(Set(tasks.map(\.document))).sorted().enumerated().map { offset, name in
            Document(code: tasks.first { $0.document == name }!.id.split(separator: "-")[0].description, name: name, title: "", defaultDeadline: nil)
        }
        let note = ProgressEntry(taskID: "P2-5", actor: "lisi", at: Date(timeIntervalSince1970: 1_593_700_000), kind: .note, note: "已开工")
        return Snapshot(tasks: tasks, documents: documents, history: [note], reportRounds: rounds)
    }()

    @Test func eachTaskHasOneStandingAndOverdueWinsOverBehind() {
        #expect(Standing(status: .behind, deadline: Day("2020-06-01"), today: Self.today) == .overdue)
        #expect(Standing(status: .blocked, deadline: Day("2020-08-01"), today: Self.today) == .behind)
        #expect(Standing(status: .done, deadline: Day("2020-06-01"), today: Self.today) == .done)
        #expect(Standing(status: .notStarted, deadline: Self.today, today: Self.today) == .notStarted, "due today is not overdue")
        #expect(Standing(status: .inProgress, deadline: nil, today: Self.today) == .inProgress)
        #expect(Standing.inProgress.isOnSchedule && !Standing.behind.isOnSchedule && Standing.overdue.isLagging)
    }

    @Test func theTotalsAreTheTasksCountedOneByOne() {
        let reporting = Reporting(snapshot: Self.snapshot, today: Self.today)
        let figures = Figures(snapshot: Self.snapshot, reporting: reporting, today: Self.today)
        let tasks = Self.snapshot.tasks
        let total = figures.total
        #expect(total.tasks == tasks.count)
        #expect(total.done == tasks.filter { $0.status == .done }.count)
        #expect(total.overdue == tasks.filter { $0.isOverdue(today: Self.today) }.count)
        #expect(total.behind == tasks.filter { [.behind, .blocked].contains($0.status) && !$0.isOverdue(today: Self.today) }.count)
        #expect(total.done + total.onSchedule + total.behind + total.overdue == total.tasks)
        #expect(total.unreported == reporting.unreported.count)
        #expect(Status.allCases.map(total.count).reduce(0, +) == total.tasks)
        #expect(total.completionPercent == String(format: "%.1f%%", Double(total.done) * 100 / Double(total.tasks)))
    }

    @Test func aMaskNarrowsEveryFigure() {
        let reporting = Reporting(snapshot: Self.snapshot, today: Self.today)
        let mask = Self.snapshot.tasks.map { $0.leaders.contains("马长军") }
        let figures = Figures(snapshot: Self.snapshot, reporting: reporting, today: Self.today, including: mask)
        #expect(figures.total.tasks == mask.filter { $0 }.count)
        #expect(figures.byLeader.first { $0.name == "马长军" }?.tally.tasks == figures.total.tasks)
        #expect(figures.byLeader.count == Self.snapshot.leaders.count, "every leader keeps a bar, empty when none of theirs passes")
        let unit = figures.byLeadUnit(Self.snapshot)
        #expect(unit.map(\.tally.tasks).reduce(0, +) >= figures.total.tasks)
    }

    @Test func theLeadUnitsComeInThe报送PanelsOrderWithTheSameUnreportedCounts() {
        let reporting = Reporting(snapshot: Self.snapshot, today: Self.today)
        let figures = Figures(snapshot: Self.snapshot, reporting: reporting, today: Self.today)
        let owing = reporting.byLeadUnit(Self.snapshot)
        let units = figures.byLeadUnit(Self.snapshot).filter { $0.tally.unreported > 0 }
        let expected = owing.filter { $0.unreported > 0 }
        #expect(units.map(\.name) == expected.map(\.unit))
        #expect(units.map(\.tally.unreported) == expected.map(\.unreported))
        #expect(figures.byLeadUnit(Self.snapshot).last?.name == nil, "tasks with no lead unit come last")
    }
}
