import ModelCore
import ModelImport

extension ProgressEntry {
    /// The entry as `show` and `history` write it in JSON: the time as the store writes it
    /// (`2020-06-28T10:12:00Z`), statuses as codes, and null for what the entry does not say.
    var json: JSONValue {
        .object([
            ("task_id", .string(taskID)), ("at", .string(ISOTimestamp.text(at))), ("actor", .string(actor)),
            ("kind", .string(kind.rawValue)), ("old_status", JSONValue(oldStatus?.rawValue)),
            ("new_status", JSONValue(newStatus?.rawValue)), ("old_progress", JSONValue(oldProgress)),
            ("new_progress", JSONValue(newProgress)), ("note", JSONValue(note)), ("leader", JSONValue(leader))
        ])
    }
}
