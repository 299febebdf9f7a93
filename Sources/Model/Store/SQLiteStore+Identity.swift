import GRDB

extension SQLiteStore {
    /// The setting that names a store file for good: a snapshot image carries it, so an image is
    /// never taken for another store's (one created again at the same path, say).
    package static let identityKey = "store_id"

    /// This store's identity, made on first need by a process that may write.
    public func identity() throws -> String {
        if let id = try read({ try SettingTable.value(Self.identityKey, $0) }) { return id }
        return try write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO setting (key, value) VALUES (?, lower(hex(randomblob(16))))",
                arguments: [Self.identityKey])
            return try SettingTable.value(Self.identityKey, db)!
        }
    }
}
