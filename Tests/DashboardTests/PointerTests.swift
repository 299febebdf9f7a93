import Testing

@testable import DashboardUI

/// Clicks and the wheel, found by where they land as the screen is laid out.
@Suite struct PointerTests {
    private func click(_ x: Int, _ y: Int, _ state: inout AppState) {
        DashboardFixture.press(.mouse(MouseEvent(.press, x: x, y: y)), on: &state)
    }

    @Test(arguments: [(80, 24), (160, 50)])
    func aClickOnATabSwitchesToItsView(width: Int, height: Int) throws {
        var state = DashboardFixture.state(width: width, height: height)
        for tab in HeaderBar.tabs(state) where tab.view != .overview {
            var clicked = state
            click(tab.x + tab.width - 1, 1, &clicked)
            #expect(clicked.view == tab.view, "the tab's last column")
        }
        let gap = try #require(HeaderBar.tabs(state).first).x + HeaderBar.tabs(state)[0].width
        click(gap, 1, &state)
        #expect(state.view == .overview, "the column between two tabs is no tab")
    }

    @Test func aClickOnAGroupSelectsItAndAClickOnAHeadingDoesNothing() throws {
        var state = DashboardFixture.state(width: 160, height: 50)
        DashboardFixture.press("3", on: &state)
        let groups = try #require(ScreenLayout(state).groups)
        let rows = state.groupRows(.byUnit)
        #expect(rows[0].key == nil, "the first row is the heading 区直部门")
        click(groups.x + 3, groups.y + 1, &state)
        #expect(state.currentGroup(.byUnit) == rows[1].key)
        click(groups.x + 3, groups.y + 1 + 3, &state)
        #expect(state.currentGroup(.byUnit) == rows[3].key)
        #expect(state.focus == .groups)
    }

    @Test func aClickSelectsATaskRowAndASecondClickOpensIt() throws {
        var state = DashboardFixture.state(width: 80, height: 24)
        DashboardFixture.press("5", on: &state)
        let tasks = try #require(ScreenLayout(state).tasks)
        let rows = state.taskRows(.allTasks)
        click(tasks.x + 10, tasks.y + 2 + 4, &state)
        #expect(state.selectedTask[.allTasks] == state.snapshot.tasks[rows[4].task].id)
        #expect(state.mode == .browse)
        click(tasks.x + 10, tasks.y + 2 + 4, &state)
        #expect(state.mode == .detail)
    }

    @Test func aClickBelowTheLastRowOrOnTheColumnHeaderSelectsNothing() throws {
        var state = DashboardFixture.state(width: 80, height: 24)
        DashboardFixture.press("5j", on: &state)
        let selected = state.selectedTask[.allTasks]
        let tasks = try #require(ScreenLayout(state).tasks)
        click(tasks.x + 10, tasks.y + 1, &state)
        #expect(state.selectedTask[.allTasks] == selected)
    }

    @Test func theWheelMovesTheListUnderThePointerThreeRows() throws {
        var state = DashboardFixture.state(width: 160, height: 50)
        DashboardFixture.press("2", on: &state)
        let layout = ScreenLayout(state)
        let tasks = try #require(layout.tasks)
        let rows = state.taskRows(.byLeader)
        DashboardFixture.press(.mouse(MouseEvent(.wheelDown, x: tasks.x + 5, y: tasks.y + 5)), on: &state)
        #expect(state.focus == .tasks)
        #expect(state.selectedTask[.byLeader] == state.snapshot.tasks[rows[3].task].id)
        DashboardFixture.press(.mouse(MouseEvent(.wheelUp, x: tasks.x + 5, y: tasks.y + 5)), on: &state)
        #expect(state.selectedTask[.byLeader] == state.snapshot.tasks[rows[0].task].id)
        let groups = try #require(layout.groups)
        DashboardFixture.press(.mouse(MouseEvent(.wheelDown, x: groups.x + 1, y: groups.y + 2)), on: &state)
        #expect(state.focus == .groups)
        #expect(state.currentGroup(.byLeader) == state.groupRows(.byLeader)[3].key)
    }

    @Test func theWheelStepsTasksInTheDetailAndTheMouseLeavesThePromptAlone() {
        var state = DashboardFixture.state(width: 80, height: 24)
        DashboardFixture.press("5<Enter>", on: &state)
        let first = state.selectedTask[.allTasks]
        DashboardFixture.press(.mouse(MouseEvent(.wheelDown, x: 10, y: 10)), on: &state)
        #expect(state.mode == .detail)
        #expect(state.selectedTask[.allTasks] != first)
        DashboardFixture.press("/", on: &state)
        #expect(action(for: .mouse(MouseEvent(.press, x: 3, y: 1)), in: state) == nil)
    }
}
