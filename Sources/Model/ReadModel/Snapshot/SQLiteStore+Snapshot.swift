import Foundation
import ModelCore
import ModelStore

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
    /// read (`loadContents(streamingTasksTo:)`), and the history is read meanwhile on a connection of its own.
    /// The snapshot has the store's own directory unless `directory` is given.
    public func loadSnapshot(directory given: Directory? = nil, useImage: Bool = true) throws
        -> (snapshot: Snapshot, cursor: ChangeCursor, source: SnapshotSource)
    {
        let expected = try given ?? self.directory()
        if useImage, let loaded = try? loadFromImage(directory: expected) { return loaded }
        let worker = IndexingWorker(directory: expected)
        let contents = try loadContents(streamingTasksTo: worker)
        // The directory read with the rows wins over the one read first, should they differ.
        let directory = given ?? contents.directory
        let indexer =
            contents.streamedInOrder && directory == expected
            ? worker.indexer : SnapshotIndexer(directory: directory, indexing: contents.tasks)
        let snapshot = Snapshot(
            tasks: contents.tasks, indexed: indexer, documents: contents.documents,
            historyByTask: contents.historyByTask, directory: directory, reportRounds: contents.reportRounds)
        return (snapshot, contents.cursor, .rows)
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
        let standing = try self.standing(since: header.cursor, readingChanges: true)
        try Self.checkCurrent(header, standing)
        var snapshot = Snapshot(
            tasks: contents!.tasks, index: index, tasksByLeader: contents!.tasksByLeader,
            assignmentsByUnit: contents!.assignmentsByUnit, documents: standing.documents,
            historyByTask: contents!.history, directory: directory, reportRounds: standing.reportRounds)
        // The snapshot is then the only owner of the tasks and history: `apply` changes them in
        // place rather than copying all of them for the first change.
        contents = nil
        let since = standing.recorded!
        snapshot.apply(since)
        return (snapshot, standing.cursor, .image(behind: since.tasks.count + since.history.count))
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
        try Self.checkCurrent(header, try standing(since: header.cursor, readingChanges: false))
        return (file, header)
    }

    /// Throws unless the image `header` describes was taken from this store, and what was
    /// recorded since can be applied to it row by row.
    private static func checkCurrent(_ header: SnapshotImage.Header, _ standing: StoreStanding) throws {
        guard standing.storeID == header.storeID else {
            throw SnapshotImage.Failure(reason: "taken from another store")
        }
        guard standing.followsRowByRow else {
            throw SnapshotImage.Failure(reason: "older than a structural change")
        }
        guard SnapshotImage.witness(standing.entryAtCursor) == header.lastEntry else {
            throw SnapshotImage.Failure(reason: "the store's history is not the image's (a backup restored since?)")
        }
    }

    /// What a snapshot image read at `cursor` is stamped with: this store's identity and the
    /// witness of the history entry the cursor names (entries are never changed once written).
    func imageStamp(at cursor: ChangeCursor) throws -> SnapshotImage.Stamp {
        let storeID = try identity()
        let entry = try standing(since: cursor, readingChanges: false).entryAtCursor
        return SnapshotImage.Stamp(storeID: storeID, lastEntry: SnapshotImage.witness(entry))
    }
}
