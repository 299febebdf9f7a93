import Foundation
import ModelCore

/// The `u` and `c` forms: what is about to be recorded on one task, field by field, and the
/// version of the task the user saw when the form opened.
public struct EditForm: Equatable, Sendable {
    /// `u` records status and progress (with an optional note); `c` a note or an instruction.
    public enum Purpose: Equatable, Sendable {
        case update, comment
    }

    /// The field with the keyboard.
    public enum Field: Equatable, Sendable {
        case status, progress, kind, note
        /// Which of the task's leaders gave the instruction.
        case leader
    }

    /// Typing, or asked "record this?".
    public enum Stage: Equatable, Sendable {
        case editing, confirming
        /// Confirmed: the write is under way (it may wait up to 5 s for another writer's lock),
        /// and the form says so until its outcome comes back.
        case saving
    }

    public var purpose: Purpose
    public var taskID: String
    /// The task's version when the form opened, or when a conflict showed the newer one.
    public var baseVersion: Int
    /// Status and progress as the task had them at `baseVersion`: what the form changes from.
    public var baseStatus: Status
    public var baseProgress: Int
    public var status: Status
    /// The progress digits as typed; empty means unchanged.
    public var progress: String
    public var kind: ProgressEntry.Kind
    /// The task's leaders when the form opened, and the one who gave the instruction (the first
    /// unless chosen); nil when the task names none.
    public var leaders: [String]
    public var leader: String?
    public var note: LineEditor
    public var field: Field {
        didSet { if field != oldValue { progressIsSelected = true } }
    }
    /// The progress as a field just entered shows it, selected: the next digit typed replaces it
    /// (40, then 6 and 0, gives 60), as in every form; after that, digits add to it.
    public var progressIsSelected = true
    public var stage: Stage = .editing
    /// What stops the form from being recorded: a bad value, nothing to record, a refusal.
    public var problem: String?

    /// A form for `task`, with its current status and progress filled in.
    public init(_ purpose: Purpose, task: Task) {
        self.purpose = purpose
        taskID = task.id
        baseVersion = task.version
        baseStatus = task.status
        baseProgress = task.progress
        status = task.status
        progress = String(task.progress)
        kind = purpose == .update ? .update : .instruction
        leaders = task.leaders
        leader = task.leaders.first
        note = LineEditor()
        field = purpose == .update ? .status : .kind
    }

    /// The fields in Tab order; the leader only for an instruction on a task that names one.
    public var fields: [Field] {
        if purpose == .update { return [.status, .progress, .note] }
        return kind == .instruction && leader != nil ? [.kind, .leader, .note] : [.kind, .note]
    }

    /// The write the form asks for, or what is wrong with it.
    public func recording() -> Result<Recording, FormProblem> {
        let text = note.string.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .comment:
            guard !text.isEmpty else { return .failure(.emptyNote) }
            return .success(
                Recording(
                    taskID: taskID, status: nil, progress: nil, note: text, kind: kind,
                    leader: kind == .instruction ? leader : nil, ifVersion: baseVersion))
        case .update:
            guard let value = Int(progress.isEmpty ? String(baseProgress) : progress), (0...100).contains(value) else {
                return .failure(.badProgress)
            }
            let newStatus = status == baseStatus ? nil : status
            let newProgress = value == baseProgress ? nil : value
            guard newStatus != nil || newProgress != nil || !text.isEmpty else { return .failure(.nothingChanged) }
            return .success(
                Recording(
                    taskID: taskID, status: newStatus, progress: newProgress, note: text.isEmpty ? nil : text,
                    kind: newStatus == nil && newProgress == nil ? .note : .update, ifVersion: baseVersion))
        }
    }
}

/// Why a form cannot be recorded as it stands.
public enum FormProblem: Error, Equatable, Sendable {
    case emptyNote, badProgress, nothingChanged
}

/// One write the dashboard asks the runner to make: only the fields that change, and the version
/// the user saw, so that a write over someone else's newer change is refused.
public struct Recording: Equatable, Sendable {
    public var taskID: String
    public var status: Status?
    public var progress: Int?
    public var note: String?
    public var kind: ProgressEntry.Kind
    /// For an instruction: the leader who gave it.
    public var leader: String? = nil
    public var ifVersion: Int
}

/// How a write ended, fed back to the reducer.
public enum RecordOutcome: Equatable, Sendable {
    case saved(Task)
    /// Someone changed the task since the form opened: the task as it is now and their change.
    case conflict(current: Task, lastChange: ProgressEntry?)
    /// Another process held the store's write lock past the wait: nothing was written.
    case busy
    /// The store refused (read-only, full, gone): its message.
    case failed(String)
}
