import Foundation
import Testing

/// The history's order is the order of the writes, even when a writer's clock lags.
@Suite struct StoreHistoryOrderTests {
    @Test func aLateWriterWithAnOlderInstantIsRecordedAfterTheChangeItFollows() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            _ = try store.update(
                id: "P2-1", status: .inProgress, progress: 40, note: nil, actor: "王芳",
                at: StoreSample.instant("2020-06-28T10:12:01Z"), ifVersion: nil)
            // This writer read the clock before the first write committed, then waited for the lock.
            let last = try store.update(
                id: "P2-1", status: .behind, progress: 30, note: nil, actor: "李明",
                at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: nil)
            let history = try store.history(taskID: "P2-1")
            #expect(history.map(\.actor) == ["李明", "王芳"])
            #expect(history[0].at == StoreSample.instant("2020-06-28T10:12:01Z"))
            #expect(last.updatedAt == history[0].at)
            #expect(history[0].newStatus == last.status && history[0].newProgress == last.progress)
        }
    }
}
