import Foundation
import GRDB
import GRDBSQLite

/// SQL for the `task` table. Lists of names are stored as JSON arrays of strings.
enum TaskTable {
    private static let columns = TaskRowReader.columns

    /// All tasks in import order.
    static func all(_ db: Database) throws -> [Task] {
        try tasks(db, sql: "SELECT \(columns), position FROM task")
    }

    /// The tasks written after change sequence `sequence`, in import order.
    static func changed(since sequence: Int, _ db: Database) throws -> [Task] {
        try tasks(db, sql: "SELECT \(columns), position FROM task WHERE change_seq > ?", arguments: [sequence])
    }

    static func find(_ id: String, _ db: Database) throws -> Task? {
        try tasks(db, sql: "SELECT \(columns), position FROM task WHERE id = ?", arguments: [id]).first
    }

    /// The tasks `sql` selects (`columns` and the position), in import order. Rows are read as
    /// stored, which is nearly always import order, and sorted here only when they are not:
    /// `ORDER BY position` would make SQLite copy every row into a sorter first.
    private static func tasks(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Task] {
        let reader = TaskRowReader()
        var tasks: [Task] = []
        var positions: [Int] = []
        let statement = try db.makeStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while try rows.next() != nil {
            tasks.append(try reader.task(from: statement.sqliteStatement))
            positions.append(Int(sqlite3_column_int64(statement.sqliteStatement, TaskRowReader.positionColumn)))
        }
        guard zip(positions, positions.dropFirst()).contains(where: { $0 >= $1 }) else { return tasks }
        return positions.indices.sorted { positions[$0] < positions[$1] }.map { tasks[$0] }
    }

    static func isEmpty(_ db: Database) throws -> Bool {
        try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM task)")!
    }

    /// The position after every stored task: where the next new task goes.
    static func nextPosition(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM task")!
    }

    static func insert(_ task: Task, position: Int, _ db: Database) throws {
        var arguments = try self.arguments(task)
        arguments += ["position": position]
        try db.execute(sql: """
            INSERT INTO task (\(columns), position) VALUES (:id, :document, :number, :case_number, :category,
                :chapter, :section, :text, :proposers, :leaders, :lead_units, :responsible_units,
                :cooperating_units, :status, :deadline, :progress, :updated_at, :version, :position)
            """, arguments: arguments)
    }

    /// Overwrites every field of the stored task with the same id; its position stays.
    static func update(_ task: Task, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE task SET document = :document, number = :number, case_number = :case_number,
                category = :category, chapter = :chapter, section = :section, text = :text,
                proposers = :proposers, leaders = :leaders, lead_units = :lead_units,
                responsible_units = :responsible_units, cooperating_units = :cooperating_units,
                status = :status, deadline = :deadline, progress = :progress, updated_at = :updated_at,
                version = :version
            WHERE id = :id
            """, arguments: try arguments(task))
    }

    private static func arguments(_ task: Task) throws -> StatementArguments {
        [
            "id": task.id, "document": task.document, "number": task.number, "case_number": task.caseNumber,
            "category": task.category, "chapter": task.chapter, "section": task.section, "text": task.text,
            "proposers": try json(task.proposers), "leaders": try json(task.leaders),
            "lead_units": try json(task.leadUnits), "responsible_units": try json(task.responsibleUnits),
            "cooperating_units": try json(task.cooperatingUnits), "status": task.status.rawValue,
            "deadline": task.deadline?.description, "progress": task.progress,
            "updated_at": task.updatedAt.map(ISOTimestamp.text), "version": task.version,
        ]
    }

    private static func json(_ list: [String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return String(decoding: try encoder.encode(list), as: UTF8.self)
    }
}
