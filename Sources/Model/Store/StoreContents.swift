import ModelCore

/// Everything the dashboard shows of a store, read in one transaction, with the cursor it was read at.
public struct StoreContents: Equatable, Sendable {
    public var documents: [Document]
    /// All tasks, in import order.
    public var tasks: [Task]
    /// The history of all tasks, newest first.
    public var history: [ProgressEntry]
    /// Every document's report rounds.
    public var reportRounds: [ReportRound]
    /// Where `TaskStore.changes(since:)` continues from.
    public var cursor: ChangeCursor
    /// The store's directory of units (the bundled one unless the store keeps its own).
    public var directory: Directory = .standard
}
