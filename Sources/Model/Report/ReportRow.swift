import ModelCore
import ModelRead

/// One task as a report lists it: where it stands on the report's day, whether its report of
/// this round is missing, and its latest progress note and leader's instruction.
public struct ReportRow: Sendable {
    public var task: Task
    public var standing: Standing
    /// 未报送: it owes this round's report and has not handed it in.
    public var isUnreported: Bool
    /// The newest entry with a note that is not an instruction: the 最新进展.
    public var latestNote: ProgressEntry?
    /// The newest 领导批示.
    public var latestInstruction: ProgressEntry?

    /// The row of the task at `index`, which `figures` counts (the report's scope is its mask).
    init(_ index: Int, snapshot: Snapshot, figures: Figures) {
        task = snapshot.tasks[index]
        standing = figures.standing(index)!
        isUnreported = figures.isUnreported(index)
        let history = snapshot.history[task.id] ?? []
        latestNote = history.first { $0.kind != .instruction && !($0.note ?? "").isEmpty }
        latestInstruction = history.first { $0.kind == .instruction }
    }
}
