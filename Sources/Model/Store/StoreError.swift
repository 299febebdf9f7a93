import ModelCore

/// A store operation that failed, with a message meant for the user.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The database at `path` could not be opened or migrated.
    case cannotOpen(path: String, reason: String)
    /// The database at `path` failed during an operation, or holds a value it cannot read.
    case database(path: String, reason: String)
    /// Another process held the store's write lock for longer than a writer waits; nothing changed.
    case busy(path: String)
    /// No task has this id.
    case unknownTask(id: String)
    /// The task changed since the caller read it at `expectedVersion`; `lastChange` says who changed it.
    case conflict(current: Task, lastChange: ProgressEntry?, expectedVersion: Int)
    /// No document has this code.
    case unknownDocument(String)
    /// A progress outside 0–100.
    case invalidProgress(taskID: String, value: Int)
    /// An update that records nothing: no status, no progress and no note.
    case emptyUpdate(taskID: String)
    /// An instruction said to be given by someone who is not one of the task's leaders.
    case notTheTasksLeader(taskID: String, leader: String, leaders: [String])
    /// An import batch that cannot be applied as a whole.
    case invalidBatch(reason: String)
    /// `duban init --shared` cannot set up the directory or file at `path`.
    case cannotShare(path: String, reason: String)
    /// A write to a store this process opened read-only; `reason` names the file and why.
    case readOnly(path: String, reason: String)
    /// A change to the store's directory of units that would make it inconsistent; nothing changed.
    case directoryRefused(DirectoryRefusal)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            "cannot open the store at \(path): \(reason)"
        case let .database(path, reason):
            "store \(path): \(reason)"
        case let .busy(path):
            "store \(path): \(SQLiteFailure.busy)"
        case let .unknownTask(id):
            "no task with id \(id)"
        case let .conflict(current, lastChange, expectedVersion):
            "task \(current.id) was changed meanwhile (version \(current.version), expected \(expectedVersion))"
                + (lastChange.map { " by \($0.actor) at \(ISOTimestamp.text($0.at))" } ?? "")
        case let .unknownDocument(code):
            "no document with code \(code)"
        case let .invalidProgress(taskID, value):
            "task \(taskID): progress \(value) is not within 0–100"
        case let .emptyUpdate(taskID):
            "task \(taskID): nothing to record (no status, progress or note)"
        case let .notTheTasksLeader(taskID, leader, leaders):
            "task \(taskID): \(leader) is not one of its leaders"
                + (leaders.isEmpty ? " (it names none)" : " (\(leaders.joined(separator: "、")))")
        case let .invalidBatch(reason):
            "import refused: \(reason)"
        case let .cannotShare(path, reason):
            "cannot set up a shared store at \(path): \(reason)"
        case let .readOnly(_, reason):
            "cannot change the store, it is read-only: \(reason)"
        case let .directoryRefused(refusal):
            "units: \(refusal.description); nothing changed"
        }
    }
}
