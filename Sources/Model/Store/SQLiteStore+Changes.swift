import GRDB

extension SQLiteStore {
    public func loadAll() throws -> StoreContents {
        try read(Self.contents)
    }

    public func changes(since cursor: ChangeCursor) throws -> StoreChanges {
        try read { db in
            let now = try ChangeCounterTable.cursor(db)
            if try Self.followsRowByRow(from: cursor, to: now, db) { return try Self.recorded(since: cursor, to: now, db) }
            let rewound = now.sequence < cursor.sequence || now.historyID < cursor.historyID
            var changes = try Self.recorded(since: rewound ? ChangeCursor(sequence: 0, historyID: 0) : cursor, to: now, db)
            changes.reload = try Self.contents(db)
            return changes
        }
    }

    /// Whether what was recorded between `cursor` and `now` can be applied row by row: the store
    /// did not go back, and no structural change came after `cursor`.
    static func followsRowByRow(from cursor: ChangeCursor, to now: ChangeCursor, _ db: Database) throws -> Bool {
        try now.sequence >= cursor.sequence && now.historyID >= cursor.historyID
            && ChangeCounterTable.structureSequence(db) <= cursor.sequence
    }

    /// The task writes and history entries recorded after `cursor`, up to `now`.
    static func recorded(since cursor: ChangeCursor, to now: ChangeCursor, _ db: Database) throws -> StoreChanges {
        StoreChanges(
            tasks: try TaskTable.changed(since: cursor.sequence, db),
            history: try HistoryTable.entries(after: cursor.historyID, db), reload: nil, cursor: now)
    }

    private static func contents(_ db: Database) throws -> StoreContents {
        StoreContents(
            documents: try DocumentTable.all(db), tasks: try TaskTable.all(db),
            history: try HistoryTable.entries(db), reportRounds: try ReportRoundTable.all(db),
            cursor: try ChangeCounterTable.cursor(db), directory: try DirectoryTable.directory(db))
    }
}
