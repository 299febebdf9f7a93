import ModelCore
import ModelRead

/// What a report covers: the tasks, in the order the report lists them, and how to say which
/// they are (`全部文件`, `责任领导：马长军`, `筛选：状态:滞后`).
public struct ReportScope: Sendable {
    /// Indexes into `Snapshot.tasks`.
    public var tasks: [Int]
    /// The scope in words, for the report's heading; empty for every task of the store.
    public var description: String

    public init(tasks: [Int], description: String) {
        self.tasks = tasks
        self.description = description
    }

    /// Every task of the snapshot, in task order.
    public static func everything(_ snapshot: Snapshot) -> ReportScope {
        ReportScope(tasks: Array(snapshot.tasks.indices), description: "")
    }
}
