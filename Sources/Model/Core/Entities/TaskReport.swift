/// What a ledger row says of a task's progress: its status and its 进展情况 note, for the store
/// to record as history when they differ from what the task already has.
public struct TaskReport: Hashable, Sendable {
    public var taskID: String
    public var status: Status?
    /// The progress note as written in the ledger.
    public var note: String?
    /// The file the report comes from, named in the note's history entry.
    public var source: String

    public init(taskID: String, status: Status?, note: String?, source: String) {
        self.taskID = taskID
        self.status = status
        self.note = note
        self.source = source
    }
}
