import Foundation
import GRDB
import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelRead
@testable import ModelStore

/// A snapshot image must give exactly what a load from the store's rows gives, at the store's
/// current cursor, or not be used at all.
@Suite struct StoreSnapshotImageTests {
    @Test func anImageReadBackEqualsTheSnapshotItWasTakenFrom() throws {
        try withGeneratedStore(700) { store, path in
            let (rows, cursor, source) = try store.loadSnapshot(useImage: false)
            #expect(source == .rows)
            try save(rows, cursor, store)
            let loaded = try store.loadSnapshot()
            #expect(loaded.source == .image(behind: 0))
            #expect(loaded.cursor == cursor)
            expectSameSnapshot(loaded.snapshot, rows)
            #expect(FileManager.default.fileExists(atPath: SnapshotImage.path(forStore: path)))
        }
    }

    @Test func writesAndHistorySinceTheImageAreAppliedOnLoad() throws {
        try withGeneratedStore(400) { store, path in
            let (rows, cursor, _) = try store.loadSnapshot(useImage: false)
            try save(rows, cursor, store)
            let id = rows.tasks[17].id
            _ = try store.update(
                id: id, status: .behind, progress: 5, note: "拖延", actor: "lisi",
                at: StoreSample.instant("2020-06-29T08:00:00Z"), ifVersion: nil)
            // A write that moves a task to other leaders: the indexes must follow it.
            let queue = try DatabaseQueue(path: path)
            try queue.write {
                try $0.execute(
                    sql: "UPDATE task SET leaders = ? WHERE id = ?",
                    arguments: [StringListColumn.encode(["杨有凯"]), rows.tasks[3].id])
            }
            try queue.close()
            let loaded = try store.loadSnapshot()
            let truth = try store.loadSnapshot(useImage: false)
            guard case let .image(behind) = loaded.source else {
                Issue.record("the image was not used: \(loaded.source)")
                return
            }
            #expect(behind == 3, "two task writes and one history entry")
            #expect(loaded.cursor == truth.cursor)
            expectSameSnapshot(loaded.snapshot, truth.snapshot)
            #expect(loaded.snapshot.task(id: id)?.status == .behind)
            #expect(loaded.snapshot.tasksByLeader["杨有凯"]?.contains(3) == true)
        }
    }

