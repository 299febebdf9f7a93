import Foundation
import GRDB
import ModelCore

/// SQL for the `progress_entry` table: the history of every task.
package enum HistoryTable {
    private static let columns = HistoryRowReader.columns

    /// Entries newest first, narrowed by whichever filters are given; `since` is inclusive.
    static func entries(
        taskID: String? = nil, since: Date? = nil, actor: String? = nil, limit: Int? = nil,
        _ db: Database
    ) throws -> [ProgressEntry] {
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
        // The whole history (a load): room for every entry at once, as `TaskTable.all` makes for tasks.
        let capacity = conditions.isEmpty && limit == nil ? try Int.fetchOne(db, sql: "SELECT MAX(id) FROM progress_entry") ?? 0 : 0
        return try entries(db, sql: sql, arguments: arguments, capacity: capacity)
    }

    /// One task's latest entries, newest first, through a statement cached per connection: for a
    /// transaction that looks at the history of many tasks (an import of a ledger's reports).
    static func latest(taskID: String, limit: Int, _ db: Database) throws -> [ProgressEntry] {
        let statement = try db.cachedStatement(
            sql: "SELECT \(columns) FROM progress_entry WHERE task_id = ? ORDER BY at DESC, id DESC LIMIT ?")
        let rows = try Row.fetchCursor(statement, arguments: [taskID, limit])
        var entries: [ProgressEntry] = []
        while try rows.next() != nil {
            entries.append(try HistoryRowReader.entry(from: statement.sqliteStatement))
        }
        return entries
    }

    /// The entry with id `id`, if there is one.
    static func entry(id: Int, _ db: Database) throws -> ProgressEntry? {
        try entries(db, sql: "SELECT \(columns) FROM progress_entry WHERE id = ?", arguments: [id]).first
    }

    /// Entries recorded after the one with id `id`, the last recorded first.
    static func entries(after id: Int, _ db: Database) throws -> [ProgressEntry] {
        try entries(db, sql: "SELECT \(columns) FROM progress_entry WHERE id > ? ORDER BY id DESC", arguments: [id])
    }

    /// The entries `sql` selects (`columns`), in the order it gives.
    private static func entries(
        _ db: Database, sql: String, arguments: StatementArguments,
        capacity: Int = 0
    ) throws -> [ProgressEntry] {
        let statement = try db.makeStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var entries: [ProgressEntry] = []
        entries.reserveCapacity(capacity)
        while try rows.next() != nil {
            entries.append(try HistoryRowReader.entry(from: statement.sqliteStatement))
        }
        return entries
    }

    package static func append(_ entry: ProgressEntry, _ db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO progress_entry (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            entry.taskID, entry.actor, ISOTimestamp.text(entry.at), entry.kind.rawValue,
            entry.oldStatus?.rawValue, entry.newStatus?.rawValue, entry.oldProgress,
            entry.newProgress, entry.note, entry.leader
        ])
    }
}
