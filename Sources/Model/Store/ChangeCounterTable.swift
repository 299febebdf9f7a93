import GRDB

/// SQL for the `change_counter` row that the change triggers keep (see `ChangeSequenceSchema`).
enum ChangeCounterTable {
    /// Where the store stands now.
    static func cursor(_ db: Database) throws -> ChangeCursor {
        let sequence = try Int.fetchOne(db, sql: "SELECT sequence FROM change_counter") ?? 0
        let historyID = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM progress_entry") ?? 0
        return ChangeCursor(sequence: sequence, historyID: historyID)
    }

    /// The sequence of the last structural change.
    static func structureSequence(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT structure_sequence FROM change_counter") ?? 0
    }
}
