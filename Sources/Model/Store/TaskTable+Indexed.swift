import Foundation
import GRDB
import GRDBSQLite
import ModelCore

extension TaskTable {
    /// All tasks in import order, with a `SnapshotIndexer` over them, built on a second thread
    /// while this one is still reading rows. Reading (SQLite, one `String` per text) and indexing
    /// (hashing every name a task gives) take about as long as each other, and a dashboard's first
    /// frame waits for both: on two cores the indexing is then mostly hidden.
    ///
    /// The rows are written straight into the array's storage, which the indexing thread reads up to
    /// the count published so far; it has stopped before the array is formed, thrown or not. Rows
    /// stored out of import order (which `all` sorts) are read again by `all` and indexed here.
    static func allIndexed(_ db: Database, directory: Directory) throws -> (tasks: [Task], indexer: SnapshotIndexer) {
        // At least the number of rows (see `all`), and read in the same transaction as they are.
        let capacity = try Int.fetchOne(db, sql: "SELECT MAX(rowid) FROM task") ?? 0
        let worker = IndexingWorker(indexer: SnapshotIndexer(directory: directory, capacity: capacity))
        var inOrder = true, overflowed = false
        let tasks = try [Task](unsafeUninitializedCapacity: capacity) { buffer, count in
            worker.start(reading: buffer.baseAddress)
            defer { worker.finish() }
            let reader = TaskRowReader()
            let statement = try db.makeStatement(sql: "SELECT \(TaskRowReader.columns), position FROM task")
            let rows = try Row.fetchCursor(statement)
            var lastPosition = Int.min
            while try rows.next() != nil {
                guard count < capacity else {
                    overflowed = true  // only with rowids written by hand; `all` reads them as they come
                    break
                }
                (buffer.baseAddress! + count).initialize(to: try reader.task(from: statement.sqliteStatement))
                count += 1
                let position = Int(sqlite3_column_int64(statement.sqliteStatement, TaskRowReader.positionColumn))
                if position <= lastPosition { inOrder = false }
                lastPosition = position
                if count % IndexingWorker.batch == 0 { worker.publish(count) }
            }
            worker.publish(count)
        }
        guard inOrder, !overflowed else {
            let sorted = try all(db)
            return (sorted, SnapshotIndexer(directory: directory, indexing: sorted))
        }
        return (tasks, worker.indexer)
    }
}

/// The second thread of `TaskTable.allIndexed`: indexes the tasks a reader has written so far.
/// Shared between the two threads under `condition`; `indexer` is read once `finish()` returned.
private final class IndexingWorker: @unchecked Sendable {
    /// How many rows the reader writes between two wake-ups of the worker.
    static let batch = 256

    private(set) var indexer: SnapshotIndexer
    private let condition = NSCondition()
    private let stopped = DispatchGroup()
    private var published = 0
    private var finished = false

    init(indexer: SnapshotIndexer) {
        self.indexer = indexer
    }

    /// Starts indexing the tasks at `tasks` as they are published.
    func start(reading tasks: UnsafeMutablePointer<Task>?) {
        let tasks = UncheckedTasks(pointer: tasks)
        DispatchQueue.global(qos: .userInitiated).async(group: stopped) { self.run(tasks) }
    }

    /// Tells the worker that the first `count` tasks have been written.
    func publish(_ count: Int) {
        condition.withLock {
            published = count
            condition.signal()
        }
    }

    /// Lets the worker index what was published and waits until it has stopped.
    func finish() {
        condition.withLock {
            finished = true
            condition.signal()
        }
        stopped.wait()
    }

    private func run(_ tasks: UncheckedTasks) {
        var done = 0
        while true {
            let available: Int? = condition.withLock {
                while published == done && !finished { condition.wait() }
                return published > done ? published : nil
            }
            guard let available, let pointer = tasks.pointer else { return }
            for position in done..<available { indexer.add(pointer[position], at: position) }
            done = available
        }
    }
}

/// The array storage the reader writes, handed to the worker, which reads only what was published.
private struct UncheckedTasks: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Task>?
}
