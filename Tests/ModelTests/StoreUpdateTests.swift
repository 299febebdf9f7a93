import Foundation
import Testing

@testable import ModelCore
@testable import ModelStore

@Suite struct StoreUpdateTests {
    @Test func updateWritesTaskAndHistoryAndBumpsVersion() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            let at = Date(timeIntervalSince1970: 1_593_339_120.6)
            let task = try store.update(
                id: "P2-1", status: .inProgress, progress: 30, note: "已完成立项",
                actor: "王芳", at: at, ifVersion: 0)
            #expect(task.status == .inProgress)
            #expect(task.progress == 30)
            #expect(task.version == 1)
            #expect(task.updatedAt == StoreSample.instant("2020-06-28T10:12:00Z"))
            #expect(try store.task(id: "P2-1") == task)
            #expect(
                try store.history(taskID: "P2-1") == [
                    ProgressEntry(
                        taskID: "P2-1", actor: "王芳", at: StoreSample.instant("2020-06-28T10:12:00Z"), kind: .update,
                        oldStatus: .notStarted, newStatus: .inProgress, oldProgress: 0, newProgress: 30,
                        note: "已完成立项")
                ])
        }
    }

    @Test func doneWithoutProgressMeansComplete() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1, status: .inProgress, progress: 60)]))
            let task = try store.update(
                id: "P2-1", status: .done, progress: nil, note: nil,
                actor: "王芳", at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: nil)
            #expect(task.status == .done)
            #expect(task.progress == 100)
            let entry = try #require(try store.history(taskID: "P2-1").first)
            #expect(entry.oldProgress == 60)
            #expect(entry.newProgress == 100)
        }
    }

    @Test func progressAloneLeavesStatusOutOfTheEntry() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1, status: .inProgress, progress: 10)]))
            let task = try store.update(
                id: "P2-1", status: nil, progress: 20, note: nil,
                actor: "王芳", at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: nil)
            #expect(task.status == .inProgress)
            #expect(
                try store.history(taskID: "P2-1") == [
                    ProgressEntry(
                        taskID: "P2-1", actor: "王芳", at: StoreSample.instant("2020-06-28T10:12:00Z"), kind: .update,
                        oldProgress: 10, newProgress: 20)
                ])
        }
    }

    @Test func notesAndInstructionsAreHistoryToo() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            _ = try store.update(
                id: "P2-1", status: nil, progress: nil, note: "现场督查", kind: .note,
                actor: "督查室", at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: nil)
            let task = try store.update(
                id: "P2-1", status: nil, progress: nil, note: "请加快进度", kind: .instruction,
                actor: "马长军", at: StoreSample.instant("2020-06-29T09:00:00Z"), ifVersion: 1)
            #expect(task.status == .notStarted)
            #expect(task.progress == 0)
            #expect(task.version == 2)
            #expect(task.updatedAt == StoreSample.instant("2020-06-29T09:00:00Z"))
            #expect(
                try store.history(taskID: "P2-1") == [
                    ProgressEntry(
                        taskID: "P2-1", actor: "马长军", at: StoreSample.instant("2020-06-29T09:00:00Z"), kind: .instruction,
                        note: "请加快进度"),
                    ProgressEntry(
                        taskID: "P2-1", actor: "督查室", at: StoreSample.instant("2020-06-28T10:12:00Z"), kind: .note,
                        note: "现场督查")
                ])
        }
    }

    @Test func staleVersionIsRefusedNamingWhoChangedIt() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            let first = try store.update(
                id: "P2-1", status: .inProgress, progress: 20, note: nil,
                actor: "王芳", at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: 0)
            let history = try store.history(taskID: "P2-1")

            let failure = #expect(throws: StoreError.self) {
                try store.update(
                    id: "P2-1", status: .blocked, progress: nil, note: "资金未到位",
                    actor: "李明", at: StoreSample.instant("2020-06-28T11:00:00Z"), ifVersion: 0)
            }
            guard case let .conflict(current, lastChange, expected)? = failure else {
                Issue.record("expected a conflict, got \(String(describing: failure))")
                return
            }
            #expect(current == first)
            #expect(lastChange == history.first)
            #expect(expected == 0)
            #expect(
                failure?.description
                    == "task P2-1 was changed meanwhile (version 1, expected 0) by 王芳 at 2020-06-28T10:12:00Z")
            #expect(try store.task(id: "P2-1") == first)
            #expect(try store.history(taskID: "P2-1") == history)
        }
    }

    @Test func invalidUpdatesAreRefusedAndWriteNothing() throws {
        try withTemporaryStore { store, _ throws in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            let at = StoreSample.instant("2020-06-28T10:12:00Z")
            let unknown = #expect(throws: StoreError.self) {
                try store.update(id: "P9-9", status: .done, progress: nil, note: nil, actor: "王芳", at: at, ifVersion: nil)
            }
            #expect(unknown?.description == "no task with id P9-9")
            let tooMuch = #expect(throws: StoreError.self) {
                try store.update(id: "P2-1", status: nil, progress: 101, note: "超额", actor: "王芳", at: at, ifVersion: nil)
            }
            #expect(tooMuch?.description == "task P2-1: progress 101 is not within 0–100")
            let empty = #expect(throws: StoreError.self) {
                try store.update(id: "P2-1", status: nil, progress: nil, note: nil, actor: "王芳", at: at, ifVersion: nil)
            }
            #expect(empty?.description == "task P2-1: nothing to record (no status, progress or note)")
            #expect(try store.tasks() == [StoreSample.task(1)])
            #expect(try store.history(since: nil, actor: nil, limit: nil).isEmpty)
        }
    }
}
