/// Where a reader stands in the store's changes: the last task write and the last history entry
/// it has seen.
///
/// A cursor comes with the data read in the same transaction (`TaskStore.loadAll()`,
/// `TaskStore.changes(since:)`), so passing it to the next `changes(since:)` misses no change
/// and returns none twice.
public struct ChangeCursor: Hashable, Sendable {
    /// The store's change sequence: every task row written and every structural change takes the next number.
    public let sequence: Int
    /// The id of the newest history entry; ids only grow.
    public let historyID: Int

    package init(sequence: Int, historyID: Int) {
        self.sequence = sequence
        self.historyID = historyID
    }
}
