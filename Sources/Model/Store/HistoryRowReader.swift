import Foundation
import GRDB
import GRDBSQLite
import ModelCore

/// Turns rows of the `progress_entry` table into entries, reading the columns by index straight
/// from SQLite: GRDB's `Row` finds each column by its name, lowercased on every lookup, which at
/// 90 000 entries was most of the time a load spent on history.
enum HistoryRowReader {
    /// The columns `entry(from:)` reads, in the order it reads them.
    static let columns = "task_id, actor, at, kind, old_status, new_status, old_progress, new_progress, note, leader"

    /// The entry on the row `statement` stands on, which selected `columns`.
    static func entry(from statement: SQLiteStatement) throws -> ProgressEntry {
        func isNull(_ index: Int32) -> Bool {
            sqlite3_column_type(statement, index) == SQLITE_NULL
        }
        func bytes(_ index: Int32) -> UnsafeRawBufferPointer? {
            guard !isNull(index) else { return nil }
            let start = sqlite3_column_text(statement, index)
            return UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, index)))
        }
        func string(_ index: Int32) -> String? {
            bytes(index).map { String(decoding: $0, as: UTF8.self) }
        }
        let taskID = string(0)
        func fail(_ column: String, _ value: String?) -> UnreadableValue {
            UnreadableValue(description: "history of task \(taskID ?? "NULL"): \(column) '\(value ?? "NULL")' cannot be read")
        }
        func required(_ index: Int32, _ column: String) throws -> String {
            guard let text = string(index) else { throw fail(column, nil) }
            return text
        }
        func status(_ index: Int32, _ column: String) throws -> Status? {
            try string(index).map { text in
                guard let status = Status(rawValue: text) else { throw fail(column, text) }
                return status
            }
        }
        func integer(_ index: Int32, _ column: String) throws -> Int? {
            switch sqlite3_column_type(statement, index) {
            case SQLITE_NULL: return nil
            case SQLITE_INTEGER: return Int(sqlite3_column_int64(statement, index))
            default: throw fail(column, string(index))
            }
        }
        guard let taskID else { throw fail("task_id", nil) }
        guard let atBytes = bytes(2) else { throw fail("at", nil) }
        guard let at = ISOTimestamp.date(utf8: atBytes) else { throw fail("at", string(2)) }
        let kindText = try required(3, "kind")
        guard let kind = ProgressEntry.Kind(rawValue: kindText) else { throw fail("kind", kindText) }
        return ProgressEntry(
            taskID: taskID, actor: try required(1, "actor"), at: at, kind: kind,
            oldStatus: try status(4, "old_status"), newStatus: try status(5, "new_status"),
            oldProgress: try integer(6, "old_progress"), newProgress: try integer(7, "new_progress"),
            note: string(8), leader: string(9))
    }
}