    @Test func aStructuralChangeSinceTheImageLoadsFromTheRows() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette((1...30).map { StoreSample.task($0) }))
            let (rows, cursor, _) = try store.loadSnapshot(useImage: false)
            try save(rows, cursor, store)
            _ = try store.apply(StoreSample.gazette((1...31).map { StoreSample.task($0) }))
            let loaded = try store.loadSnapshot()
            #expect(loaded.source == .rows)
            #expect(loaded.snapshot.tasks.count == 31)
        }
    }

    @Test func aBackupRestoredAndWrittenPastTheImageIsNotTakenForIt() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("s.sqlite").path, backup = path + ".backup"
            var store = try SQLiteStore(path: path)
            _ = try store.apply(StoreSample.gazette((1...20).map { StoreSample.task($0) }))
            func update(_ index: Int, _ status: Status, _ store: SQLiteStore) throws {
                let id = try store.loadSnapshot(useImage: false).snapshot.tasks[index].id
                _ = try store.update(
                    id: id, status: status, progress: nil, note: nil, actor: "lisi",
                    at: StoreSample.instant("2020-06-29T08:00:00Z"), ifVersion: nil)
            }
            /// A closed store's files copied from `source` to `target`, as a file backup does.
            func copyStore(_ source: String, _ target: String) throws {
                for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: target + suffix) {
                    try FileManager.default.removeItem(atPath: target + suffix)
                }
                for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
                    try FileManager.default.copyItem(atPath: source + suffix, toPath: target + suffix)
                }
            }
            try update(1, .inProgress, store)
            _ = try store.identity()  // the backup keeps it: the image names the same store
            try store.close()
            try copyStore(path, backup)
            store = try SQLiteStore(path: path)
            try update(2, .done, store)
            let (rows, cursor, _) = try store.loadSnapshot(useImage: false)
            try save(rows, cursor, store)
            try store.close()
            // The backup comes back in place of the store, and a different update is made on it:
            // the same cursor as the image's, another history.
            try copyStore(backup, path)
            store = try SQLiteStore(path: path)
            defer { try? store.close() }
            try update(3, .behind, store)
            let loaded = try store.loadSnapshot()
            #expect(loaded.cursor == cursor, "the restored store reached the image's cursor")
            #expect(loaded.source == .rows)
            expectSameSnapshot(loaded.snapshot, try store.loadSnapshot(useImage: false).snapshot)
        }
    }

    @Test func anImageOfAnotherStoreIsNotUsed() throws {
        try withTemporaryDirectory { directory in
            let first = try SQLiteStore(path: directory.appendingPathComponent("a.sqlite").path)
            let second = try SQLiteStore(path: directory.appendingPathComponent("b.sqlite").path)
            defer {
                try? first.close()
                try? second.close()
            }
            for store in [first, second] { _ = try store.apply(StoreSample.gazette((1...20).map { StoreSample.task($0) })) }
            let (rows, cursor, _) = try first.loadSnapshot(useImage: false)
            try save(rows, cursor, first)
            #expect(try first.loadSnapshot().source == .image(behind: 0))
            _ = try second.identity()
            try FileManager.default.copyItem(
                atPath: SnapshotImage.path(forStore: first.path),
                toPath: SnapshotImage.path(forStore: second.path))
            #expect(try second.loadSnapshot().source == .rows, "same counters, another store")
        }
    }

    @Test func aDamagedImageIsNotUsedAndChangesNothing() throws {
        try withGeneratedStore(300) { store, path in
            let (rows, cursor, _) = try store.loadSnapshot(useImage: false)
            try save(rows, cursor, store)
            let imagePath = SnapshotImage.path(forStore: path)
            let whole = try Data(contentsOf: URL(fileURLWithPath: imagePath))
            var damaged: [(String, Data)] = [0, 7, 60, whole.count / 2, whole.count - 9, whole.count - 1].map {
                ("cut at \($0) of \(whole.count) bytes", whole.prefix($0))
            }
            for offset in [30, whole.count / 3, whole.count * 2 / 3, whole.count - 3] {
                var flipped = whole
                flipped[offset] ^= 0x20
                damaged.append(("a bit flipped at \(offset)", flipped))
            }
            damaged.append(("a byte added", whole + [0]))
            for (damage, bytes) in damaged {
                try bytes.write(to: URL(fileURLWithPath: imagePath))
                let loaded = try store.loadSnapshot()
                #expect(loaded.source == .rows, "\(damage)")
                let sameTasks = loaded.snapshot.tasks == rows.tasks  // not in #expect, which would print every task
                #expect(sameTasks, "\(damage)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: imagePath)) == bytes, "the load leaves the file as it was")
            }
        }
    }

    @Test func theWriterWritesForLargeStoresWithTheStoresModeAndLeavesNoTemporaryFile() throws {
        try withGeneratedStore(SnapshotImage.minimumTasks) { store, path in
            chmod(path, 0o640)
            let (rows, cursor, source) = try store.loadSnapshot()
            #expect(source == .rows)
            let writer = try #require(SnapshotImageWriter.start(for: store, snapshot: rows, cursor: cursor, source: source))
            writer.wait()
            #expect(writer.failure == nil)
            var status = stat()
            #expect(stat(SnapshotImage.path(forStore: path), &status) == 0)
            #expect(status.st_mode & 0o777 == 0o640)
            #expect(try temporaries(beside: path).isEmpty)
            #expect(try store.loadSnapshot().source == .image(behind: 0))
            // Up to date, or only a little behind: nothing to write.
            #expect(SnapshotImageWriter.start(for: store, snapshot: rows, cursor: cursor, source: .image(behind: 0)) == nil)
            let stale = SnapshotImage.staleness(taskCount: rows.tasks.count)
            #expect(SnapshotImageWriter.start(for: store, snapshot: rows, cursor: cursor, source: .image(behind: stale - 1)) == nil)
            let rewrite = try #require(
                SnapshotImageWriter.start(
                    for: store, snapshot: rows, cursor: cursor,
                    source: .image(behind: stale)))
            rewrite.cancel()
            #expect(try temporaries(beside: path).isEmpty, "a cancelled write leaves no file behind")
            // A process that exits does not wait for the thread; the file goes all the same.
            let abandoned = try #require(
                SnapshotImageWriter.start(
                    for: store, snapshot: rows, cursor: cursor,
                    source: .image(behind: stale)))
            abandoned.cancel(patience: .nanoseconds(0))
            abandoned.wait()
            #expect(try temporaries(beside: path).isEmpty, "a write cancelled without waiting leaves no file behind")
        }
    }

    @Test func theWriterKeepsAnImageAsRecentAndReplacesADamagedOne() throws {
        try withGeneratedStore(SnapshotImage.minimumTasks) { store, path in
            let (rows, cursor, _) = try store.loadSnapshot(useImage: false)
            try save(rows, cursor, store)
            let imagePath = SnapshotImage.path(forStore: path)
            let saved = try Data(contentsOf: URL(fileURLWithPath: imagePath))
            let kept = try #require(SnapshotImageWriter.start(for: store, snapshot: rows, cursor: cursor, source: .rows))
            kept.wait()
            #expect(kept.skipped && kept.failure == nil)
            var damaged = saved
            damaged[saved.count / 2] ^= 1
            try damaged.write(to: URL(fileURLWithPath: imagePath))
            let replaced = try #require(SnapshotImageWriter.start(for: store, snapshot: rows, cursor: cursor, source: .rows))
            replaced.wait()
            #expect(!replaced.skipped && replaced.failure == nil)
            #expect(try Data(contentsOf: URL(fileURLWithPath: imagePath)) == saved, "the same image again")
        }
    }

    @Test func theWriterLeavesSmallStoresAlone() throws {
        try withGeneratedStore(200) { store, _ in
            let (rows, cursor, source) = try store.loadSnapshot()
            #expect(SnapshotImageWriter.start(for: store, snapshot: rows, cursor: cursor, source: source) == nil)
        }
    }

    @Test func writingTheImageNowWritesOnlyWhatALoadWouldUse() throws {
        try withGeneratedStore(SnapshotImage.minimumTasks) { store, path in
            #expect(try store.writeSnapshotImage())
            #expect(try temporaries(beside: path).isEmpty)
            let loaded = try store.loadSnapshot()
            #expect(loaded.source == .image(behind: 0))
            expectSameSnapshot(loaded.snapshot, try store.loadSnapshot(useImage: false).snapshot)
            #expect(try store.writeSnapshotImage() == false, "the image is current")
            // A structural change makes it stale: written again.
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            #expect(try store.writeSnapshotImage())
            #expect(try store.loadSnapshot().source == .image(behind: 0))
        }
        try withGeneratedStore(SnapshotImage.minimumTasks - 1) { store, path in
            let wrote = try store.writeSnapshotImage()
            #expect(!wrote)
            #expect(!FileManager.default.fileExists(atPath: SnapshotImage.path(forStore: path)))
        }
    }

    @Test func theChecksumDoesNotDependOnHowTheBytesAreSplit() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        func checksum(_ pieces: [Range<Int>]) -> UInt64 {
            var sum = ImageChecksum()
            for piece in pieces { bytes[piece].withUnsafeBytes { sum.add($0) } }
            return sum.value
        }
        let whole = checksum([0..<1_000])
        #expect(checksum([0..<3, 3..<11, 11..<500, 500..<1_000]) == whole)
        #expect(checksum([0..<1, 1..<2, 2..<999, 999..<1_000]) == whole)
        #expect(checksum([0..<999]) != whole)
    }

    private func save(_ snapshot: Snapshot, _ cursor: ChangeCursor, _ store: SQLiteStore) throws {
        try SnapshotImage.save(snapshot, cursor: cursor, stamp: try store.imageStamp(at: cursor), storePath: store.path)
    }

    private func temporaries(beside path: String) throws -> [String] {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }
    }

    /// A store of `count` generated tasks with their history.
    private func withGeneratedStore(_ count: Int, _ body: (SQLiteStore, String) throws -> Void) throws {
        try withTemporaryStore { store, path in
            var generator = TaskGenerator(seed: 11)
            #expect(try GeneratedStore.write(count, from: &generator, into: store) > 0)
            try body(store, path)
        }
    }
}
