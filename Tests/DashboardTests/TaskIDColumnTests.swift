import ModelDemo
import ModelRead
import Testing

@testable import DashboardUI

/// The task list's id column.
@Suite struct TaskIDColumnTests {
    @Test func longIDsAreShownWholeAt80Columns() {
        // Ids of a generated plan of 100,000 tasks: G200-100 to G200-407.
        var tasks = DashboardFixture.snapshot.tasks
        for index in tasks.indices { tasks[index].id = "G200-\(index + 100)" }
        let snapshot = Snapshot(
            tasks: tasks, documents: DashboardFixture.snapshot.documents,
            reportRounds: DashboardFixture.snapshot.reportRounds)
        #expect(snapshot.longestID == 8)
        let today = Today(day: SampleData.demoToday, source: .demo)
        var state = AppState(snapshot: snapshot, today: today, width: 80, height: 24)
        _ = reduce(&state, .resize(width: 80, height: 24))
        DashboardFixture.press("5", on: &state)
        let lines = render(state).lines
        let rows = lines.filter { $0.contains("G200-") }
        #expect(
            rows.count >= 5 && rows.allSatisfy { $0.range(of: #"G200-\d{3} "#, options: .regularExpression) != nil },
            "\(lines.joined(separator: "\n"))")
    }
}
