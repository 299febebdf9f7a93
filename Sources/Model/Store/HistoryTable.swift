import Foundation
import GRDB

/// SQL for the `progress_entry` table: the history of every task.
enum HistoryTable {
    private static let columns = "task_id, actor, at, kind, old_status, new_status, old_progress, new_progress, note"

    /// Entries newest first, narrowed by whichever filters are given; `since` is inclusive.
    static func entries(taskID: String? = nil, since: Date? = nil, actor: String? = nil, limit: Int? = nil,
                        _ db: Database) throws -> [ProgressEntry] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let taskID {
            conditions.append("task_id = ?")
            arguments += [taskID]
        }
        if let since {
            conditions.append("at >= ?")
            arguments += [ISOTimestamp.text(since)]
        }
        if let actor {
            conditions.append("actor = ?")
            arguments += [actor]
        }
        var sql = "SELECT \(columns) FROM progress_entry"
        if !conditions.isEmpty {
            sql += " WHERE " + conditions.joined(separator: " AND ")
        }
        sql += " ORDER BY at DESC, id DESC"
        if let limit {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(entry(from:))
    }

    /// Entries recorded after the one with id `id`, the last recorded first.
    static func entries(after id: Int, _ db: Database) throws -> [ProgressEntry] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM progress_entry WHERE id > ? ORDER BY id DESC",
                         arguments: [id]).map(entry(from:))
    }

    static func append(_ entry: ProgressEntry, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO progress_entry (task_id, actor, at, kind, old_status, new_status, old_progress, new_progress, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [entry.taskID, entry.actor, ISOTimestamp.text(entry.at), entry.kind.rawValue,
                             entry.oldStatus?.rawValue, entry.newStatus?.rawValue, entry.oldProgress,
                             entry.newProgress, entry.note])
    }

    private static func entry(from row: Row) throws -> ProgressEntry {
        let taskID: String = try row.decode(forColumn: "task_id")
        func fail(_ column: String, _ value: String) -> UnreadableValue {
            UnreadableValue(description: "history of task \(taskID): \(column) '\(value)' cannot be read")
        }
        func status(_ column: String) throws -> Status? {
            let text: String? = try row.decode(forColumn: column)
            return try text.map { text in
                guard let status = Status(rawValue: text) else { throw fail(column, text) }
                return status
            }
        }
        let atText: String = try row.decode(forColumn: "at")
        guard let at = ISOTimestamp.date(atText) else { throw fail("at", atText) }
        let kindText: String = try row.decode(forColumn: "kind")
        guard let kind = ProgressEntry.Kind(rawValue: kindText) else { throw fail("kind", kindText) }
        return ProgressEntry(taskID: taskID, actor: try row.decode(forColumn: "actor"), at: at, kind: kind,
                             oldStatus: try status("old_status"), newStatus: try status("new_status"),
                             oldProgress: try row.decode(forColumn: "old_progress"),
                             newProgress: try row.decode(forColumn: "new_progress"),
                             note: try row.decode(forColumn: "note"))
    }
}
