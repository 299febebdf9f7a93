import ModelRead
import Testing

@testable import DashboardUI

/// Key scripts against the reducer: what a duty officer and a leader do.
@Suite struct ReducerTests {
    @Test func aLeaderStepsThroughAllTwentySevenOfHisPlanTasks() {
        var state = DashboardFixture.state()
        DashboardFixture.press("2/doc:P2<Enter>", on: &state)
        #expect(state.view == .byLeader)
        let leaders = state.groupRows(.byLeader).compactMap(\.key)
        let steps = leaders.firstIndex(of: "马长军")!
        DashboardFixture.press(String(repeating: "j", count: steps), on: &state)
        #expect(state.currentGroup(.byLeader) == "马长军")
        #expect(state.taskRows(.byLeader).count == 27)
        DashboardFixture.press("<Enter><Enter>", on: &state)
        #expect(state.mode == .detail)
        var seen = [state.selectedTask[.byLeader]!]
        for _ in 1..<27 {
            DashboardFixture.press("n", on: &state)
            seen.append(state.selectedTask[.byLeader]!)
        }
        #expect(Set(seen).count == 27)
        #expect(seen.allSatisfy { state.snapshot.task(id: $0)!.leaders.contains("马长军") })
        DashboardFixture.press("n", on: &state)
        #expect(state.selectedTask[.byLeader] == seen.last, "n stops at the last task")
        DashboardFixture.press("pp<Esc>", on: &state)
        #expect(state.mode == .browse)
        #expect(state.selectedTask[.byLeader] == seen[24], "Esc returns with the same task selected")
    }

    @Test func bracketsMoveToTheNextLeaderInTheDetail() {
        var state = DashboardFixture.state()
        DashboardFixture.press("2<Enter><Enter>", on: &state)
        let first = state.currentGroup(.byLeader)
        DashboardFixture.press("]", on: &state)
        #expect(state.mode == .detail)
        #expect(state.currentGroup(.byLeader) != first)
        let task = state.snapshot.task(id: state.selectedTask[.byLeader]!)!
        #expect(task.leaders.contains(state.currentGroup(.byLeader)!))
        DashboardFixture.press("[", on: &state)
        #expect(state.currentGroup(.byLeader) == first)
    }

    @Test func theFilterFollowsTypingAndKeepsTheLastGoodOne() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5/status:behin", on: &state)
        #expect(state.prompt?.error != nil)
        #expect(state.filter.text == "status", "the last text that parsed: a bare word is free text")
        DashboardFixture.press("d", on: &state)
        #expect(state.prompt?.error == nil)
        #expect(state.filter.text == "status:behind")
        DashboardFixture.press(" leader:", on: &state)
        #expect(state.prompt?.error != nil)
        #expect(state.filter.text == "status:behind leader", "a bad expression keeps the last good filter")
        DashboardFixture.press("<BS><BS><BS><BS><BS><BS><BS><BS><Enter>", on: &state)
        #expect(state.prompt == nil)
        #expect(state.filter.text == "status:behind")
        DashboardFixture.press("<Esc>", on: &state)
        #expect(!state.filter.isActive)
    }

    @Test func escInThePromptRestoresTheFilterItOpenedWith() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5/overdue<Enter>/ 金积镇<Esc>", on: &state)
        #expect(state.filter.text == "overdue")
    }

    @Test func chineseInputMovesTheCursorByCharacters() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5/金积镇<Left><Left>x", on: &state)
        #expect(String(state.prompt!.line.text) == "金x积镇")
        #expect(state.prompt!.line.cursor == 2)
    }

    @Test func selectionStaysOnTheSameTaskWhenTheListChanges() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5jjjj", on: &state)
        let selected = state.selectedTask[.allTasks]
        #expect(selected != nil)
        DashboardFixture.press("S", on: &state)
        #expect(state.selectedTask[.allTasks] == selected)
        let row = state.selectedRow(.allTasks, in: state.taskRows(.allTasks))
        #expect(state.snapshot.tasks[state.taskRows(.allTasks)[row].task].id == selected)
    }

    @Test func doneTasksAreHiddenUntilAToggles() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5", on: &state)
        #expect(state.taskRows(.allTasks).count == 352)  // nothing is done in the bundled store
        state.snapshot = Snapshot(
            tasks: state.snapshot.tasks.map {
                var t = $0
                if t.id == "P2-1" { t.status = .done }
                return t
            },
            documents: state.snapshot.documents)
        #expect(state.taskRows(.allTasks).count == 351)
        DashboardFixture.press("a", on: &state)
        #expect(state.taskRows(.allTasks).count == 352)
    }

    @Test func sortCyclesAndReverses() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5", on: &state)
        #expect(state.sort == SortOrder(column: .deadline, ascending: true))
        #expect(state.snapshot.tasks[state.taskRows(.allTasks)[0].task].id == "E11-1")
        DashboardFixture.press("sS", on: &state)
        #expect(state.sort == SortOrder(column: .status, ascending: false))
        DashboardFixture.press("ssssss", on: &state)
        #expect(state.sort.column == .status)
    }

    @Test func savedViewsApplyTheirFilter() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5v<Enter>", on: &state)
        #expect(state.filter.text == "overdue")
        #expect(state.taskRows(.allTasks).map { state.snapshot.tasks[$0.task].id } == ["E11-1", "E11-2", "E11-3", "E11-4"])
    }

    @Test func pagingAndJumpsStayInsideTheList() {
        var state = DashboardFixture.state(width: 80, height: 24)
        DashboardFixture.press("5G", on: &state)
        let rows = state.taskRows(.allTasks)
        #expect(state.selectedRow(.allTasks, in: rows) == rows.count - 1)
        DashboardFixture.press("<PgDn><PgDn>", on: &state)
        #expect(state.selectedRow(.allTasks, in: rows) == rows.count - 1)
        DashboardFixture.press("g<PgDn>", on: &state)
        let visible = ScreenLayout(state).taskRowsVisible
        #expect(state.selectedRow(.allTasks, in: rows) == visible - 1)
        let offset = state.scroll[ScrollKey(view: .allTasks, panel: .tasks)]!
        #expect(offset <= visible - 1 && visible - 1 < offset + visible)
    }

    @Test func onlyQActsOnATooSmallScreen() {
        var state = DashboardFixture.state(width: 40, height: 6)
        DashboardFixture.press("2jj/x", on: &state)
        #expect(state.view == .overview && state.prompt == nil)
        #expect(reduce(&state, action(for: .character("q"), in: state)!) == [.quit])
    }

    @Test func qLeavesTheDetailBeforeItQuits() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5<Enter>", on: &state)
        #expect(state.mode == .detail)
        #expect(reduce(&state, .quit) == [])
        #expect(state.mode == .browse)
        #expect(reduce(&state, .quit) == [.quit])
    }

    @Test func dHidesTheDetailPaneAndTheListTakesItsRows() {
        var state = DashboardFixture.state(width: 120, height: 40)
        DashboardFixture.press("5", on: &state)
        let withPane = ScreenLayout(state)
        DashboardFixture.press("d", on: &state)
        let without = ScreenLayout(state)
        #expect(without.detail == nil && without.detailRule == nil)
        #expect(without.taskRowsVisible == withPane.taskRowsVisible + withPane.detail!.height + 1)
        #expect(!render(state).lines.joined().contains(" · 截止 "), "no pane heading")
        DashboardFixture.press("d", on: &state)
        #expect(ScreenLayout(state) == withPane)
    }
}
