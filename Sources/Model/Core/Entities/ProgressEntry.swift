import Foundation

/// One line of a task's history: who recorded what, when, and what changed.
public struct ProgressEntry: Hashable, Codable, Sendable {
    /// What kind of entry this is.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// A change of status or progress.
        case update
        /// A progress note (进展).
        case note
        /// A leader's written instruction (领导批示).
        case instruction
    }

    public var taskID: String
    public var actor: String
    public var at: Date
    public var kind: Kind
    public var oldStatus: Status?
    public var newStatus: Status?
    public var oldProgress: Int?
    public var newProgress: Int?
    public var note: String?
    /// For a 领导批示: the leader who gave it (one of the task's leaders), beside `actor`, the
    /// clerk who typed it; nil for other entries and for instructions recorded before it was asked.
    public var leader: String?

    public init(
        taskID: String, actor: String, at: Date, kind: Kind, oldStatus: Status? = nil,
        newStatus: Status? = nil, oldProgress: Int? = nil, newProgress: Int? = nil, note: String? = nil,
        leader: String? = nil
    ) {
        self.taskID = taskID
        self.actor = actor
        self.at = at
        self.kind = kind
        self.oldStatus = oldStatus
        self.newStatus = newStatus
        self.oldProgress = oldProgress
        self.newProgress = newProgress
        self.note = note
        self.leader = leader
    }
}
