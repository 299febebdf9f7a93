import Foundation
import Testing

@testable import ModelCore
@testable import ModelStore

@Suite struct StoreImportTests {
    @Test func applyInsertsThenReapplyingChangesNothing() throws {
        try withTemporaryStore { store, _ in
            let batch = StoreSample.gazette([StoreSample.task(1), StoreSample.task(2), StoreSample.task(3)])
            let first = try store.apply(batch)
            #expect(first == ImportOutcome(documents: 1, tasksInserted: 3))
            let tasks = try store.tasks()
            #expect(tasks == batch.tasks)

            let second = try store.apply(batch)
            #expect(second == ImportOutcome(documents: 1, tasksUnchanged: 3))
            #expect(try store.tasks() == tasks)
            #expect(try store.documents() == [StoreSample.plan])
        }
    }

    @Test func everyFieldSurvivesAWriteAndARead() throws {
        try withTemporaryStore { store, _ in
            let task = Task(
                id: "M8-1", document: StoreSample.motions.name, number: 1, caseNumber: "议案第1号", category: "A",
                chapter: "议案", section: nil, text: "关于加快“城乡/一体化”建设的议案", proposers: ["张三", "李四"],
                leaders: ["政府班子成员"], leadUnits: ["区住房和城乡建设局"], responsibleUnits: [],
                cooperatingUnits: ["区财政局", "市生态环境局利通分局"], status: .behind, deadline: nil,
                progress: 45, updatedAt: Date(timeIntervalSince1970: 1_593_339_120.999), version: 7)
            _ = try store.apply(ImportBatch(documents: [StoreSample.motions], tasks: [task], mode: .replaceState))
            var expected = task
            expected.updatedAt = StoreSample.instant("2020-06-28T10:12:00Z")
            #expect(try store.task(id: "M8-1") == expected)
            #expect(try store.documents() == [StoreSample.motions])
            #expect(try store.task(id: "M8-2") == nil)
        }
    }

    @Test func keepStateKeepsStatusProgressAndHistory() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2)]))
            let updated = try store.update(
                id: "P2-1", status: .inProgress, progress: 40, note: "已开工",
                actor: "王芳", at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: nil)
            let history = try store.history(taskID: "P2-1")

            let revised = StoreSample.gazette([StoreSample.task(1, text: "修订后的第1项任务"), StoreSample.task(2)])
            #expect(try store.apply(revised) == ImportOutcome(documents: 1, tasksUpdated: 1, tasksUnchanged: 1))

            let task = try #require(try store.task(id: "P2-1"))
            #expect(task.text == "修订后的第1项任务")
            #expect(task.status == .inProgress)
            #expect(task.progress == 40)
            #expect(task.updatedAt == updated.updatedAt)
            #expect(task.version == updated.version + 1)
            #expect(try store.history(taskID: "P2-1") == history)

            #expect(try store.apply(revised) == ImportOutcome(documents: 1, tasksUnchanged: 2))
            #expect(try store.task(id: "P2-1") == task)
        }
    }

    @Test func replaceStateOverwritesStatusAndProgress() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            _ = try store.update(
                id: "P2-1", status: .inProgress, progress: 40, note: nil,
                actor: "王芳", at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: nil)
            let done = StoreSample.task(1, status: .done, progress: 100, updatedAt: StoreSample.instant("2020-07-01T08:00:00Z"))
            let batch = ImportBatch(documents: [], tasks: [done], mode: .replaceState)
            #expect(try store.apply(batch) == ImportOutcome(tasksUpdated: 1))

            var expected = done
            expected.version = 2
            #expect(try store.task(id: "P2-1") == expected)
            #expect(try store.history(taskID: "P2-1").count == 1)
            #expect(try store.apply(batch) == ImportOutcome(tasksUnchanged: 1))
        }
    }

    @Test func newTasksAreAppendedAndOthersLeftAlone() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2), StoreSample.task(3)]))
            let outcome = try store.apply(StoreSample.gazette([StoreSample.task(5), StoreSample.task(2), StoreSample.task(4)]))
            #expect(outcome == ImportOutcome(documents: 1, tasksInserted: 2, tasksUnchanged: 1))
            #expect(try store.tasks().map(\.id) == ["P2-1", "P2-2", "P2-3", "P2-5", "P2-4"])
        }
    }

    @Test func aBatchFailingMidwayWritesNothing() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2)]))
            let tasks = try store.tasks()
            var renamed = StoreSample.plan
            renamed.title = "新标题"
            let batch = ImportBatch(
                documents: [renamed, StoreSample.motions],
                tasks: [StoreSample.task(3), StoreSample.task(1, text: "改过"), StoreSample.task(4, progress: 150)],
                mode: .replaceState)
            let failure = #expect(throws: StoreError.self) { try store.apply(batch) }
            #expect(failure?.description == "task P2-4: progress 150 is not within 0–100")
            #expect(try store.tasks() == tasks)
            #expect(try store.documents() == [StoreSample.plan])
        }
    }

    @Test func aConstraintFailingMidwayWritesNothing() throws {
        try withTemporaryStore { store, path in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            var clash = StoreSample.motions
            clash.name = StoreSample.plan.name
            let batch = ImportBatch(documents: [clash], tasks: [StoreSample.task(2)], mode: .keepState)
            let failure = #expect(throws: StoreError.self) { try store.apply(batch) }
            #expect(failure?.description.hasPrefix("store \(path): UNIQUE constraint failed") == true)
            #expect(try store.tasks() == [StoreSample.task(1)])
            #expect(try store.documents() == [StoreSample.plan])
        }
    }

    @Test func repeatedTaskIDsAreRefused() throws {
        try withTemporaryStore { store, _ throws in
            let batch = StoreSample.gazette([StoreSample.task(1), StoreSample.task(2), StoreSample.task(1, text: "重复")])
            let failure = #expect(throws: StoreError.self) { try store.apply(batch) }
            #expect(failure?.description == "import refused: task P2-1 appears more than once")
            #expect(try store.isEmpty)
            #expect(try store.documents().isEmpty)
        }
    }
}
