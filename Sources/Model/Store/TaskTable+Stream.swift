import Foundation
import GRDB
import GRDBSQLite
import ModelCore

/// Where a streaming read of the store writes the task rows as it reads them, so that whoever
/// asked (the read model's indexer) works on them on another thread meanwhile. Reading (SQLite,
/// one `String` per text) and indexing (hashing every name a task gives) take about as long as
/// each other: on two cores the second is then mostly hidden.
public protocol TaskRowSink: AnyObject, Sendable {
    /// Before the first row: rows will be written one after another from `tasks` on, at most
    /// `capacity` of them.
    func start(reading tasks: UnsafeMutablePointer<Task>?, capacity: Int)
    /// The first `count` rows are written and may be read.
    func publish(_ count: Int)
    /// No more rows; returns once the sink has stopped reading them.
    func finish()
}

extension TaskTable {
    /// How many rows are written between two publications.
    static let publishBatch = 256

    /// All tasks in import order, written through `sink` as they are read: straight into the
    /// array's storage, which the sink reads up to the count published so far; it has stopped
    /// before the array is formed, thrown or not. Rows stored out of import order (which `all`
    /// sorts) are read again by `all`, and `streamedInOrder` is false: the sink saw them unsorted.
    static func all(_ db: Database, streamingTo sink: TaskRowSink) throws -> (tasks: [Task], streamedInOrder: Bool) {
        // At least the number of rows (see `all`), and read in the same transaction as they are.
        let capacity = try Int.fetchOne(db, sql: "SELECT MAX(rowid) FROM task") ?? 0
        var inOrder = true, overflowed = false
        let tasks = try [Task](unsafeUninitializedCapacity: capacity) { buffer, count in
            sink.start(reading: buffer.baseAddress, capacity: capacity)
            defer { sink.finish() }
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
                if count % publishBatch == 0 { sink.publish(count) }
            }
            sink.publish(count)
        }
        guard inOrder, !overflowed else { return (try all(db), false) }
        return (tasks, true)
    }
}
