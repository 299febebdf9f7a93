import GRDB

extension SQLiteStore {
    /// Refuses a damaged file before anything is written to it: SQLite notices a damaged page
    /// only when it reads that page, so a write elsewhere would otherwise succeed and bury the
    /// damage deeper. `PRAGMA quick_check` reads every page once (a few milliseconds for the
    /// sample's 300 tasks, about half a second at 100 000), so it runs before a process's first
    /// write, not when the store opens: the dashboard and `list` start without it.
    static func checkSound(_ pool: DatabasePool, path: String) throws {
        let answer = try pool.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
        guard answer == ["ok"] else {
            throw StoreError.cannotOpen(
                path: path,
                reason: """
                    the file is damaged (SQLite's quick_check: \(answer.first ?? "no answer")); restore it from a backup
                    """)
        }
    }
}
