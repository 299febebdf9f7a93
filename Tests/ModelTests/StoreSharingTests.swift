import Foundation
import Testing

@testable import ModelCore
@testable import ModelStore

@Suite struct StoreSharingTests {
    @Test func historyFiltersBySinceActorAndLimit() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2)]))
            let entries = [
                ("P2-1", "王芳", "2020-06-01T08:00:00Z"),
                ("P2-2", "李明", "2020-06-15T08:00:00Z"),
                ("P2-1", "王芳", "2020-06-30T08:00:00Z")
            ]
            for (id, actor, at) in entries {
                _ = try store.update(
                    id: id, status: nil, progress: nil, note: at, kind: .note,
                    actor: actor, at: StoreSample.instant(at), ifVersion: nil)
            }
            func notes(_ list: [ProgressEntry]) -> [String] { list.compactMap(\.note) }
            #expect(
                notes(try store.history(since: nil, actor: nil, limit: nil))
                    == ["2020-06-30T08:00:00Z", "2020-06-15T08:00:00Z", "2020-06-01T08:00:00Z"])
            #expect(
                notes(try store.history(since: StoreSample.instant("2020-06-15T08:00:00Z"), actor: nil, limit: nil))
                    == ["2020-06-30T08:00:00Z", "2020-06-15T08:00:00Z"])
            #expect(
                notes(try store.history(since: nil, actor: "王芳", limit: nil))
                    == ["2020-06-30T08:00:00Z", "2020-06-01T08:00:00Z"])
            #expect(
                notes(try store.history(since: StoreSample.instant("2020-06-02T00:00:00Z"), actor: "王芳", limit: nil))
                    == ["2020-06-30T08:00:00Z"])
            #expect(
                notes(try store.history(since: nil, actor: nil, limit: 2))
                    == ["2020-06-30T08:00:00Z", "2020-06-15T08:00:00Z"])
            #expect(notes(try store.history(taskID: "P2-2")) == ["2020-06-15T08:00:00Z"])
        }
    }

    @Test func twoStoresOnOneFileSeeEachOthersWrites() throws {
        try withTemporaryStore { first, path in
            let second = try SQLiteStore(path: path)
            defer { try? second.close() }
            _ = try first.apply(StoreSample.gazette([StoreSample.task(1)]))
            #expect(try second.tasks() == [StoreSample.task(1)])

            let written = try second.update(
                id: "P2-1", status: .inProgress, progress: 50, note: nil,
                actor: "李明", at: StoreSample.instant("2020-06-28T10:12:00Z"), ifVersion: 0)
            #expect(try first.task(id: "P2-1") == written)
            #expect(try first.history(taskID: "P2-1").map(\.actor) == ["李明"])
            #expect(throws: StoreError.self) {
                try first.update(
                    id: "P2-1", status: .done, progress: nil, note: nil,
                    actor: "王芳", at: StoreSample.instant("2020-06-28T10:13:00Z"), ifVersion: 0)
            }
        }
    }

    @Test func concurrentWritersFromTwoStoresAllLand() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("duban.sqlite").path
        let stores = [try SQLiteStore(path: path), try SQLiteStore(path: path)]
        defer { for store in stores { try? store.close() } }
        _ = try stores[0].apply(StoreSample.gazette([StoreSample.task(1)]))

        let at = StoreSample.instant("2020-06-28T10:12:00Z")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    for step in 0..<25 {
                        _ = try store.update(
                            id: "P2-1", status: nil, progress: nil, note: "\(index)-\(step)",
                            kind: .note, actor: "writer \(index)", at: at, ifVersion: nil)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try stores[1].task(id: "P2-1")?.version == 50)
        #expect(try stores[0].history(taskID: "P2-1").count == 50)
    }

    @Test func storesOpeningOneFileTogetherAllSucceed() async throws {
        for _ in 0..<10 {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-store-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appendingPathComponent("duban.sqlite").path
            // First on a new file, then on the existing one after every store closed it.
            for _ in 0..<2 {
                let failures = await withTaskGroup(of: String?.self) { group in
                    for _ in 0..<4 {
                        group.addTask {
                            do {
                                try SQLiteStore(path: path).close()
                                return nil
                            } catch {
                                return "\(error)"
                            }
                        }
                    }
                    return await group.compactMap { $0 }.reduce(into: []) { $0.append($1) }
                }
                #expect(failures == [])
            }
        }
    }
}
