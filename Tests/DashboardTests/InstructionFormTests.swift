import ModelCore
import Testing

@testable import DashboardUI

/// The `c` form's 领导批示: who gave it, chosen from the task's leaders; and the note that wraps
/// over several rows as it grows.
@Suite struct InstructionFormTests {
    /// 按领导, the first leader's first task, with the task list focused.
    private func stateOnALeadersTask() -> AppState {
        var state = DashboardFixture.state(width: 80, height: 24)
        DashboardFixture.press("2<Tab>", on: &state)
        return state
    }

    @Test func anInstructionRecordsTheTasksFirstLeaderUnlessAnotherIsChosen() throws {
        var state = DashboardFixture.state(width: 80, height: 24)
        DashboardFixture.press("5", on: &state)
        let rows = state.taskRows(.allTasks)
        let row = try #require(rows.firstIndex { state.snapshot.tasks[$0.task].leaders.count > 1 })
        let leaders = state.snapshot.tasks[rows[row].task].leaders
        DashboardFixture.press(String(repeating: "j", count: row) + "c", on: &state)
        #expect(state.form?.fields == [.kind, .leader, .note])
        #expect(state.form?.leader == leaders[0], "the first leader by default")
        DashboardFixture.press("<Tab><Right>", on: &state)
        #expect(state.form?.field == .leader && state.form?.leader == leaders[1])
        DashboardFixture.press(String(repeating: "<Right>", count: leaders.count - 1), on: &state)
        #expect(state.form?.leader == leaders[0], "the choice goes round")
        DashboardFixture.press("<Left><Tab>抓紧落实", on: &state)
        #expect(state.form?.note.string == "抓紧落实")
        let recording = try #require(try? state.form?.recording().get())
        #expect(recording.kind == .instruction && recording.leader == leaders.last)
        #expect(render(state).lines.contains { $0.contains("领导  \(leaders.last!)") })
    }

    @Test func aNoteHasNoLeaderAndATaskWithoutLeadersAsksForNone() throws {
        var state = stateOnALeadersTask()
        DashboardFixture.press("c<Right>", on: &state)
        #expect(state.form?.kind == .note)
        #expect(state.form?.fields == [.kind, .note], "a progress note is nobody's instruction")
        DashboardFixture.press("<Tab>已开会", on: &state)
        #expect(try state.form?.recording().get().leader == nil)

        var withoutLeaders = DashboardFixture.state(width: 80, height: 24)
        DashboardFixture.press("5c", on: &withoutLeaders)
        #expect(withoutLeaders.form?.taskID == "E11-1")
        #expect(withoutLeaders.form?.leaders == [] && withoutLeaders.form?.fields == [.kind, .note])
    }

    @Test(arguments: [(80, 24), (160, 50)])
    func theNoteWrapsOverSeveralRowsAndTheFormGrowsWithIt(width: Int, height: Int) throws {
        var state = stateOnALeadersTask()
        _ = reduce(&state, .resize(width: width, height: height))
        DashboardFixture.press("c<Right><Tab>", on: &state)
        let sentence = "请区发展和改革局会同区财政局抓紧研究制定具体实施方案，于本月底前报区政府常务会议审议，"
        let note = sentence + sentence + "确保年度目标任务按期完成。"
        for character in note { DashboardFixture.press(.character(character), on: &state) }
        let lines = render(state).lines
        let first = try #require(lines.firstIndex { $0.contains("备注  请区发展") })
        let rows = lines[first...].prefix { !$0.contains("Tab 下一项") }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(rows.count == 3, "\(rows.count) rows of note")
        let shown = rows.map { $0.replacingOccurrences(of: "▶备注", with: "").trimmingCharacters(in: .whitespaces) }.joined()
        #expect(shown == note, "every character shows, none cut at a row's end")
        #expect(lines.contains { $0.contains("Tab 下一项") }, "the key line stays inside the box")
    }

    @Test func aLongNoteScrollsToKeepTheCursorsRowInSight() {
        let line = LineEditor(String(repeating: "进", count: 400))
        let starts = WrappedLineWidget.rowStarts(line.text, width: 20)
        #expect(starts.count == 41, "10 two-column characters a row, and a row for the cursor after a full last one")
        var grid = Grid(width: 30, height: 10)
        WrappedLineWidget.draw(line, cursor: true, x: 0, y: 0, width: 20, maxRows: 5, into: &grid)
        #expect(grid.lines[4].hasPrefix(" "), "the last row shown is the cursor's, after the text")
        #expect(grid.lines[3].hasPrefix("进进进"))
    }

    @Test func fullWidthDigitsTypeTheProgress() {
        var state = FormTests.stateOnFirstTask()
        DashboardFixture.press("u<Tab>", on: &state)
        DashboardFixture.press(.character("６"), on: &state)
        DashboardFixture.press(.character("０"), on: &state)
        #expect(state.form?.progress == "60", "an input method in Chinese mode types ６０")
    }
}
