import GRDB
import GRDBSQLite
import ModelCore

/// Binds a task's values to the task table's insert statement straight through SQLite's C
/// interface and steps it: an import inserts a hundred thousand tasks, and going through
/// `StatementArguments` (an array of boxed values a row) cost more than SQLite's own insert.
struct TaskInsertBinding {
    /// SQLite copies the bytes it is given before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    let statement: Statement

    /// Inserts `task` at `position` with `statement`, which takes the task table's columns in
    /// `TaskRowReader.columns` order, then the position.
    func insert(_ task: Task, position: Int, _ db: Database) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var index: Int32 = 0
        func text(_ value: String?) {
            index += 1
            guard var value else {
                sqlite3_bind_null(handle, index)
                return
            }
            value.withUTF8 { bytes in
                guard let start = bytes.baseAddress, !bytes.isEmpty else {
                    // An empty string still needs a pointer: nil would bind NULL.
                    _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
                    return
                }
                _ = start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
                    sqlite3_bind_text(handle, index, characters, Int32(bytes.count), Self.transient)
                }
            }
        }
        func integer(_ value: Int) {
            index += 1
            sqlite3_bind_int64(handle, index, Int64(value))
        }
        text(task.id)
        text(task.document)
        integer(task.number)
        text(task.caseNumber)
        text(task.category)
        text(task.chapter)
        text(task.section)
        text(task.text)
        for list in [task.proposers, task.leaders, task.leadUnits, task.responsibleUnits, task.cooperatingUnits] {
            text(StringListColumn.encode(list))
        }
        text(task.status.rawValue)
        text(task.deadline?.description)
        integer(task.progress)
        text(task.updatedAt.map(ISOTimestamp.text))
        integer(task.version)
        integer(position)
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                sql: statement.sql)
        }
    }
}
