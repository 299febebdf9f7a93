import ModelCore
import ModelRead
import Testing

@testable import DashboardUI

/// Searching as Chinese users search, through the keys: pinyin and Chinese terms in the filter,
/// the nearest name for a typo, `:` and an id, `n`/`N` through the matches.
@Suite struct SearchKeysTests {
    private func ids(_ state: AppState) -> [String] {
        state.taskRows(state.view).map { state.snapshot.tasks[$0.task].id }
    }

    private func leaderIDs(_ state: AppState, _ leader: String) -> [String] {
        ids(state).filter { state.snapshot.task(id: $0)!.leaders.contains(leader) }
    }

    @Test func pinyinInitialsListALeadersTasks() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5", on: &state)
        let all = leaderIDs(state, "马长军")
        DashboardFixture.press("/mcj<Enter>", on: &state)
        #expect(!all.isEmpty)
        #expect(ids(state) == all)
    }

    @Test func chineseKeysGiveTheSameListAsEnglish() {
        var tasks = DashboardFixture.snapshot.tasks
        for index in tasks.indices where index % 3 == 0 { tasks[index].status = .behind }
        let snapshot = Snapshot(tasks: tasks, documents: DashboardFixture.snapshot.documents)
        var state = AppState(snapshot: snapshot, today: DashboardFixture.state().today)
        DashboardFixture.press("5/领导:马长军 状态:滞后<Enter>", on: &state)
        let chinese = ids(state)
        DashboardFixture.press("/<C-u>leader:马长军 status:behind<Enter>", on: &state)
        #expect(!chinese.isEmpty)
        #expect(ids(state) == chinese)
    }

    @Test func aTypoOffersTheNearestName() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5/马常军", on: &state)
        #expect(ids(state).isEmpty)
        #expect(state.suggestionText == "没有“马常军”，是否为 马长军？")
        #expect(render(state).lines.last!.contains("没有“马常军”，是否为 马长军？"), "the prompt shows it")
        DashboardFixture.press("<Enter>", on: &state)
        #expect(render(state).lines.last!.contains("没有“马常军”，是否为 马长军？"), "so does the status line")
        DashboardFixture.press("/<BS><BS>长军<Enter>", on: &state)
        #expect(state.suggestionText == nil)
        #expect(!render(state).lines.last!.contains("是否为"))
    }

    @Test func theSuggestionSpeaksTheInterfacesLanguage() {
        var state = DashboardFixture.state(language: .en)
        DashboardFixture.press("5/leader:马常军", on: &state)
        #expect(state.suggestionText == "no “马常军”; did you mean 马长军?")
    }

    @Test func colonAndAnIdSelectTheTaskInAnyCaseAndWidth() {
        for typed in ["p2-8", "P2-8", "Ｐ２－８", " p2-8 "] {
            var state = DashboardFixture.state()
            DashboardFixture.press(":" + typed + "<Enter>", on: &state)
            #expect(state.prompt == nil)
            #expect(state.view == .allTasks, "from the overview, in the all-tasks view")
            #expect(state.selectedTaskIndex(.allTasks).map { state.snapshot.tasks[$0].id } == "P2-8", "\(typed)")
        }
        var state = DashboardFixture.state()
        DashboardFixture.press("：p2-8<Enter>", on: &state)
        #expect(state.selectedTask[.allTasks] == "P2-8", "the full-width colon of an input method opens it too")
    }

    @Test func aJumpStaysInAViewThatListsTheTask() {
        var state = DashboardFixture.state()
        DashboardFixture.press("2", on: &state)
        let task = state.snapshot.task(id: "P2-8")!
        DashboardFixture.press(":p2-8<Enter>", on: &state)
        #expect(state.view == .byLeader)
        #expect(task.leaders.contains(state.currentGroup(.byLeader)!))
        #expect(state.focus == .tasks)
        #expect(state.selectedTaskIndex(.byLeader).map { state.snapshot.tasks[$0].id } == "P2-8")
    }

    @Test func aJumpInTheDetailShowsTheTask() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5<Enter>:c8-1<Enter>", on: &state)
        #expect(state.mode == .detail)
        #expect(state.selectedTaskIndex(.allTasks).map { state.snapshot.tasks[$0].id } == "C8-1")
    }

    @Test func aJumpToAFilteredOutTaskClearsTheFilter() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5/doc:P2<Enter>:c8-1<Enter>", on: &state)
        #expect(!state.filter.isActive)
        #expect(state.notice == .info("已清除筛选，以显示 C8-1"))
        #expect(state.selectedTaskIndex(.allTasks).map { state.snapshot.tasks[$0].id } == "C8-1")
    }

    @Test func anUnknownIdSaysSoAndKeepsThePrompt() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5j:p9-999<Enter>", on: &state)
        #expect(state.prompt?.kind == .jump)
        #expect(state.prompt?.error == "没有编号为 p9-999 的任务")
        let selected = state.selectedTask[.allTasks]
        DashboardFixture.press("<Esc>", on: &state)
        #expect(state.prompt == nil)
        #expect(state.selectedTask[.allTasks] == selected)
        #expect(render(state).lines.last!.contains("无筛选"), "the id typed was never a filter")
    }

    @Test func nAndShiftNStepThroughTheMatchesOfAFlatList() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5/mcj<Enter>", on: &state)
        let rows = ids(state)
        DashboardFixture.press("nn", on: &state)
        #expect(state.selectedTask[.allTasks] == rows[2])
        DashboardFixture.press("NNN", on: &state)
        #expect(state.selectedTask[.allTasks] == rows.last, "before the first, round to the last")
        #expect(state.notice == .info("已过第一条匹配，回到最后一条"))
        DashboardFixture.press("n", on: &state)
        #expect(state.selectedTask[.allTasks] == rows.first)
        #expect(state.notice == .info("已过最后一条匹配，回到第一条"))
    }

    @Test func nCrossesFromOneLeaderToTheNext() {
        var state = DashboardFixture.state()
        DashboardFixture.press("2/doc:N8<Enter>", on: &state)
        let leaders = state.groupRows(.byLeader).filter { $0.total > 0 }.compactMap(\.key)
        #expect(leaders.count > 1)
        var seen: [String] = []
        let count = leaders.reduce(0) { sum, leader in
            var copy = state
            copy.selectedGroup[.byLeader] = leader
            return sum + copy.taskRows(.byLeader).count
        }
        for _ in 0..<count {
            DashboardFixture.press("n", on: &state)
            #expect(state.focus == .tasks)
            seen.append(state.currentGroup(.byLeader)! + " " + state.selectedTask[.byLeader]!)
        }
        #expect(Set(seen).count == count, "every match of every leader once")
        #expect(seen.map { String($0.prefix { $0 != " " }) }.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } } == leaders)
        DashboardFixture.press("n", on: &state)
        #expect(state.currentGroup(.byLeader)! + " " + state.selectedTask[.byLeader]! == seen.first)
        DashboardFixture.press("N", on: &state)
        #expect(state.currentGroup(.byLeader)! + " " + state.selectedTask[.byLeader]! == seen.last)
    }

    @Test func nWithoutAFilterSaysWhatItIsFor() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5jn", on: &state)
        #expect(state.notice == .info("n/N 在筛选后跳到下一条 / 上一条匹配：先按 / 筛选"))
        #expect(state.selectedRow(.allTasks, in: state.taskRows(.allTasks)) == 1)
    }

    @Test func nInTheDetailIsStillTheNextTask() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5/mcj<Enter><Enter>", on: &state)
        let rows = ids(state)
        DashboardFixture.press("n", on: &state)
        #expect(state.mode == .detail)
        #expect(state.selectedTask[.allTasks] == rows[1])
    }
}
