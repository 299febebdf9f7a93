/// A column of a task table, named by what its header cell says (序号, 工作任务, 牵头单位 …).
package enum TaskTableColumn: String, CaseIterable, Hashable, Sendable {
    /// 序号.
    case serial
    /// 政策内容, 重点工作: the topic a row's task belongs to.
    case policy
    /// 工作任务, 具体任务, 任务内容, 主要任务.
    case task
    /// 责任领导.
    case leaders
    /// 牵头单位.
    case leadUnits
    /// 责任单位, 责任部门.
    case responsibleUnits
    /// 配合单位, 协办单位.
    case cooperatingUnits
    /// 完成时限, 时间节点.
    case deadline
    /// 备注, 落实情况, 存在问题及建议: read past, never a field of the task.
    case remarks

    /// The header words that name each column, compact (no spaces).
    static let headerWords: [(word: String, column: TaskTableColumn)] = [
        ("序号", .serial), ("编号", .serial),
        ("政策内容", .policy), ("重点工作", .policy), ("工作事项", .policy),
        ("具体任务", .task), ("工作任务", .task), ("任务内容", .task), ("主要任务", .task), ("工作内容", .task),
        ("目标任务", .task), ("工作措施", .task),
        ("责任领导", .leaders), ("分管领导", .leaders), ("牵头领导", .leaders),
        ("牵头单位", .leadUnits), ("牵头部门", .leadUnits),
        ("责任单位", .responsibleUnits), ("责任部门", .responsibleUnits),
        ("配合单位", .cooperatingUnits), ("协办单位", .cooperatingUnits), ("配合部门", .cooperatingUnits),
        ("完成时限", .deadline), ("完成时间", .deadline), ("时间节点", .deadline), ("时限", .deadline),
        ("备注", .remarks), ("落实情况", .remarks), ("存在问题及建议", .remarks), ("进展情况", .remarks)
    ]
}

/// One row of a task table as a table reader found it: each column's text as the source lines it
/// came from, in order. A row's fragments are not yet joined or resolved: units are read from them
/// by the caller, through the Directory.
package struct TaskTableRow: Sendable {
    /// The line where the row starts.
    var line: Int
    /// The chapter heading in force (一、切实降低用电成本), as printed, if the table has one.
    var chapter: String?
    /// The row's cells, column by column; a column the row leaves empty is absent.
    var cells: [TaskTableColumn: [SourceLine]]
}
