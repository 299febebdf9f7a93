import Foundation
import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelRead
@testable import ModelStore

/// A 领导批示 names the leader who gave it, beside the clerk who typed it: in the history, in
/// the snapshot image, in the history line; a leader the task does not name is refused.
@Suite struct InstructionLeaderTests {
    @Test func anInstructionKeepsItsLeaderThroughTheHistoryAndTheImage() throws {
        try withTemporaryStore { store, _ in
            var generator = TaskGenerator(seed: 11)
            #expect(try GeneratedStore.write(700, from: &generator, into: store) > 0)
            let rows = try store.loadSnapshot(useImage: false)
            let task = try #require(rows.snapshot.tasks.first { $0.leaders.count > 1 })
            let leader = task.leaders[1]
            let at = StoreSample.instant("2020-06-29T08:00:00Z")
            _ = try store.update(
                id: task.id, status: nil, progress: nil, note: "抓紧落实", kind: .instruction, leader: leader,
                actor: "文秘", at: at, ifVersion: nil)
            let entry = try #require(try store.history(taskID: task.id).first)
            #expect(entry.kind == .instruction && entry.leader == leader && entry.actor == "文秘")
            #expect(HistoryLine.text(entry, language: .zh).contains("文秘 领导批示（\(leader)） “抓紧落实”"))
            #expect(HistoryLine.text(entry, language: .en).contains("instruction (\(leader))"))

            let truth = try store.loadSnapshot(useImage: false)
            try SnapshotImage.save(
                truth.snapshot, cursor: truth.cursor, stamp: try store.imageStamp(at: truth.cursor), storePath: store.path)
            let loaded = try store.loadSnapshot()
            #expect(loaded.source == .image(behind: 0))
            #expect(loaded.snapshot.history[task.id]?.first?.leader == leader)
        }
    }

    @Test func aLeaderTheTaskDoesNotNameOrOneGivenForANoteIsRefusedAndNothingIsWritten() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            let task = try #require(try store.task(id: "P2-1"))
            #expect(!task.leaders.contains("外人"))
            for (kind, leader) in [(ProgressEntry.Kind.instruction, "外人"), (.note, task.leaders.first ?? "马长军")] {
                #expect(throws: StoreError.self) {
                    try store.update(
                        id: "P2-1", status: nil, progress: nil, note: "批示", kind: kind, leader: leader,
                        actor: "文秘", at: Date(), ifVersion: nil)
                }
            }
            #expect(try store.history(taskID: "P2-1").isEmpty)
            #expect(try store.task(id: "P2-1")?.version == task.version)
        }
    }
}
