import Foundation
import ModelCore

/// Where tasks, their documents, their history and a few settings are kept.
///
/// `SQLiteStore` is the one implementation; the protocol leaves room for a PostgreSQL one.
/// Every method may throw a `StoreError`; every write throws `StoreError.readOnly` on a store
/// this process may only read.
public protocol TaskStore: Sendable {
    /// All documents, by code.
    func documents() throws -> [Document]
    /// All tasks, in import order.
    func tasks() throws -> [Task]
    /// One task, or nil when no task has this id.
    func task(id: String) throws -> Task?
    /// One task's history, newest first.
    func history(taskID: String) throws -> [ProgressEntry]
    /// History of all tasks, newest first: entries at or after `since`, by `actor`, at most `limit`.
    func history(since: Date?, actor: String?, limit: Int?) throws -> [ProgressEntry]
    /// Documents, tasks and history in one read, with the cursor to follow later changes from.
    func loadAll() throws -> StoreContents
    /// What was written since `cursor` (by any connection), in one read, with the cursor to
    /// continue from.
    func changes(since cursor: ChangeCursor) throws -> StoreChanges
    /// True when the store holds no task.
    var isEmpty: Bool { get throws }
    /// A stored setting, or nil when it is not set.
    func setting(_ key: String) throws -> String?
    /// Stores a setting; nil removes it.
    func setSetting(_ key: String, _ value: String?) throws
    /// Every document's report rounds (报送), by document code and due day.
    func reportRounds() throws -> [ReportRound]
    /// Replaces one document's report rounds, all or nothing; an empty list removes them. Rounds set
    /// here are kept by later imports of the document (see `ImportBatch.rounds`).
    /// Throws `StoreError.unknownDocument` when no document has this code.
    func setReportRounds(document code: String, dues: [Day]) throws
    /// Writes an import all-or-nothing; see `ImportBatch.Mode` for what is kept.
    func apply(_ batch: ImportBatch) throws -> ImportOutcome
    /// Records a change of status or progress, a note or an instruction, and returns the task as written.
    ///
    /// - Parameters:
    ///   - status: the new status; `.done` without a progress sets progress to 100.
    ///   - progress: the new progress, 0–100.
    ///   - at: when the change was made; recorded no earlier than the task's last recorded change,
    ///     so the history's order is the order of the writes.
    ///   - leader: for an instruction, the leader who gave it, one of the task's leaders
    ///     (else `StoreError.notTheTasksLeader`); nil when not known.
    ///   - ifVersion: when given, the write is refused with `StoreError.conflict` unless the
    ///     stored task still has this version.
    func update(
        id: String, status: Status?, progress: Int?, note: String?, kind: ProgressEntry.Kind,
        leader: String?, actor: String, at: Date, ifVersion: Int?
    ) throws -> Task
    /// The store's own directory of units, or the bundled one when it has none.
    func directory() throws -> Directory
    /// Changes the directory and moves the tasks that name a unit another way, in one transaction;
    /// throws `StoreError.directoryRefused` when one spelling would name two things.
    func change(directory change: DirectoryChange, actor: String, at: Date) throws -> DirectoryChangeOutcome
    /// Closes the store; it cannot be used afterwards.
    func close() throws
}
