import Foundation
import GRDB
import Testing
@testable import Model

/// What the store's bulk paths (an import's writes, the history's read) must keep doing
/// while they are made fast.
@Suite struct StoreBulkSpeedTests {
    /// Names that need every kind of escape a JSON string has, and some that need none.
    static let awkwardNames = ["\"引号\"", "back\\slash", "a/b", "tab\there", "line\nbreak", "\r\u{08}\u{0C}",
                               "\u{00}\u{01}\u{1F}\u{7F}", "é 😀 \u{2028}\u{2029}\u{FEFF}", "", "区发展和改革局"]

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
            let batch = ImportBatch(documents: [StoreSample.plan], tasks: (1...2500).map { StoreSample.task($0) },
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
            let batch = ImportBatch(documents: [], tasks: [StoreSample.task(7), StoreSample.task(2, progress: 30),
                                                           StoreSample.task(1), StoreSample.task(5)],
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
            _ = try store.apply(ImportBatch(documents: [StoreSample.plan],
                                            tasks: (1...1200).map { StoreSample.task($0, status: .done, progress: 100, updatedAt: done) },
                                            mode: .replaceState))
            let revised = StoreSample.gazette((1...1201).map { StoreSample.task($0, text: $0.isMultiple(of: 2) ? "改过" : nil) })
            #expect(try store.apply(revised) == ImportOutcome(documents: 1, tasksInserted: 1, tasksUpdated: 600,
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
}
