import Foundation
import GRDB
import Testing

@testable import ModelStore

/// A write that another process's lock holds up past the wait fails as `StoreError.busy`, which
/// the dashboard words in its own language, and changes nothing.
@Suite struct StoreBusyTests {
    @Test func aWriteHeldUpPastTheWaitIsBusyAndChangesNothing() throws {
        try withTemporaryStore { store, path in
            _ = try store.apply(StoreSample.gazette((1...3).map { StoreSample.task($0) }))
            let id = try store.loadAll().tasks[0].id
            // Another process's long write: a transaction held open (as `CLITests`' WriteLockHolder does).
            var configuration = Configuration()
            configuration.allowsUnsafeTransactions = true
            let holder = try DatabaseQueue(path: path, configuration: configuration)
            try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
            let started = Date()
            do {
                _ = try store.update(
                    id: id, status: .done, progress: 100, note: nil, actor: "lisi",
                    at: StoreSample.instant("2020-06-29T08:00:00Z"), ifVersion: nil)
                Issue.record("the write went through a held lock")
            } catch StoreError.busy(let busyPath) {
                #expect(busyPath == path)
            }
            #expect(Date().timeIntervalSince(started) >= StoreConfiguration.busyTimeout - 0.5, "it waited first")
            try holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
            try holder.close()
            #expect(try store.loadAll().tasks[0].status == .notStarted)
            #expect(
                StoreError.busy(path: path).description
                    == "store \(path): another process has been writing to it for more than 5 s, so nothing was changed; try again in a moment")
        }
    }
}
