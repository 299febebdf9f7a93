import Foundation
import GRDB
import Testing

@testable import ModelCore
@testable import ModelStore

/// A store written before the change cursor existed opens, and every writer stamps its changes.
@Suite struct StoreMigrationTests {
    /// A store file as the "v1" schema left it, with two tasks and one history entry.
    private func makeV1Store(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try Schema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try DocumentTable.upsert(StoreSample.plan, db)
            try TaskTable.insert(StoreSample.task(1), position: 0, db)
            try TaskTable.insert(StoreSample.task(2), position: 1, db)
            // As v1 wrote it: the columns it had.
            try db.execute(
                sql: "INSERT INTO progress_entry (task_id, actor, at, kind, note) VALUES (?, ?, ?, ?, ?)",
                arguments: ["P2-1", "王芳", "2020-06-01T08:00:00Z", "note", "旧记录"])
        }
    }

    @Test func aV1StoreOpensWithChangeSequences() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("old.sqlite").path
            try makeV1Store(at: path)

            let store = try SQLiteStore(path: path)
            defer { try? store.close() }
            let loaded = try store.loadAll()
            #expect(loaded.tasks == [StoreSample.task(1), StoreSample.task(2)])
            #expect(loaded.history.map(\.note) == ["旧记录"])
            #expect(loaded.cursor == ChangeCursor(sequence: 0, historyID: 1))
            let sequences = try store.read { try Int.fetchAll($0, sql: "SELECT change_seq FROM task ORDER BY position") }
            #expect(sequences == [0, 0])
            let migrations = try store.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
            #expect(migrations == ["v1", "v2-report-rounds", "v3-change-seq", "v4-round-changes", "v5-unit-directory", "v6-instruction-leader"])

            let written = try store.update(
                id: "P2-2", status: .done, progress: nil, note: nil, actor: "李明",
                at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: nil)
            let changes = try store.changes(since: loaded.cursor)
            #expect(changes.tasks == [written])
            #expect(changes.history.map(\.actor) == ["李明"])
            #expect(changes.reload == nil)
        }
    }

    @Test func aWriterThatKnowsNothingOfTheCursorIsStillSeen() throws {
        try withTemporaryStore { store, path in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2)]))
            let cursor = try store.loadAll().cursor
            // As a duban built before "v3-change-seq" writes: plain SQL, no stamping of its own.
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "UPDATE task SET progress = 60, version = version + 1 WHERE id = 'P2-2'")
            }
            try queue.close()
            let changes = try store.changes(since: cursor)
            #expect(changes.tasks.map(\.id) == ["P2-2"])
            #expect(changes.tasks.first?.progress == 60)
        }
    }
}
