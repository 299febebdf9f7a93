import ModelCore
import ModelRead
import ModelReport
import Testing

@testable import DashboardUI

/// `e` and `E` against the reducer: the prompt offers a file name, its extension picks the format,
/// Enter asks the runner for exactly the list's rows (`e`) or every task the filter leaves (`E`),
/// and the runner's answer becomes a notice.
@Suite struct ExportEditingTests {
    /// The report Enter asks for, with the prompt's line as it stands.
    private func submit(_ state: inout AppState) throws -> ReportRequest {
        let effects = DashboardFixture.press(.enter, on: &state)
        guard case .writeReport(let request) = try #require(effects.first) else {
            Issue.record("Enter asked for \(effects), not a report")
            throw ExportFailure()
        }
        return request
    }

    private struct ExportFailure: Error {}

    @Test func eOffersTheDaysLedgerAndWritesTheListsRowsExactly() throws {
        var state = DashboardFixture.state()
        DashboardFixture.press("2jj/doc:P2<Enter>e", on: &state)
        #expect(state.prompt?.kind == .export(.ledger))
        #expect(state.prompt?.line.string == "督查台账-2020-07-01.xlsx")
        let request = try submit(&state)
        #expect(request.format == .xlsx && request.path == "督查台账-2020-07-01.xlsx")
        #expect(request.tasks == state.taskRows(.byLeader).map(\.task))
        #expect(!request.tasks.isEmpty)
        let leader = try #require(state.currentGroup(.byLeader))
        #expect(request.description == "按领导：\(leader)；仅待办；筛选：doc:P2")
        #expect(state.prompt == nil)
    }

    @Test func theOverviewsLedgerHoldsEveryTaskTheFilterLeaves() throws {
        var state = DashboardFixture.state()
        DashboardFixture.press("/leader:马长军<Enter>e", on: &state)
        let request = try submit(&state)
        let expected = state.snapshot.tasks.indices.filter { state.snapshot.tasks[$0].leaders.contains("马长军") }
        #expect(request.tasks == expected && request.description == "筛选：leader:马长军")
    }

    @Test func bigEWritesTheBulletinOfEveryFilteredTaskDoneOnesToo() throws {
        var state = DashboardFixture.state()
        DashboardFixture.press("5E", on: &state)
        #expect(state.prompt?.line.string == "督查通报-2020-07-01.docx")
        DashboardFixture.press("<C-u>~/通报.md", on: &state)
        let request = try submit(&state)
        #expect(request.format == .md && request.path == "~/通报.md")
        #expect(request.tasks == Array(state.snapshot.tasks.indices) && request.description.isEmpty)
    }

    @Test func aNameWithoutAKnownExtensionKeepsThePromptOpen() {
        var state = DashboardFixture.state()
        DashboardFixture.press("e<C-u>台账.pdf<Enter>", on: &state)
        #expect(state.prompt?.kind == .export(.ledger) && state.prompt?.error == "扩展名须为 xlsx、docx、md 或 txt")
        DashboardFixture.press("<C-u><Enter>", on: &state)
        #expect(state.prompt?.error == "请输入文件名")
        DashboardFixture.press("<Esc>", on: &state)
        #expect(state.prompt == nil && state.notice == nil)
    }

    @Test func theRunnersAnswerIsANotice() {
        var state = DashboardFixture.state()
        _ = reduce(&state, .exported(.success(ReportWritten(path: "/srv/督查台账.xlsx", tasks: 12))))
        #expect(state.notice == .info("已写入 /srv/督查台账.xlsx（12项任务）"))
        _ = reduce(&state, .exported(.failure(ReportProblem("无法写入 /x/a.xlsx：没有目录 /x"))))
        #expect(state.notice == .error("无法写入 /x/a.xlsx：没有目录 /x"))
    }

    @Test func aReadOnlySeatExportsToo() throws {
        var state = DashboardFixture.state()
        state.readOnly = "no write permission"
        DashboardFixture.press("e", on: &state)
        #expect(state.prompt?.kind == .export(.ledger))
        #expect(try submit(&state).tasks.count == state.snapshot.tasks.count)
    }
}
