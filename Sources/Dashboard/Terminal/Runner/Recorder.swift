import DashboardUI
import Foundation
import ModelStore

/// Makes the dashboard's writes on the store as one user, and turns the store's answer into a
/// `RecordOutcome` for the reducer. A read-only seat has none.
public struct Recorder: Sendable {
    private let store: TaskStore
    private let actor: String

    public init(store: TaskStore, actor: String) {
        self.store = store
        self.actor = actor
    }

    public func record(_ recording: Recording, at date: Date = Date()) -> RecordOutcome {
        do {
            let task = try store.update(
                id: recording.taskID, status: recording.status, progress: recording.progress,
                note: recording.note, kind: recording.kind, leader: recording.leader, actor: actor, at: date,
                ifVersion: recording.ifVersion)
            return .saved(task)
        } catch StoreError.conflict(let current, let lastChange, _) {
            return .conflict(current: current, lastChange: lastChange)
        } catch StoreError.busy {
            return .busy
        } catch StoreError.database(let path, let reason) {
            // The dashboard has one store open: its file name says which, and leaves the status
            // line room for the reason (the disk is full, the file is damaged).
            return .failed("\(URL(fileURLWithPath: path).lastPathComponent): \(reason)")
        } catch {
            return .failed("\(error)")
        }
    }
}
