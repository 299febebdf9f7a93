import GRDB

extension SQLiteStore {
    public func loadAll() throws -> StoreContents {
        try read(Self.contents)
    }

    public func changes(since cursor: ChangeCursor) throws -> StoreChanges {
        try read { db in
            let now = try ChangeCounterTable.cursor(db)
            let rewound = now.sequence < cursor.sequence || now.historyID < cursor.historyID
            let structural = try rewound || ChangeCounterTable.structureSequence(db) > cursor.sequence
            return StoreChanges(tasks: try TaskTable.changed(since: rewound ? 0 : cursor.sequence, db),
                                history: try HistoryTable.entries(after: rewound ? 0 : cursor.historyID, db),
                                reload: structural ? try Self.contents(db) : nil,
                                cursor: now)
        }
    }

    private static func contents(_ db: Database) throws -> StoreContents {
        StoreContents(documents: try DocumentTable.all(db), tasks: try TaskTable.all(db),
                      history: try HistoryTable.entries(db), reportRounds: try ReportRoundTable.all(db),
                      cursor: try ChangeCounterTable.cursor(db))
    }
}
