import Foundation
import GRDB
import ModelCore

/// What a streaming read of the store gave: everything `loadAll()` reads, the history already
/// grouped by task.
public struct StreamedContents: Sendable {
    public var documents: [Document]
    /// All tasks, in import order.
    public var tasks: [Task]
    /// False when the rows came out of import order: the sink saw them unsorted.
    public var streamedInOrder: Bool
    /// Each task's history, newest first.
    public var historyByTask: [String: [ProgressEntry]]
    public var reportRounds: [ReportRound]
    /// Where `changes(since:)` continues from.
    public var cursor: ChangeCursor
    /// The store's directory of units, read in the same transaction.
    public var directory: Directory
}

extension SQLiteStore {
    /// What `loadAll()` reads, in less time on two cores: the task rows are written through `sink`
    /// as they are read (a read model indexes them meanwhile), and the history is read at the same
    /// time on a connection of its own.
    public func loadContents(streamingTasksTo sink: TaskRowSink) throws -> StreamedContents {
        let history = HistoryPrefetch(self)
        return try read { db in
            let (tasks, inOrder) = try TaskTable.all(db, streamingTo: sink)
            let cursor = try ChangeCounterTable.cursor(db)
            let historyByTask = try history.grouped(at: cursor) ?? ProgressEntry.byTask(try HistoryTable.entries(db))
            return StreamedContents(
                documents: try DocumentTable.all(db), tasks: tasks, streamedInOrder: inOrder,
                historyByTask: historyByTask, reportRounds: try ReportRoundTable.all(db), cursor: cursor,
                directory: try DirectoryTable.directory(db))
        }
    }
}

/// The history read and grouped by task in a read transaction of its own, on another thread. It is
/// what the tasks' transaction would read exactly when both saw the same change cursor: every
/// commit that touches tasks or history moves it. Otherwise (a commit fell between the two, or
/// the read failed) it is not used and the history is read again with the tasks.
final class HistoryPrefetch: @unchecked Sendable {
    private static let patience = DispatchTimeInterval.seconds(10)
    private let done = DispatchSemaphore(value: 0)
    /// Written by the reading thread before `done` is signalled; read after waiting on it.
    private var result: (history: [String: [ProgressEntry]], cursor: ChangeCursor)?

    init(_ store: SQLiteStore) {
        let store = UncheckedStore(store: store)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = try? store.store.read { db in
                (ProgressEntry.byTask(try HistoryTable.entries(db)), try ChangeCounterTable.cursor(db))
            }
            done.signal()
        }
    }

    /// The history grouped by task, when it was read at `cursor`. Waits at most `patience`: the
    /// pool has connections to spare for this read, and should they all be taken the history is
    /// read with the tasks rather than waited for.
    func grouped(at cursor: ChangeCursor) -> [String: [ProgressEntry]]? {
        guard done.wait(timeout: .now() + Self.patience) == .success, let result, result.cursor == cursor else {
            return nil
        }
        return result.history
    }
}

/// The store handed to the reading thread: its pool serves reads from any thread.
private struct UncheckedStore: @unchecked Sendable {
    let store: SQLiteStore
}
