import Foundation
import ModelCore
import ModelRead
import Testing

@testable import DashboardUI

/// The detail shows the task's history, newest first, in the pane and full screen.
@Suite struct DetailViewTests {
    @Test func historyIsShownNewestFirst() {
        let base = DashboardFixture.snapshot
        let older = ProgressEntry(
            taskID: "P2-1", actor: "lisi", at: Date(timeIntervalSince1970: 1_593_000_000), kind: .update,
            oldStatus: .notStarted, newStatus: .inProgress, oldProgress: 0, newProgress: 40, note: "已开工")
        let newer = ProgressEntry(
            taskID: "P2-1", actor: "wangwu", at: Date(timeIntervalSince1970: 1_593_100_000),
            kind: .instruction, note: "加快进度")
        var state = DashboardFixture.state(width: 100, height: 30)
        state.snapshot = Snapshot(tasks: base.tasks, documents: base.documents, history: [older, newer])
        DashboardFixture.press("5/P2-1 地区<Enter>", on: &state)
        let pane = render(state).lines.joined(separator: "\n")
        #expect(pane.contains("wangwu 领导批示 “加快进度”"))
        DashboardFixture.press("<Enter>", on: &state)
        let full = render(state).lines
        let first = full.firstIndex { $0.contains("wangwu") }
        let second = full.firstIndex { $0.contains("lisi 未启动→推进中 0%→40% “已开工”") }
        #expect(first != nil && second != nil && first! < second!)
        #expect(full[first!].hasPrefix(" 历史"))
    }
}
