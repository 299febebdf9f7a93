import GRDB

/// SQL for the `setting` table: small key–value preferences kept with the data.
enum SettingTable {
    static func value(_ key: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
    }

    /// Stores the value; nil removes the key.
    static func set(_ key: String, _ value: String?, _ db: Database) throws {
        if let value {
            try db.execute(
                sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [key, value])
        } else {
            try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key])
        }
    }
}
