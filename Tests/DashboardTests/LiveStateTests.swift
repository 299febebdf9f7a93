import Foundation
import Testing
@testable import Dashboard
import Model

/// Another process's changes: marked for a while, held back while paused, selection kept.
@Suite struct LiveStateTests {
    private func changed(_ snapshot: Snapshot, _ id: String, by actor: String, at date: Date) -> Snapshot {
        let tasks = snapshot.tasks.map { task -> Task in
            guard task.id == id else { return task }
            var changed = task
            changed.status = .behind
            changed.version += 1
            return changed
        }
        let entry = ProgressEntry(taskID: id, actor: actor, at: date, kind: .update, oldStatus: .notStarted, newStatus: .behind)
        return Snapshot(tasks: tasks, documents: snapshot.documents, history: [entry])
    }

    @Test func changedTasksAreMarkedForTenSecondsAndTheSelectionStays() {
        var state = DashboardFixture.state()
        state.live.isWatching = true
        DashboardFixture.press("5jjj", on: &state)
        let selected = state.selectedTask[.allTasks]
        let now = Date(timeIntervalSince1970: 1_600_000_000)
        state.replace(snapshot: changed(state.snapshot, "N8-1", by: "lisi", at: now), now: now)
        #expect(state.selectedTask[.allTasks] == selected)
        #expect(state.live.isMarked("N8-1"))
        #expect(!state.live.isMarked("N8-2"))
        #expect(state.live.lastChange?.actor == "lisi")
        let screen = render(state).lines.joined(separator: "\n")
        #expect(screen.contains("● 实时"))
        #expect(screen.contains("lisi"))
        let redraws = [9.0, 11, 12].map { state.live.advance(to: now.addingTimeInterval($0)) }
        #expect(redraws == [false, true, false], "only the mark running out (at 10 s) needs a redraw")
        #expect(!state.live.isMarked("N8-1"))
        #expect(state.live.changedAt.isEmpty, "run-out marks are forgotten, so a long run does not grow")
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
