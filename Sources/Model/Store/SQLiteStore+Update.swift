import Foundation
import ModelCore

extension SQLiteStore {
    public func update(
        id: String, status: Status?, progress: Int?, note: String?, kind: ProgressEntry.Kind = .update,
        leader: String? = nil, actor: String, at: Date, ifVersion: Int?
    ) throws -> Task {
        try write { db in
            guard var task = try TaskTable.find(id, db) else { throw StoreError.unknownTask(id: id) }
            if let ifVersion, ifVersion != task.version {
                let lastChange = try HistoryTable.entries(taskID: id, limit: 1, db).first
                throw StoreError.conflict(current: task, lastChange: lastChange, expectedVersion: ifVersion)
            }
            let newProgress = progress ?? (status == .done ? 100 : nil)
            if let newProgress, !(0...100).contains(newProgress) {
                throw StoreError.invalidProgress(taskID: id, value: newProgress)
            }
            guard status != nil || newProgress != nil || note != nil else { throw StoreError.emptyUpdate(taskID: id) }
            if let leader, kind != .instruction || !task.leaders.contains(leader) {
                throw StoreError.notTheTasksLeader(taskID: id, leader: leader, leaders: task.leaders)
            }

            // A writer that waited for the lock may carry an older instant than the change it
            // follows; the history's order (instant, then commit) must stay the order of commits.
            let previous = try HistoryTable.entries(taskID: id, limit: 1, db).first?.at ?? .distantPast
            let when = max(ISOTimestamp.truncated(at), previous)
            let entry = ProgressEntry(
                taskID: id, actor: actor, at: when, kind: kind,
                oldStatus: status.map { _ in task.status }, newStatus: status,
                oldProgress: newProgress.map { _ in task.progress }, newProgress: newProgress,
                note: note, leader: leader)
            task.status = status ?? task.status
            task.progress = newProgress ?? task.progress
            task.updatedAt = when
            task.version += 1
            try TaskTable.update(task, db)
            try HistoryTable.append(entry, db)
            return task
        }
    }
}
