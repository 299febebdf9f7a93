import ModelCore

/// What other writers changed since a `ChangeCursor`, read in one transaction.
///
/// Most changes are task writes (`update`, an import that edits tasks): `Snapshot.apply(_:)`
/// puts them in place. A structural change (a task added or removed, a document added, changed
/// or removed, or a store file that is not the one the cursor came from) carries the whole
/// store in `reload` instead.
public struct StoreChanges: Equatable, Sendable {
    /// The tasks written since the cursor (changed or added), as they are now, in import order.
    public var tasks: [Task]
    /// The history entries recorded since the cursor, the last recorded first.
    public var history: [ProgressEntry]
    /// Everything in the store, read in the same transaction, when the change is structural.
    public var reload: StoreContents?
    /// Where the next `changes(since:)` continues from.
    public var cursor: ChangeCursor

    /// True when nothing a snapshot shows changed (e.g. only a setting was written).
    public var isEmpty: Bool { tasks.isEmpty && history.isEmpty && reload == nil }

    /// The last history entry recorded: who made the latest change, and when.
    public var latest: ProgressEntry? { history.first }
}
