import GRDB

extension SQLiteStore {
    public func loadAll() throws -> StoreContents {
        try read(Self.contents)
    }

    /// What `loadAll()` reads, as a snapshot, with the cursor it was read at: the tasks are indexed
    /// on a second thread while their rows are read (`TaskTable.allIndexed`).
    public func loadSnapshot(directory: Directory = .standard) throws -> (snapshot: Snapshot, cursor: ChangeCursor) {
        try read { db in
            let (tasks, indexer) = try TaskTable.allIndexed(db, directory: directory)
            let snapshot = Snapshot(tasks: tasks, indexed: indexer, documents: try DocumentTable.all(db),
                                    historyByTask: Snapshot.byTask(try HistoryTable.entries(db)), directory: directory,
                                    reportRounds: try ReportRoundTable.all(db))
            return (snapshot, try ChangeCounterTable.cursor(db))
        }
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
