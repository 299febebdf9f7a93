import Foundation
import GRDB

extension SQLiteStore {
    /// What `loadAll()` reads, as a snapshot, with the cursor it was read at, in less time on two
    /// cores: the tasks are indexed on a second thread while their rows are read
    /// (`TaskTable.allIndexed`), and the history is read meanwhile on a connection of its own.
    public func loadSnapshot(directory: Directory = .standard) throws -> (snapshot: Snapshot, cursor: ChangeCursor) {
        let history = HistoryPrefetch(self)
        return try read { db in
            let (tasks, indexer) = try TaskTable.allIndexed(db, directory: directory)
            let cursor = try ChangeCounterTable.cursor(db)
            let historyByTask = try history.grouped(at: cursor) ?? Snapshot.byTask(try HistoryTable.entries(db))
            let snapshot = Snapshot(tasks: tasks, indexed: indexer, documents: try DocumentTable.all(db),
                                    historyByTask: historyByTask, directory: directory,
                                    reportRounds: try ReportRoundTable.all(db))
            return (snapshot, cursor)
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
                (Snapshot.byTask(try HistoryTable.entries(db)), try ChangeCounterTable.cursor(db))
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
