import Foundation
import Testing
@testable import Dashboard
import Model

/// View 6 未报送 with some reports handed in: counts per lead unit, the missing tasks, the filter.
@Suite struct UnreportedViewTests {
    /// The bundled snapshot with a note on P2-1 on the demo date (in the 11-30 round's window).
    private func reported(_ snapshot: Snapshot, _ ids: [String]) -> Snapshot {
        let at = DateComponents(calendar: .current, year: 2020, month: 7, day: 1, hour: 10).date!
        let entries = ids.map { ProgressEntry(taskID: $0, actor: "王芳", at: at, kind: .note, note: "已报送") }
        return Snapshot(tasks: snapshot.tasks, documents: snapshot.documents, history: entries, reportRounds: snapshot.reportRounds)
    }

    @Test func groupsCountMissingReportsAndListOnlyThem() {
        var state = DashboardFixture.state(width: 120, height: 40)
        state.replace(snapshot: reported(state.snapshot, ["P2-1", "P2-2"]), now: Date())
        DashboardFixture.press("6", on: &state)
        let development = state.groupRows(.unreported).first { $0.key == "区发展和改革局" }
        #expect(development?.pending == 14)
        #expect(development?.total == 16)
        let ids = state.taskRows(.unreported).map { state.snapshot.tasks[$0.task].id }
        #expect(ids.count == 14)
        #expect(!ids.contains("P2-1") && !ids.contains("P2-2") && ids.contains("P2-8"))
        #expect(state.roundStatement == "报送轮次 2020-11-30，自 2020-07-01 起")
    }

    @Test func theUnreportedFilterFollowsAReload() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5/unreported<Enter>", on: &state)
        #expect(state.taskRows(.allTasks).count == 99)
        state.replace(snapshot: reported(state.snapshot, ["P2-1"]), now: Date())
        #expect(state.taskRows(.allTasks).count == 98)
    }
}
