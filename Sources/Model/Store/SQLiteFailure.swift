import GRDB

/// What an SQLite failure means for the person at the terminal, in words instead of SQLite's
/// own ("database is locked", "file is not a database"), with what to do about it.
enum SQLiteFailure {
    static let busy =
        "another process has been writing to it for more than \(Int(StoreConfiguration.busyTimeout)) s, "
        + "so nothing was changed; try again in a moment"

    /// Whether `error` is another process holding the lock past the wait (`StoreError.busy`).
    static func isBusy(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode.primaryResultCode)
    }

    static func reason(_ error: DatabaseError) -> String {
        let sqlite = error.message ?? "\(error.resultCode)"
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return busy
        case .SQLITE_FULL:
            return "the disk is full, so nothing was written; free some space and try again"
        case .SQLITE_NOTADB:
            return "it is not a duban store: SQLite says the file is not a database (is --db the right file?)"
        case .SQLITE_CORRUPT:
            return "the file is damaged (SQLite: \(sqlite)); restore it from a backup"
        case .SQLITE_IOERR:
            return "the disk or file system failed (SQLite: \(sqlite)); nothing was changed"
        default:
            return sqlite
        }
    }
}
