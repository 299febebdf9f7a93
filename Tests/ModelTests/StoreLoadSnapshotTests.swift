import Foundation
import GRDB
import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelRead
@testable import ModelStore

/// `loadSnapshot()` indexes rows on a second thread while they are read; what it gives must be
/// what a snapshot built after `loadAll()` holds.
@Suite struct StoreLoadSnapshotTests {
    @Test func aSnapshotIndexedWhileLoadingEqualsOneBuiltAfterTheLoad() throws {
        try withTemporaryStore { store, _ in
            // Several of the worker's batches, and a last one that is not full.
            var generator = TaskGenerator(seed: 7)
            let entries = try GeneratedStore.write(3_000 + 37, from: &generator, into: store)
            let contents = try store.loadAll()
            let (loaded, cursor, _) = try store.loadSnapshot()
            let built = Snapshot(contents)
            #expect(entries > 0)
            expectSameSnapshot(loaded, built)
            #expect(cursor == contents.cursor)
        }
    }

    @Test func rowsStoredOutOfImportOrderAreIndexedInImportOrder() throws {
        try withTemporaryStore { store, path in
            _ = try store.apply(StoreSample.gazette((1...600).map { StoreSample.task($0) }))
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "UPDATE task SET position = 1000 - position") }
            try queue.close()
            let loaded = try store.loadSnapshot().snapshot
            #expect(loaded.tasks.first?.id == "P2-600")
            #expect(loaded.index["P2-600"] == 0 && loaded.index["P2-1"] == 599)
            #expect(loaded.tasksByLeader["马长军"] == Array(0..<600), "every task, in import order")
            expectSameSnapshot(loaded, Snapshot(try store.loadAll()))
        }
    }

    @Test func historyReadAheadIsUsedOnlyWhenItWasReadAtTheSameCommit() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette((1...3).map { StoreSample.task($0) }))
            _ = try store.update(
                id: "P2-2", status: .inProgress, progress: 30, note: "开工", actor: "lisi",
                at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: nil)
            let contents = try store.loadAll()
            let expected = ProgressEntry.byTask(contents.history)
            #expect(HistoryPrefetch(store).grouped(at: contents.cursor) == expected)
            let later = ChangeCursor(sequence: contents.cursor.sequence, historyID: contents.cursor.historyID + 1)
            #expect(HistoryPrefetch(store).grouped(at: later) == nil)
        }
    }

    @Test func anEmptyStoreGivesAnEmptySnapshot() throws {
        try withTemporaryStore { store, _ in
            let loaded = try store.loadSnapshot().snapshot
            #expect(loaded.tasks.isEmpty && loaded.index.isEmpty && loaded.assignmentsByUnit.isEmpty)
        }
    }
}
