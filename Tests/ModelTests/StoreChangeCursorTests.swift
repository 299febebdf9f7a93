import Foundation
import Testing

@testable import ModelCore
@testable import ModelStore

/// `changes(since:)` returns each write once, from whichever connection made it.
@Suite struct StoreChangeCursorTests {
    private let at = StoreSample.instant("2020-06-28T10:12:00Z")

    @Test func anUpdateIsReturnedOnce() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2), StoreSample.task(3)]))
            let loaded = try store.loadAll()
            #expect(loaded.tasks.map(\.id) == ["P2-1", "P2-2", "P2-3"])

            let written = try store.update(
                id: "P2-2", status: .inProgress, progress: 30, note: nil,
                actor: "李明", at: at, ifVersion: nil)
            let changes = try store.changes(since: loaded.cursor)
            #expect(changes.tasks == [written])
            #expect(changes.history.map(\.actor) == ["李明"])
            #expect(changes.latest?.newStatus == .inProgress)
            #expect(changes.reload == nil)
            #expect(changes.cursor.sequence > loaded.cursor.sequence)
            #expect(changes.cursor.historyID == loaded.cursor.historyID + 1)

            #expect(try store.changes(since: changes.cursor).isEmpty)
        }
    }

    @Test func aNoteWithoutAStatusChangeIsATaskChange() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2)]))
            let cursor = try store.loadAll().cursor
            let written = try store.update(
                id: "P2-1", status: nil, progress: nil, note: "已召开推进会", kind: .note,
                actor: "王芳", at: at, ifVersion: nil)
            let changes = try store.changes(since: cursor)
            #expect(changes.tasks == [written])
            #expect(written.status == .notStarted && written.version == 1)
            #expect(changes.history.map(\.note) == ["已召开推进会"])
            #expect(changes.latest?.kind == .note)
            #expect(changes.reload == nil)
        }
    }

    @Test func anImportReturnsChangedAndNewTasksNotUnchangedOnes() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2), StoreSample.task(3)]))
            let cursor = try store.loadAll().cursor

            // Only changed tasks: applied row by row.
            _ = try store.apply(
                StoreSample.gazette([
                    StoreSample.task(1), StoreSample.task(2, text: "修订后的第2项任务"),
                    StoreSample.task(3)
                ]))
            let edited = try store.changes(since: cursor)
            #expect(edited.tasks.map(\.id) == ["P2-2"])
            #expect(edited.tasks.first?.text == "修订后的第2项任务")
            #expect(edited.history.isEmpty)
            #expect(edited.reload == nil)

            // A new task is structural: the whole store comes along.
            _ = try store.apply(
                StoreSample.gazette([
                    StoreSample.task(1), StoreSample.task(3, text: "修订后的第3项任务"),
                    StoreSample.task(4)
                ]))
            let added = try store.changes(since: edited.cursor)
            #expect(added.tasks.map(\.id) == ["P2-3", "P2-4"])
            let reload = try #require(added.reload)
            #expect(try reload.tasks == store.tasks())
            #expect(reload.cursor == added.cursor)

            #expect(try store.changes(since: added.cursor).isEmpty)
        }
    }

    @Test func aDocumentChangeIsStructuralAndAnUnchangedOneIsNot() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            let cursor = try store.loadAll().cursor
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            #expect(try store.changes(since: cursor).isEmpty)

            var plan = StoreSample.plan
            plan.title = "2020年政府工作报告重点任务分工方案（修订）"
            _ = try store.apply(ImportBatch(documents: [plan], tasks: [StoreSample.task(1)], mode: .keepState))
            let changes = try store.changes(since: cursor)
            #expect(changes.tasks.isEmpty)
            #expect(changes.reload?.documents == [plan])
        }
    }

    @Test func aSecondConnectionsWritesAreSeen() throws {
        try withTemporaryStore { reader, path in
            let writer = try SQLiteStore(path: path)
            defer { try? writer.close() }
            _ = try writer.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2)]))
            let loaded = try reader.loadAll()
            #expect(loaded.tasks.count == 2)

            let first = try writer.update(
                id: "P2-1", status: .inProgress, progress: 10, note: nil,
                actor: "王芳", at: at, ifVersion: nil)
            let second = try writer.update(
                id: "P2-1", status: nil, progress: 20, note: "进度过半", actor: "李明",
                at: at.addingTimeInterval(60), ifVersion: first.version)
            try writer.setSetting("theme", "mono")
            let changes = try reader.changes(since: loaded.cursor)
            #expect(changes.tasks == [second])
            #expect(changes.history.map(\.actor) == ["李明", "王芳"])
            #expect(changes.latest?.note == "进度过半")

            try writer.setSetting("theme", "colour")
            #expect(try reader.changes(since: changes.cursor).isEmpty, "a setting is not a change the snapshot shows")
        }
    }

    @Test func aCursorFromAnotherStoreFileReloads() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            let ahead = ChangeCursor(sequence: 1_000, historyID: 0)
            let changes = try store.changes(since: ahead)
            #expect(changes.reload?.tasks == [StoreSample.task(1)])
            #expect(try changes.cursor == store.loadAll().cursor)
        }
    }
}
