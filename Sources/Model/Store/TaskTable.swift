import Foundation
import GRDB
import GRDBSQLite
import ModelCore

/// SQL for the `task` table. Lists of names are stored as JSON arrays of strings.
package enum TaskTable {
    private static let columns = TaskRowReader.columns

    /// All tasks in import order.
    static func all(_ db: Database) throws -> [Task] {
        // The largest rowid is at least the number of rows, and costs one step down the table's tree:
        // room for every task at once, not a list that doubles (and is copied) as it grows.
        let capacity = try Int.fetchOne(db, sql: "SELECT MAX(rowid) FROM task") ?? 0
        return try tasks(db, sql: "SELECT \(columns), position FROM task", capacity: capacity)
    }

    package static func count(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM task") ?? 0
    }

    /// The tasks written after change sequence `sequence`, in import order.
    static func changed(since sequence: Int, _ db: Database) throws -> [Task] {
        try tasks(db, sql: "SELECT \(columns), position FROM task WHERE change_seq > ?", arguments: [sequence])
    }

    static func find(_ id: String, _ db: Database) throws -> Task? {
        try Finder(db).find(id)
    }

    /// The tasks `sql` selects (`columns` and the position), in import order. Rows are read as
    /// stored, which is nearly always import order, and sorted here only when they are not:
    /// `ORDER BY position` would make SQLite copy every row into a sorter first.
    private static func tasks(
        _ db: Database, sql: String, arguments: StatementArguments = [],
        capacity: Int = 0
    ) throws -> [Task] {
        let reader = TaskRowReader()
        var tasks: [Task] = []
        var positions: [Int] = []
        tasks.reserveCapacity(capacity)
        positions.reserveCapacity(capacity)
        let statement = try db.makeStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while try rows.next() != nil {
            tasks.append(try reader.task(from: statement.sqliteStatement))
            positions.append(Int(sqlite3_column_int64(statement.sqliteStatement, TaskRowReader.positionColumn)))
        }
        guard zip(positions, positions.dropFirst()).contains(where: { $0 >= $1 }) else { return tasks }
        return positions.indices.sorted { positions[$0] < positions[$1] }.map { tasks[$0] }
    }

    /// The ids of every stored task.
    static func ids(_ db: Database) throws -> Set<String> {
        try String.fetchSet(db, sql: "SELECT id FROM task")
    }

    static func isEmpty(_ db: Database) throws -> Bool {
        try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM task)")!
    }

    /// The position after every stored task: where the next new task goes.
    static func nextPosition(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM task")!
    }

    /// Adds the task at `position`. This and `update` go through statements cached per connection,
    /// with positional arguments: an import writes a hundred thousand tasks, and preparing a
    /// statement and naming its arguments for each would cost more than the writes themselves.
    static func insert(_ task: Task, position: Int, _ db: Database) throws {
        try TaskInsertBinding(statement: db.cachedStatement(sql: insertSQL)).insert(task, position: position, db)
    }

    private static let insertSQL = """
        INSERT INTO task (\(columns), position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Overwrites every field of the stored task with the same id; its position stays.
    static func update(_ task: Task, _ db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE task SET document = ?, number = ?, case_number = ?, category = ?, chapter = ?, section = ?,
                    text = ?, proposers = ?, leaders = ?, lead_units = ?, responsible_units = ?, cooperating_units = ?,
                    status = ?, deadline = ?, progress = ?, updated_at = ?, version = ?
                WHERE id = ?
                """
        ).execute(arguments: StatementArguments(values(task).dropFirst() + [task.id]))
    }

    /// The task's values in the order of `columns`.
    private static func values(_ task: Task) -> [(any DatabaseValueConvertible)?] {
        [
            task.id, task.document, task.number, task.caseNumber, task.category, task.chapter, task.section, task.text,
            StringListColumn.encode(task.proposers), StringListColumn.encode(task.leaders),
            StringListColumn.encode(task.leadUnits), StringListColumn.encode(task.responsibleUnits),
            StringListColumn.encode(task.cooperatingUnits), task.status.rawValue, task.deadline?.description,
            task.progress, task.updatedAt.map(ISOTimestamp.text), task.version
        ]
    }

    /// Finds tasks by id through one prepared statement and one row reader, which shares
    /// repeated values across the tasks it reads: for a transaction that looks up many.
    struct Finder {
        private let statement: Statement
        private let reader = TaskRowReader()

        init(_ db: Database) throws {
            statement = try db.makeStatement(sql: "SELECT \(columns) FROM task WHERE id = ?")
        }

        func find(_ id: String) throws -> Task? {
            let rows = try Row.fetchCursor(statement, arguments: [id])
            guard try rows.next() != nil else { return nil }
            return try reader.task(from: statement.sqliteStatement)
        }
    }
}
