import Foundation
import ModelCore

/// What a change to the store's directory did to its tasks.
public struct DirectoryChangeOutcome: Equatable, Sendable {
    /// The directory as stored now.
    public var directory: Directory
    /// Tasks whose unit names were read again to other names; each got a history note saying so.
    public var tasksMoved: Int
    /// Each rename made, `old → new`, once.
    public var renamed: [String]
}

extension SQLiteStore {
    /// The store's own directory of units, or the bundled one when it has none.
    public func directory() throws -> Directory {
        try read(DirectoryTable.directory)
    }

    /// Changes the store's directory and reads every task's unit names again through it, in one
    /// transaction: a name that now spells a unit another way becomes the unit's name, with a
    /// history note by `actor`. Refused with `StoreError.directoryRefused`, changing nothing,
    /// when the change would make one spelling name two things.
    public func change(directory change: DirectoryChange, actor: String, at: Date) throws -> DirectoryChangeOutcome {
        try write { db in
            let current = try DirectoryTable.directory(db), changed: Directory
            do throws(DirectoryRefusal) {
                changed = try current.applying(change)
            } catch {
                throw StoreError.directoryRefused(error)
            }
            try DirectoryTable.save(changed, db)
            var outcome = DirectoryChangeOutcome(directory: changed, tasksMoved: 0, renamed: [])
            for task in try TaskTable.all(db) {
                var (moved, renamed) = task.resolvingUnitNames(through: changed)
                guard moved != task else { continue }
                // As `update` does: the history's order stays the order of the writes.
                let previous = try HistoryTable.entries(taskID: task.id, limit: 1, db).first?.at ?? .distantPast
                moved.version += 1
                try TaskTable.update(moved, db)
                try HistoryTable.append(
                    ProgressEntry(
                        taskID: task.id, actor: actor, at: max(ISOTimestamp.truncated(at), previous), kind: .note,
                        note: "\(change.label)：\(renamed.joined(separator: "，"))"),
                    db)
                outcome.tasksMoved += 1
                outcome.renamed += renamed.filter { !outcome.renamed.contains($0) }
            }
            return outcome
        }
    }
}
