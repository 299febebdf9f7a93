import Foundation
import GRDB
import ModelCore

/// Where a loaded snapshot came from, which decides whether a new image is worth writing.
public enum SnapshotSource: Equatable, Sendable {
    /// Built from the store's rows.
    case rows
    /// Read from the store's `SnapshotImage`, then brought up to date with `behind` task writes and
    /// history entries recorded since.
    case image(behind: Int)
}

extension SQLiteStore {
    /// What `loadAll()` reads, as a snapshot, with the cursor it was read at. From the store's
    /// snapshot image when it has a current one (see `SnapshotImage`); otherwise in less time on
    /// two cores than `loadAll()`: the tasks are indexed on a second thread while their rows are
    /// read (`TaskTable.allIndexed`), and the history is read meanwhile on a connection of its own.
    public func loadSnapshot(directory: Directory = .standard, useImage: Bool = true) throws
        -> (snapshot: Snapshot, cursor: ChangeCursor, source: SnapshotSource) {
        if useImage, let loaded = try? loadFromImage(directory: directory) { return loaded }
        let history = HistoryPrefetch(self)
        return try read { db in
            let (tasks, indexer) = try TaskTable.allIndexed(db, directory: directory)
            let cursor = try ChangeCounterTable.cursor(db)
            let historyByTask = try history.grouped(at: cursor) ?? Snapshot.byTask(try HistoryTable.entries(db))
            let snapshot = Snapshot(tasks: tasks, indexed: indexer, documents: try DocumentTable.all(db),
                                    historyByTask: historyByTask, directory: directory,
                                    reportRounds: try ReportRoundTable.all(db))
            return (snapshot, cursor, .rows)
        }
    }

    /// The snapshot the image holds, brought up to date; nil when there is no image, and throws
    /// when it is not this store's, is damaged, or came before a structural change.
    private func loadFromImage(directory: Directory) throws -> (snapshot: Snapshot, cursor: ChangeCursor, source: SnapshotSource)? {
        // Checked before the tasks are read, and again in the transaction that reads what came since.
        guard let (file, header) = try currentImage(directory: directory) else { return nil }
        var contents: SnapshotImage.Contents? = try SnapshotImage.contents(after: header, from: file)
        var index: [String: Int] = [:]
        index.reserveCapacity(header.taskCount)
        for (position, task) in contents!.tasks.enumerated() { index[task.id] = position }
        return try read { db in
            let now = try ChangeCounterTable.cursor(db)
            try Self.checkCurrent(header, now: now, db)
            var snapshot = Snapshot(tasks: contents!.tasks, index: index, tasksByLeader: contents!.tasksByLeader,
                                    assignmentsByUnit: contents!.assignmentsByUnit, documents: try DocumentTable.all(db),
                                    historyByTask: contents!.history, directory: directory,
                                    reportRounds: try ReportRoundTable.all(db))
            // The snapshot is then the only owner of the tasks and history: `apply` changes them in
            // place rather than copying all of them for the first change.
            contents = nil
            let since = try Self.recorded(since: header.cursor, to: now, db)
            snapshot.apply(since)
            return (snapshot, now, .image(behind: since.tasks.count + since.history.count))
        }
    }

    /// Whether the store has a whole image, taken at `cursor` or later, that a load would use:
    /// another dashboard wrote it after the same structural change, say.
    func hasImage(atLeast cursor: ChangeCursor, directory: Directory) -> Bool {
        guard let (file, header) = try? currentImage(directory: directory),
              header.cursor.sequence >= cursor.sequence, header.cursor.historyID >= cursor.historyID
        else { return false }
        return (try? file.verify()) != nil
    }

    /// The store's image, open after its header, when it was taken from this store with
    /// `directory` and nothing since has changed the store in a way it cannot follow; nil when
    /// there is none, and throws when it does not hold.
    private func currentImage(directory: Directory) throws -> (SnapshotImage.OpenFile, SnapshotImage.Header)? {
        guard let file = SnapshotImage.OpenFile(path: SnapshotImage.path(forStore: path)) else { return nil }
        let header = try SnapshotImage.header(from: file.input)
        guard header.directory == SnapshotImage.fingerprint(directory) else {
            throw SnapshotImage.Failure(reason: "built with another directory")
        }
        try read { try Self.checkCurrent(header, now: try ChangeCounterTable.cursor($0), $0) }
        return (file, header)
    }

    /// Throws unless the image `header` describes was taken from this store, and what was
    /// recorded since, up to `now`, can be applied to it row by row.
    private static func checkCurrent(_ header: SnapshotImage.Header, now: ChangeCursor, _ db: Database) throws {
        guard try SettingTable.value(identityKey, db) == header.storeID else {
            throw SnapshotImage.Failure(reason: "taken from another store")
        }
        guard try followsRowByRow(from: header.cursor, to: now, db) else {
            throw SnapshotImage.Failure(reason: "older than a structural change")
        }
        guard try SnapshotImage.witness(HistoryTable.entry(id: header.cursor.historyID, db)) == header.lastEntry else {
            throw SnapshotImage.Failure(reason: "the store's history is not the image's (a backup restored since?)")
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
