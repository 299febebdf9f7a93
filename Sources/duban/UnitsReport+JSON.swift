import ModelCore
import ModelImport

extension UnitsReport {
    /// `units --format json`: the names no unit of the directory has, most-used first, with all
    /// their tasks and documents; then every unit with its kind (code and word), task counts
    /// (naming it at all, and as lead unit), groups and aliases.
    var json: JSONValue {
        let unknown = roster.unknown.map { name -> JSONValue in
            .object([
                ("name", .string(name.name)), ("task_ids", .array(name.taskIDs.map(JSONValue.string))),
                ("documents", .array(name.documents.map(JSONValue.string)))
            ])
        }
        let units = roster.units.map { entry -> JSONValue in
            .object([
                ("name", .string(entry.unit.name)), ("kind", .string(entry.unit.kind.rawValue)), ("kind_label", .string(entry.unit.kind.label)),
                ("tasks", JSONValue(entry.tasks)), ("lead_tasks", JSONValue(entry.leading)),
                ("groups", .array(entry.groups.map(JSONValue.string))), ("aliases", .array(entry.unit.aliases.map(JSONValue.string)))
            ])
        }
        return .object([("unknown_names", .array(unknown)), ("units", .array(units))])
    }
}
