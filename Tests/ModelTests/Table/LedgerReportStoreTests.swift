import Foundation
import ModelCore
import Testing

@testable import ModelImport
@testable import ModelStore

/// A ledger's 进展情况 and 状态 become history by the importing user, and importing the next
/// month's ledger records only what changed.
@Suite struct LedgerReportStoreTests {
    private func ledger(_ rows: String) throws -> ImportBatch {
        let text = "序号,工作任务,牵头单位,进展情况,状态\n" + rows
        var batch = try Importer.parse(Array(text.utf8), file: "/srv/台账-10月.csv", format: .csv, table: .init(fallbackYear: 2020)).batch
        batch.reporter = "wangfang"
        return batch
    }

    @Test func progressAndStatusAreRecordedOnceAndOnlyWhatChangedAfterwards() throws {
        try withTemporaryStore { store, _ in
            let october = try ledger("1,建设一号项目。,区发改局,主体已封顶,推进中\n2,建设二号项目。,区发改局,,\n")
            let first = try store.apply(october)
            #expect(first.tasksInserted == 2 && first.reportsRecorded == 2)
            let history = try store.history(taskID: "T1-1")
            #expect(history.map(\.kind) == [.update, .note] || history.map(\.kind) == [.note, .update])
            #expect(history.allSatisfy { $0.actor == "wangfang" })
            #expect(history.compactMap(\.note) == ["主体已封顶（据 台账-10月.csv）"], "the note names the file it came from")
            #expect(try store.task(id: "T1-1")?.status == .inProgress)

            #expect(try store.apply(october).reportsRecorded == 0, "the same ledger again records nothing")
            let november = try ledger("1,建设一号项目。,区发改局,主体已封顶,已完成\n2,建设二号项目。,区发改局,已完成招标,\n")
            #expect(try store.apply(november).reportsRecorded == 2, "one status, one new note; the unchanged note is not repeated")
            let task1 = try #require(try store.task(id: "T1-1"))
            #expect(task1.status == .done && task1.progress == 100)
            #expect(try store.history(taskID: "T1-1").filter { $0.kind == .note }.count == 1)
            #expect(try store.history(taskID: "T1-2").first?.note == "已完成招标（据 台账-10月.csv）")
        }
    }
}
