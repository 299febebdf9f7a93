import ModelCore
import ModelImport

extension TaskSheet {
    /// The task as `show --format json` writes it: the export's keys in its order, then what it
    /// derives (the status's word, the version, whether it is overdue at today) and its history, newest first.
    var json: JSONValue {
        .object(
            TaskJSON.members(of: task) + [
                ("status_label", .string(task.status.label)), ("version", JSONValue(task.version)),
                ("overdue", .bool(task.isOverdue(today: today))), ("history", .array(history.map(\.json)))
            ])
    }
}
