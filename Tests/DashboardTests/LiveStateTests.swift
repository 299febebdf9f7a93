import Foundation
import Testing

@testable import DashboardUI

/// Another process's changes: marked for a while, held back while paused, selection kept.
@Suite struct LiveStateTests {
    @Test func changedTasksAreMarkedForTenSecondsAndTheSelectionStays() throws {
        let live = try LiveFixture()
        live.press("5jjj")
        let selected = live.state.selectedTask[.allTasks]
        let now = Date(timeIntervalSince1970: 1_600_000_000)
        _ = try live.store.update(id: "N8-1", status: .behind, progress: nil, note: nil, actor: "lisi", at: now, ifVersion: nil)
        try live.pull(now: now)
        var state = live.state
        #expect(state.selectedTask[.allTasks] == selected)
        #expect(state.live.isMarked("N8-1"))
        #expect(!state.live.isMarked("N8-2"))
        #expect(state.live.lastChange?.actor == "lisi")
        #expect(state.snapshot.task(id: "N8-1")?.status == .behind)
        let screen = render(state).lines.joined(separator: "\n")
        #expect(screen.contains("● 实时"))
        #expect(screen.contains("lisi"))
        #expect(screen.contains("*滞后   N8-1 "), "the changed row carries a mark that shows without colour")
        let redraws = [9.0, 11, 12].map { state.live.advance(to: now.addingTimeInterval($0)) }
        #expect(redraws == [false, true, false], "only the mark running out (at 10 s) needs a redraw")
        #expect(!state.live.isMarked("N8-1"))
        #expect(state.live.changedAt.isEmpty, "run-out marks are forgotten, so a long run does not grow")
    }

    @Test func aSelectedTaskDoneElsewhereLeavesTheSelectionInItsRow() throws {
        let live = try LiveFixture()
        live.press("5jjj")
        let rows = live.state.taskRows(.allTasks).map { live.state.snapshot.tasks[$0.task].id }
        let selected = try #require(live.state.selectedTask[.allTasks])
        #expect(selected == rows[3])
        _ = try live.store.update(id: selected, status: .done, progress: 100, note: nil, actor: "lisi", at: Date(), ifVersion: nil)
        try live.pull()
        #expect(live.state.selectedTask[.allTasks] == rows[4], "the next task moved up into the row; the cursor stays on it")
        #expect(live.state.selectedRow(.allTasks, in: live.state.taskRows(.allTasks)) == 3)
    }

    @Test func theHeaderNamesTheChangeJustReadEvenWhenItsClockIsBehind() throws {
        let live = try LiveFixture()
        try live.note(["P2-1"], by: "zhangsan", at: Date(timeIntervalSince1970: 1_600_000_000))
        try live.pull()
        try live.note(["P2-2"], by: "lisi", at: Date(timeIntervalSince1970: 1_500_000_000))
        try live.pull()
        #expect(live.state.live.lastChange?.actor == "lisi")
        #expect(live.state.live.isMarked("P2-2") && live.state.live.isMarked("P2-1"))
    }

    @Test func spacePausesAndResumingAsksForAReload() {
        var state = DashboardFixture.state()
        #expect(reduce(&state, .togglePause) == [], "a snapshot that is not watching has nothing to pause")
        state.live.isWatching = true
        #expect(reduce(&state, action(for: .character(" "), in: state)!) == [])
        #expect(state.live.isPaused)
        state.live.pendingChanges = 2
        #expect(render(state).lines[0].contains("‖ 暂停 2"))
        #expect(reduce(&state, .togglePause) == [.reload])
        #expect(!state.live.isPaused)
    }
}
