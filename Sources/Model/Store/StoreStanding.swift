import GRDB
import ModelCore

/// Where the store stands against a picture of it taken at an earlier cursor (the read model's
/// snapshot image), read in one transaction: enough to tell whether the picture is still this
/// store's and can be brought up to date row by row, and what to bring it up to date with.
public struct StoreStanding: Sendable {
    /// The store's cursor now.
    public var cursor: ChangeCursor
    /// The store's identity, nil on a store that was never given one.
    public var storeID: String?
    /// The history entry the picture's cursor names (entries never change once written), nil
    /// when there is none.
    public var entryAtCursor: ProgressEntry?
    /// Whether everything since the picture's cursor are task writes and history entries, with no
    /// structural change (an import, a document added) between.
    public var followsRowByRow: Bool
    /// What was recorded since the picture's cursor, when asked for and it follows row by row.
    public var recorded: StoreChanges?
    public var documents: [Document]
    public var reportRounds: [ReportRound]
}

extension SQLiteStore {
    /// Where the store stands against a picture taken at `cursor`; with `readingChanges`, also
    /// what was recorded since, all in one transaction.
    public func standing(since cursor: ChangeCursor, readingChanges: Bool) throws -> StoreStanding {
        try read { db in
            let now = try ChangeCounterTable.cursor(db)
            let follows = try Self.followsRowByRow(from: cursor, to: now, db)
            let recorded = readingChanges && follows ? try Self.recorded(since: cursor, to: now, db) : nil
            return StoreStanding(
                cursor: now, storeID: try SettingTable.value(Self.identityKey, db),
                entryAtCursor: try HistoryTable.entry(id: cursor.historyID, db), followsRowByRow: follows,
                recorded: recorded, documents: try DocumentTable.all(db), reportRounds: try ReportRoundTable.all(db))
        }
    }
}
