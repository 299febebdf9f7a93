import Foundation
import GRDB
import Testing

@testable import ModelCore
@testable import ModelStore

/// What the store's bulk paths (an import's writes, the history's read) must keep doing
/// while they are made fast.
@Suite struct StoreBulkSpeedTests {
    /// Names that need every kind of escape a JSON string has, and some that need none.
    static let awkwardNames = [
        "\"引号\"", "back\\slash", "a/b", "tab\there", "line\nbreak", "\r\u{08}\u{0C}",
        "\u{00}\u{01}\u{1F}\u{7F}", "é 😀 \u{2028}\u{2029}\u{FEFF}", "", "区发展和改革局"
    ]

    @Test func listColumnsAreWrittenAsJSONEncoderWroteThem() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let lists = [[], Self.awkwardNames, (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }] + Self.awkwardNames.map { [$0] }
        for list in lists {
            let text = StringListColumn.encode(list)
            #expect(text == String(decoding: try encoder.encode(list), as: UTF8.self))
            #expect(StringListColumn.decode(text) == list)
        }
    }

    @Test func awkwardNamesSurviveAnImportAndARead() throws {
        try withTemporaryStore { store, path in
            var task = StoreSample.task(1)
            task.proposers = Self.awkwardNames
            task.cooperatingUnits = Self.awkwardNames.reversed()
            _ = try store.apply(StoreSample.gazette([task]))
            #expect(try store.task(id: "P2-1") == task)
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            let stored = try queue.read { try String.fetchOne($0, sql: "SELECT proposers FROM task")! }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .withoutEscapingSlashes
            #expect(stored == String(decoding: try encoder.encode(Self.awkwardNames), as: UTF8.self))
        }
    }

    @Test func reimportingABigBatchChangesNothingAndReportsProgress() throws {
        try withTemporaryStore { store, _ in
            let batch = ImportBatch(
                documents: [StoreSample.plan], tasks: (1...2500).map { StoreSample.task($0) },
                mode: .replaceState)
            var reported: [Int] = []
            #expect(try store.apply(batch) { reported.append($0) } == ImportOutcome(documents: 1, tasksInserted: 2500))
            #expect(reported == [1000, 2000, 2500])
            let first = try store.loadAll()

            reported = []
            #expect(try store.apply(batch) { reported.append($0) } == ImportOutcome(documents: 1, tasksUnchanged: 2500))
            #expect(reported == [1000, 2000, 2500])
            let second = try store.loadAll()
            #expect(second.tasks == first.tasks)
            #expect(second.tasks.allSatisfy { $0.version == 0 })
            #expect(second.cursor.sequence == first.cursor.sequence)
        }
    }

    @Test func aMixedBatchInsertsAfterTheStoredTasksAndBumpsOnlyChangedOnes() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette((1...3).map { StoreSample.task($0) }))
            let batch = ImportBatch(
                documents: [],
                tasks: [
                    StoreSample.task(7), StoreSample.task(2, progress: 30),
                    StoreSample.task(1), StoreSample.task(5)
                ],
                mode: .replaceState)
            #expect(try store.apply(batch) == ImportOutcome(tasksInserted: 2, tasksUpdated: 1, tasksUnchanged: 1))
            let tasks = try store.tasks()
            #expect(tasks.map(\.id) == ["P2-1", "P2-2", "P2-3", "P2-7", "P2-5"])
            #expect(tasks.map(\.version) == [0, 1, 0, 0, 0])
            #expect(tasks[1].progress == 30)
        }
    }

    @Test func keepStateKeepsTheStoredStateOfEveryCollidingTask() throws {
        try withTemporaryStore { store, _ in
            let done = StoreSample.instant("2020-06-28T10:12:00Z")
            _ = try store.apply(
                ImportBatch(
                    documents: [StoreSample.plan],
                    tasks: (1...1200).map { StoreSample.task($0, status: .done, progress: 100, updatedAt: done) },
                    mode: .replaceState))
            let revised = StoreSample.gazette((1...1201).map { StoreSample.task($0, text: $0.isMultiple(of: 2) ? "改过" : nil) })
            #expect(
                try store.apply(revised)
                    == ImportOutcome(
                        documents: 1, tasksInserted: 1, tasksUpdated: 600,
                        tasksUnchanged: 600))
            let tasks = try store.tasks()
            #expect(tasks.dropLast().allSatisfy { $0.status == .done && $0.progress == 100 && $0.updatedAt == done })
            #expect(tasks.dropLast().allSatisfy { $0.version == ($0.number.isMultiple(of: 2) ? 1 : 0) })
            #expect(tasks.last == StoreSample.task(1201))
        }
    }

    @Test func anInvalidProgressLateInABigBatchLeavesTheStoreAsItWas() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette((1...10).map { StoreSample.task($0) }))
            let before = try store.loadAll()
            var tasks = (1...1500).map { StoreSample.task($0, progress: 50) }
            tasks.append(StoreSample.task(1501, progress: -1))
            var reported: [Int] = []
            let failure = #expect(throws: StoreError.self) {
                try store.apply(ImportBatch(documents: [StoreSample.motions], tasks: tasks, mode: .replaceState)) { reported.append($0) }
            }
            #expect(failure?.description == "task P2-1501: progress -1 is not within 0–100")
            #expect(reported == [1000])
            let after = try store.loadAll()
            #expect(after.tasks == before.tasks)
            #expect(after.documents == before.documents)
            #expect(after.cursor == before.cursor)
        }
    }

    @Test func historyIsNewestFirstAndSameSecondEntriesKeepTheirOrder() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2)]))
            let second = StoreSample.instant("2020-06-28T10:12:00Z")
            for (index, actor) in ["甲", "乙", "丙"].enumerated() {
                _ = try store.update(
                    id: "P2-\(index % 2 + 1)", status: nil, progress: 10 * (index + 1), note: "第\(index)次",
                    actor: actor, at: second, ifVersion: nil)
            }
            _ = try store.update(
                id: "P2-2", status: .behind, progress: nil, note: nil, kind: .update, actor: "丁",
                at: second.addingTimeInterval(-60), ifVersion: nil)
            _ = try store.update(
                id: "P2-1", status: nil, progress: nil, note: "批示", kind: .instruction, actor: "戊",
                at: second.addingTimeInterval(60), ifVersion: nil)
            let history = try store.loadAll().history
            #expect(history.map(\.actor) == ["戊", "丁", "丙", "乙", "甲"])
            #expect(
                history[0]
                    == ProgressEntry(
                        taskID: "P2-1", actor: "戊", at: second.addingTimeInterval(60),
                        kind: .instruction, note: "批示"))
            #expect(
                history[1]
                    == ProgressEntry(
                        taskID: "P2-2", actor: "丁", at: second, kind: .update,
                        oldStatus: .notStarted, newStatus: .behind))
            #expect(
                history[2]
                    == ProgressEntry(
                        taskID: "P2-1", actor: "丙", at: second, kind: .update,
                        oldProgress: 10, newProgress: 30, note: "第2次"))
            #expect(try store.history(taskID: "P2-2").map(\.actor) == ["丁", "乙"])
            #expect(try store.history(since: second, actor: nil, limit: 2).map(\.actor) == ["戊", "丁"])
            #expect(try store.history(since: nil, actor: "甲", limit: nil).map(\.note) == ["第0次"])
            let cursor = try store.loadAll().cursor
            _ = try store.update(id: "P2-2", status: nil, progress: nil, note: "最后", actor: "己", at: second, ifVersion: nil)
            #expect(try store.changes(since: cursor).history.map(\.actor) == ["己"])
        }
    }

    @Test func unreadableHistoryValuesAreNamed() throws {
        let cases: [(column: String, value: String, reason: String)] = [
            ("at", "'昨天'", "history of task P2-1: at '昨天' cannot be read"),
            ("kind", "'comment'", "history of task P2-1: kind 'comment' cannot be read"),
            ("old_status", "'paused'", "history of task P2-1: old_status 'paused' cannot be read"),
            ("new_status", "''", "history of task P2-1: new_status '' cannot be read"),
            ("new_progress", "'half'", "history of task P2-1: new_progress 'half' cannot be read")
        ]
        for (column, value, reason) in cases {
            try withTemporaryStore { store, path in
                _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
                _ = try store.update(
                    id: "P2-1", status: .inProgress, progress: 40, note: nil, actor: "王芳",
                    at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: nil)
                let queue = try DatabaseQueue(path: path)
                try queue.write { try $0.execute(sql: "UPDATE progress_entry SET \(column) = \(value)") }
                try queue.close()
                for read in [{ _ = try store.loadAll() }, { _ = try store.history(taskID: "P2-1") }] {
                    let failure = #expect(throws: StoreError.self) { try read() }
                    #expect(failure?.description == "store \(path): \(reason)")
                }
            }
        }
    }
}
