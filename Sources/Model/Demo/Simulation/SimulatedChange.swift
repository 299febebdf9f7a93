import ModelCore

/// One plausible synthetic write to a task, made by a simulated actor.
///
/// Simulated actors are named `模拟·…` and the text of simulated notes and instructions starts
/// with 【模拟】, so nobody mistakes them for real reports in the history.
public struct SimulatedChange: Equatable, Sendable {
    public static let actorPrefix = "模拟·"
    public static let notePrefix = "【模拟】"
    /// The office staff who report progress and notes.
    static let staff = ["王芳", "李明", "张伟"]
    static let notes = [
        "已召开专题推进会，明确责任分工", "完成前期调研，形成工作方案", "项目手续办理中，已完成立项",
        "已督促责任单位加快进度", "资金已落实，正在组织实施"
    ]
    static let instructions = ["请加快推进，确保按期完成", "请牵头单位加强协调，每周报送进展", "要压实责任，对滞后事项专项督办"]

    public var kind: ProgressEntry.Kind
    /// The new status, when it changes.
    public var status: Status?
    public var progress: Int?
    public var note: String?
    public var actor: String

    /// The next change for `task`, which is not done: mostly progress moving forward (a task that
    /// reaches 100 % is done, now and then one falls behind or is blocked and later resumes), some
    /// notes (进展) and some instructions (领导批示) signed by one of the task's own leaders.
    public static func next<G: RandomNumberGenerator>(for task: Task, using generator: inout G) -> SimulatedChange {
        let clerk = actorPrefix + staff.randomElement(using: &generator)!
        let roll = Int.random(in: 0..<100, using: &generator)
        if roll >= 85, let leader = task.leaders.randomElement(using: &generator) {
            return SimulatedChange(
                kind: .instruction, note: notePrefix + instructions.randomElement(using: &generator)!,
                actor: actorPrefix + leader)
        }
        if roll >= 60 {
            return SimulatedChange(kind: .note, note: notePrefix + notes.randomElement(using: &generator)!, actor: clerk)
        }
        let step = Int.random(in: 5...20, using: &generator)
        let progress = min(100, task.progress + step)
        var status: Status
        switch task.status {
        case .notStarted, .behind, .blocked, .done:
            status = .inProgress
        case .inProgress:
            let turn = Int.random(in: 0..<100, using: &generator)
            status = turn < 8 ? .behind : turn < 11 ? .blocked : .inProgress
        }
        if progress == 100 { status = .done }
        return SimulatedChange(kind: .update, status: status == task.status ? nil : status, progress: progress, actor: clerk)
    }

    public init(kind: ProgressEntry.Kind, status: Status? = nil, progress: Int? = nil, note: String? = nil, actor: String) {
        self.kind = kind
        self.status = status
        self.progress = progress
        self.note = note
        self.actor = actor
    }
}
