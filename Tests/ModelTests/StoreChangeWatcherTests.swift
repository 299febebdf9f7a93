import Foundation
import Testing
@testable import Model
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
        defer { try? writer.close(); try? FileManager.default.removeItem(at: directory) }
        let watcher = try ChangeWatcher(path: path)
        #expect(try watcher.hasChanged() == false)
        _ = try writer.update(id: "P2-1", status: .inProgress, progress: 10, note: nil, actor: "t", at: Date(), ifVersion: nil)
        #expect(try watcher.hasChanged() == true)
        #expect(try watcher.hasChanged() == false, "reported once per batch of commits")
    }

    @Test func theDescriptorWakesAPollAtOnce() throws {
        let (writer, path, directory) = try store()
        defer { try? writer.close(); try? FileManager.default.removeItem(at: directory) }
        let watcher = try ChangeWatcher(path: path)
        let descriptor = try #require(watcher.descriptor)
        _ = try watcher.hasChanged()
        var quiet = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&quiet, 1, 0) == 0, "nothing to read before a write")
        _ = try writer.update(id: "P2-2", status: .behind, progress: nil, note: nil, actor: "t", at: Date(), ifVersion: nil)
        let start = Date()
        var woken = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&woken, 1, 1000) == 1)
        print("inotify woke the poll \(Int(Date().timeIntervalSince(start) * 1_000_000)) µs after the commit returned")
        #expect(try watcher.hasChanged())
    }

    @Test func aNeighbourFileWakesThePollButIsNotTakenForAStoreChange() throws {
        let (writer, path, directory) = try store()
        defer { try? writer.close(); try? FileManager.default.removeItem(at: directory) }
        let watcher = try ChangeWatcher(path: path)
        let descriptor = try #require(watcher.descriptor)
        _ = try watcher.hasChanged()
        try Data("log line\n".utf8).write(to: directory.appendingPathComponent("duban.log"))
        var woken = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&woken, 1, 1000) == 1, "inotify reports the whole directory")
        #expect(watcher.sawStoreFileChange() == false)
        _ = try writer.update(id: "P2-3", status: .behind, progress: nil, note: nil, actor: "t", at: Date(), ifVersion: nil)
        var again = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&again, 1, 1000) == 1)
        #expect(watcher.sawStoreFileChange(), "a commit writes the store's -wal file")
        #expect(try watcher.hasChanged())
    }
}
