import Testing

@testable import DashboardUI

/// A filter typed in the detail that leaves its list empty (found by the monkey test).
@Suite struct EmptyDetailTests {
    @Test func theDetailSaysSoWhileTypingAndGoesBackToTheListOnEnter() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5<Enter>/没有这样的任务", on: &state)
        #expect(state.mode == .detail && state.taskRows(.allTasks).isEmpty)
        #expect(render(state).lines.contains { $0.contains("（没有任务）") })
        DashboardFixture.press("<Enter>", on: &state)
        #expect(state.mode == .browse)
    }

    @Test func typingOnCanBringTheTasksBackWithoutLeavingTheDetail() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5<Enter>/金积镇x<BS>", on: &state)
        #expect(state.mode == .detail && !state.taskRows(.allTasks).isEmpty)
    }
}
