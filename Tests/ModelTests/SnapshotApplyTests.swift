import Foundation
import Testing

@testable import ModelCore
@testable import ModelRead
@testable import ModelStore

/// A snapshot kept up to date with `apply(changes(since:))` equals a full load of the store.
@Suite struct SnapshotApplyTests {
    private let at = StoreSample.instant("2020-06-28T10:12:00Z")

    /// Follows the store from `follower`'s connection: applies what changed, then checks against a full load.
    private struct Follower {
        let store: SQLiteStore
        var snapshot: Snapshot
        var cursor: ChangeCursor

        init(_ store: SQLiteStore) throws {
            let contents = try store.loadAll()
            self.store = store
            snapshot = Snapshot(contents)
            cursor = contents.cursor
        }

        /// Applies the changes since the last call and returns them.
        @discardableResult
        mutating func follow() throws -> StoreChanges {
            let changes = try store.changes(since: cursor)
            snapshot.apply(changes)
            cursor = changes.cursor
            return changes
        }

        func expectSameAsFullLoad(sourceLocation: SourceLocation = #_sourceLocation) throws {
            let full = Snapshot(try store.loadAll())
            #expect(snapshot.tasks == full.tasks, sourceLocation: sourceLocation)
            #expect(snapshot.documents == full.documents, sourceLocation: sourceLocation)
            #expect(snapshot.history == full.history, sourceLocation: sourceLocation)
            #expect(snapshot.index == full.index, sourceLocation: sourceLocation)
            #expect(snapshot.leaders == full.leaders, sourceLocation: sourceLocation)
            #expect(snapshot.tasksByLeader == full.tasksByLeader, sourceLocation: sourceLocation)
            #expect(snapshot.assignmentsByUnit == full.assignmentsByUnit, sourceLocation: sourceLocation)
            // The search index follows the changes too (kept for a status change, rebuilt for new text).
            for filter in ["修订", "改造", "经费", "马长军", "unit:发改局", "P2-1", "leader:赵丽亭 推进"] {
                let matcher = FilterMatcher(try FilterExpression.parse(filter), context: FilterContext(today: Day("2020-07-01")!))
                #expect(
                    matcher.mask(over: snapshot) == full.tasks.map(matcher.matches),
                    "\(filter)", sourceLocation: sourceLocation)
            }
        }
    }

    private var gazette: ImportBatch {
        ImportBatch(documents: GazetteFixture.parsed.documents, tasks: GazetteFixture.parsed.tasks, mode: .keepState)
    }

    @Test func updatesNotesAndImportsApplyAsAFullLoadWouldRead() throws {
        try withTemporaryStore { writer, path in
            _ = try writer.apply(gazette)
            let reader = try SQLiteStore(path: path)
            defer { try? reader.close() }
            var follower = try Follower(reader)

            // Updates and notes, two at the same second (the later one comes first), one dated earlier.
            _ = try writer.update(
                id: "P2-8", status: .inProgress, progress: 40, note: "已完成前期手续", actor: "王芳",
                at: at, ifVersion: nil)
            _ = try writer.update(
                id: "P2-8", status: nil, progress: nil, note: "同一秒的第二条", kind: .note, actor: "李明",
                at: at, ifVersion: nil)
            _ = try writer.update(
                id: "C8-51", status: .behind, progress: nil, note: nil, actor: "李明",
                at: at.addingTimeInterval(-86_400), ifVersion: nil)
            let notes = try follower.follow()
            #expect(notes.tasks.map(\.id) == ["P2-8", "C8-51"])
            #expect(notes.latest?.taskID == "C8-51", "the last recorded, though dated a day earlier")
            #expect(notes.reload == nil)
            try follower.expectSameAsFullLoad()
            #expect(follower.snapshot.history["P2-8"]?.map(\.actor) == ["李明", "王芳"])

            // An import that edits text and moves one task to another leader and unit.
            var edited = gazette
            let textIndex = try #require(edited.tasks.firstIndex { $0.id == "P2-9" })
            edited.tasks[textIndex].text += "（修订）"
            let movedIndex = try #require(edited.tasks.firstIndex { $0.id == "E11-5" })
            edited.tasks[movedIndex].leaders = ["马长军"]
            edited.tasks[movedIndex].leadUnits = ["金积镇"]
            _ = try writer.apply(edited)
            let imported = try follower.follow()
            #expect(imported.tasks.map(\.id) == ["P2-9", "E11-5"])
            #expect(imported.reload == nil)
            try follower.expectSameAsFullLoad()
            #expect(follower.snapshot.tasksByLeader["马长军"]?.contains(movedIndex) == true)

            // An import that adds a task reloads the whole store.
            var added = edited
            var extra = edited.tasks[textIndex]
            extra.id = "P2-100"
            extra.number = 100
            added.tasks.append(extra)
            _ = try writer.apply(added)
            #expect(try follower.follow().reload != nil)
            try follower.expectSameAsFullLoad()

            _ = try writer.update(id: "P2-100", status: .done, progress: nil, note: nil, actor: "王芳", at: at, ifVersion: nil)
            try follower.follow()
            try follower.expectSameAsFullLoad()
            #expect(try follower.follow().isEmpty)
        }
    }

    @Test func aWriterRacingTheReaderIsFollowedWithNothingMissedOrTwice() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("duban.sqlite").path
        let writer = try SQLiteStore(path: path)
        let reader = try SQLiteStore(path: path)
        defer {
            try? writer.close()
            try? reader.close()
        }
        _ = try writer.apply(gazette)
        let ids = gazette.tasks.map(\.id)
        let at = self.at

        @Sendable func write() throws {
            for step in 0..<60 {
                _ = try writer.update(
                    id: ids[step * 5 % ids.count], status: nil, progress: step, note: "\(step)",
                    kind: .update, actor: "writer", at: at, ifVersion: nil)
            }
        }
        async let written: Void = write()
        // The first load races the writer too: its cursor must match what it read.
        var follower = try Follower(reader)
        var seen = follower.snapshot.history.values.reduce(0) { $0 + $1.count }
        for _ in 0..<10_000 where seen < 60 {
            seen += try follower.follow().history.count
            try await _Concurrency.Task.sleep(for: .milliseconds(1))
        }
        try await written
        seen += try follower.follow().history.count
        #expect(seen == 60)
        try follower.expectSameAsFullLoad()
    }
}
