import Foundation
import Testing

@testable import ModelDemo
@testable import ModelStore

#if canImport(Glibc)
    import Glibc
#endif

/// The watcher sees commits made through another connection, as another process would make them.
@Suite struct StoreChangeWatcherTests {
    private func store() throws -> (SQLiteStore, String, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-watch-\(UUID().uuidString)")
        let path = directory.appendingPathComponent("w.sqlite").path
        let store = try SQLiteStore(path: path)
        _ = try store.apply(try SampleData.gazette().batch)
        return (store, path, directory)
    }

    @Test func seesAnotherConnectionsCommitOnce() throws {
        let (writer, path, directory) = try store()
        defer {
            try? writer.close()
            try? FileManager.default.removeItem(at: directory)
        }
        let watcher = try ChangeWatcher(path: path)
        #expect(try watcher.hasChanged() == false)
        _ = try writer.update(id: "P2-1", status: .inProgress, progress: 10, note: nil, actor: "t", at: Date(), ifVersion: nil)
        #expect(try watcher.hasChanged() == true)
        #expect(try watcher.hasChanged() == false, "reported once per batch of commits")
    }

    @Test func theDescriptorWakesAPollAtOnce() throws {
        try withWatchedStore { writer, watcher, _ in
            #expect(Self.readable(watcher, waiting: 0) == false, "nothing to read before a write")
            _ = try writer.update(id: "P2-2", status: .behind, progress: nil, note: nil, actor: "t", at: Date(), ifVersion: nil)
            let start = Date()
            #expect(Self.readable(watcher, waiting: 1000))
            print("inotify woke the poll \(Int(Date().timeIntervalSince(start) * 1_000_000)) µs after the commit returned")
            #expect(try watcher.hasChanged())
        }
    }

    @Test func aNeighbourFileWakesThePollButIsNotTakenForAStoreChange() throws {
        try withWatchedStore { writer, watcher, directory in
            try Data("log line\n".utf8).write(to: directory.appendingPathComponent("duban.log"))
            #expect(Self.readable(watcher, waiting: 1000), "inotify reports the whole directory")
            #expect(watcher.sawStoreFileChange() == false)
            _ = try writer.update(id: "P2-3", status: .behind, progress: nil, note: nil, actor: "t", at: Date(), ifVersion: nil)
            #expect(Self.readable(watcher, waiting: 1000))
            #expect(watcher.sawStoreFileChange(), "a commit writes the store's -wal file")
            #expect(try watcher.hasChanged())
        }
    }

    /// Runs `body` with a store, a watcher on it that has seen everything so far, and their directory.
    private func withWatchedStore(_ body: (SQLiteStore, ChangeWatcher, URL) throws -> Void) throws {
        let (writer, path, directory) = try store()
        defer {
            try? writer.close()
            try? FileManager.default.removeItem(at: directory)
        }
        let watcher = try ChangeWatcher(path: path)
        _ = try #require(watcher.descriptor, "inotify")
        _ = try watcher.hasChanged()
        try body(writer, watcher, directory)
    }

    /// Whether the watcher's descriptor becomes readable within `milliseconds`.
    private static func readable(_ watcher: ChangeWatcher, waiting milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: watcher.descriptor ?? -1, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) == 1
    }
}
