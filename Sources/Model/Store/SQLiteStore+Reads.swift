import Foundation
import ModelCore

extension SQLiteStore {
    public func documents() throws -> [Document] {
        try read(DocumentTable.all)
    }

    public func tasks() throws -> [Task] {
        try read(TaskTable.all)
    }

    public func task(id: String) throws -> Task? {
        try read { try TaskTable.find(id, $0) }
    }

    /// The stored id a user means by `written`: itself, else the one equal to it but for case
    /// (`p2-8` is P2-8); nil when no task has it.
    public func taskID(matching written: String) throws -> String? {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT id FROM task WHERE id = ? COLLATE NOCASE ORDER BY id = ? DESC LIMIT 1", arguments: [written, written])
        }
    }

    public func history(taskID: String) throws -> [ProgressEntry] {
        try read { try HistoryTable.entries(taskID: taskID, $0) }
    }

    public func history(since: Date?, actor: String?, limit: Int?) throws -> [ProgressEntry] {
        try read { try HistoryTable.entries(since: since, actor: actor, limit: limit, $0) }
    }

    public var isEmpty: Bool {
        get throws { try read(TaskTable.isEmpty) }
    }

    public func setting(_ key: String) throws -> String? {
        try read { try SettingTable.value(key, $0) }
    }

    public func setSetting(_ key: String, _ value: String?) throws {
        try write { try SettingTable.set(key, value, $0) }
    }
}
