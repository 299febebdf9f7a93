import Foundation
import ModelCore
import Testing

@testable import DashboardUI

/// View 6 未报送 with some reports handed in: counts per lead unit, the missing tasks, the filter.
@Suite struct UnreportedViewTests {
    @Test func groupsCountMissingReportsAndListOnlyThem() throws {
        let live = try LiveFixture()
        try live.note(["P2-1", "P2-2"])
        try live.pull()
        live.press("6")
        let state = live.state
        let development = state.groupRows(.unreported).first { $0.key == "区发展和改革局" }
        #expect(development?.pending == 14)
        #expect(development?.total == 16)
        let ids = state.taskRows(.unreported).map { state.snapshot.tasks[$0.task].id }
        #expect(ids.count == 14)
        #expect(!ids.contains("P2-1") && !ids.contains("P2-2") && ids.contains("P2-8"))
        #expect(state.roundStatement == "报送轮次 2020-11-30，自 2020-07-01 起")
    }

    @Test func withNoUnitToSelectTheTaskPanelIsTitledByItsSortAlone() {
        var state = DashboardFixture.state()
        DashboardFixture.press("6/没有这样的任务<Enter>", on: &state)
        let lines = render(state).lines
        let title = lines.first { $0.contains("排序 截止") }
        #expect(title?.contains("·    排序") == false, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("（没有任务）") })
    }

    @Test func theUnreportedFilterFollowsAReload() throws {
        let live = try LiveFixture()
        live.press("5/unreported<Enter>")
        #expect(live.state.taskRows(.allTasks).count == 99)
        try live.note(["P2-1"])
        try live.pull()
        #expect(live.state.taskRows(.allTasks).count == 98)
    }

    @Test func roundsSetByAnotherProcessReachTheDashboard() throws {
        let live = try LiveFixture()
        #expect(live.state.roundStatement == "报送轮次 2020-11-30，自 2020-07-01 起")
        try live.store.setReportRounds(document: "P2", dues: [Day("2020-06-30")!, Day("2020-09-30")!, Day("2020-12-31")!])
        try live.pull()
        #expect(live.state.snapshot.reportRounds.map(\.due.description) == ["2020-06-30", "2020-09-30", "2020-12-31"])
        #expect(live.state.roundStatement == "报送轮次 2020-09-30，自 2020-07-01 起")
    }
}
