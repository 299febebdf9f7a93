import Foundation
import ModelDemo
import ModelStore
import Testing

@testable import DashboardTerminal
@testable import DashboardUI

/// The runner's writer against a real store: saved, refused as a conflict, failed.
@Suite struct RecorderTests {
    @Test func savesRefusesAStaleVersionAndReportsFailures() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-recorder-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
        defer { try? store.close() }
        let batch = try SampleData.gazette().batch
        _ = try store.apply(batch)
        let alice = Recorder(store: store, actor: "alice")
        let bob = Recorder(store: store, actor: "bob")

        let first = Recording(taskID: "P2-1", status: .inProgress, progress: 20, note: nil, kind: .update, ifVersion: 0)
        guard case .saved(let saved) = alice.record(first) else {
            Issue.record("not saved")
            return
        }
        #expect(saved.version == 1 && saved.status == .inProgress && saved.progress == 20)

        let stale = Recording(taskID: "P2-1", status: .behind, progress: nil, note: "资金未到位", kind: .update, ifVersion: 0)
        guard case .conflict(let current, let lastChange) = bob.record(stale) else {
            Issue.record("not refused")
            return
        }
        #expect(current.version == 1 && current.status == .inProgress)
        #expect(lastChange?.actor == "alice" && lastChange?.newProgress == 20)
        #expect(try store.history(taskID: "P2-1").count == 1, "the refused write left no trace")

        let unknown = Recording(taskID: "P2-999", status: .done, progress: nil, note: nil, kind: .update, ifVersion: 0)
        #expect(alice.record(unknown) == .failed("no task with id P2-999"))
    }
}
