import Foundation
import GRDB

/// Looks into a store file from outside duban, with SQLite itself: is the file sound, and what
/// does it hold. Every probe opens its own connection and closes it before returning.
enum StoreProbe {
    /// `PRAGMA integrity_check`'s answer: "ok" for a sound file.
    static func integrity(_ path: String) throws -> String {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
        }
    }

    /// How many tasks the store holds.
    static func taskCount(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM task") ?? 0 }
    }
}

/// A write transaction held open on a store by this process, as a long write from another
/// process would: every other writer waits for it, then gives up after its busy timeout.
final class WriteLockHolder {
    private let queue: DatabaseQueue

    init(path: String) throws {
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
    }

    /// Ends the transaction without writing anything.
    func release() throws {
        try queue.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        try queue.close()
    }
}

extension StoreProbe {
    /// The version of task `id`: it grows by one with every committed update.
    static func version(_ path: String, of id: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT version FROM task WHERE id = ?", arguments: [id]) ?? 0 }
    }
}

extension StoreProbe {
    /// How many history entries task `id` has; with `note`, how many carry exactly that note.
    static func historyCount(_ path: String, of id: String, note: String? = nil) throws -> Int {
        try DatabaseQueue(path: path).read { db in
            if let note {
                return try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM progress_entry WHERE task_id = ? AND note = ?",
                    arguments: [id, note]) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM progress_entry WHERE task_id = ?", arguments: [id]) ?? 0
        }
    }
}
