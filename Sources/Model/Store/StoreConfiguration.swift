import GRDB
import GRDBSQLite

/// The GRDB configuration of every connection to a store.
///
/// Every connection keeps the `-wal` and `-shm` files when it closes (`SQLITE_FCNTL_PERSIST_WAL`).
/// SQLite can open a WAL database read-only only when those files exist or can be created
/// (https://sqlite.org/wal.html, "Read-Only Databases"); a user outside a shared store's group
/// cannot create them in its directory, so they must outlive the last writer.
enum StoreConfiguration {
    /// How long a write waits for another connection's write to finish.
    static let busyTimeout: Double = 5

    static func make(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            var persist: Int32 = 1
            let code = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
            guard code == SQLITE_OK else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot keep the WAL files (persist_wal)")
            }
        }
        return configuration
    }
}
