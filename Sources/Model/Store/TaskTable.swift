import Foundation
import GRDB

/// SQL for the `task` table. Lists of names are stored as JSON arrays of strings.
enum TaskTable {
    private static let columns = """
        id, document, number, case_number, category, chapter, section, text, proposers, leaders, lead_units, \
        responsible_units, cooperating_units, status, deadline, progress, updated_at, version
        """

    /// All tasks in import order.
    static func all(_ db: Database) throws -> [Task] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM task ORDER BY position").map(task(from:))
    }

    /// The tasks written after change sequence `sequence`, in import order.
    static func changed(since sequence: Int, _ db: Database) throws -> [Task] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM task WHERE change_seq > ? ORDER BY position",
                         arguments: [sequence]).map(task(from:))
    }

    static func find(_ id: String, _ db: Database) throws -> Task? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM task WHERE id = ?", arguments: [id]).map(task(from:))
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

    private static func task(from row: Row) throws -> Task {
        let id: String = try row.decode(forColumn: "id")
        func fail(_ column: String, _ value: String) -> UnreadableValue {
            UnreadableValue(description: "task \(id): \(column) '\(value)' cannot be read")
        }
        func list(_ column: String) throws -> [String] {
            let text: String = try row.decode(forColumn: column)
            guard let list = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
                throw fail(column, text)
            }
            return list
        }
        let statusText: String = try row.decode(forColumn: "status")
        guard let status = Status(rawValue: statusText) else { throw fail("status", statusText) }
        let deadlineText: String? = try row.decode(forColumn: "deadline")
        let deadline = try deadlineText.map { text in
            guard let day = Day(text) else { throw fail("deadline", text) }
            return day
        }
        let updatedText: String? = try row.decode(forColumn: "updated_at")
        let updatedAt = try updatedText.map { text in
            guard let date = ISOTimestamp.date(text) else { throw fail("updated_at", text) }
            return date
        }
        return Task(id: id, document: try row.decode(forColumn: "document"), number: try row.decode(forColumn: "number"),
                    caseNumber: try row.decode(forColumn: "case_number"), category: try row.decode(forColumn: "category"),
                    chapter: try row.decode(forColumn: "chapter"), section: try row.decode(forColumn: "section"),
                    text: try row.decode(forColumn: "text"), proposers: try list("proposers"),
                    leaders: try list("leaders"), leadUnits: try list("lead_units"),
                    responsibleUnits: try list("responsible_units"), cooperatingUnits: try list("cooperating_units"),
                    status: status, deadline: deadline, progress: try row.decode(forColumn: "progress"),
                    updatedAt: updatedAt, version: try row.decode(forColumn: "version"))
    }

    private static func json(_ list: [String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return String(decoding: try encoder.encode(list), as: UTF8.self)
    }
}
