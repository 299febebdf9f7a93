import ModelCore
import ModelRead

/// A unit a 督查通报 names, with the tasks it is named for.
public struct UnitLaggards: Sendable {
    public var unit: String
    /// Task ids, in the report's order.
    public var tasks: [String]

    /// The units named as lead or responsible by the rows that `isNamed` picks, most tasks first:
    /// as the overview's 逾期/滞后最多的单位 counts them (directly named units, not groups). A task
    /// that names only groups is listed under its groups; one that names no unit, under `noUnit`.
    static func of(_ rows: [ReportRow], directory: Directory, noUnit: String, where isNamed: (ReportRow) -> Bool) -> [UnitLaggards] {
        let groups = Set(directory.groups.map(\.name))
        var byUnit: [String: [String]] = [:]
        var order: [String] = []
        for row in rows where isNamed(row) {
            let named = unique(row.task.leadUnits + row.task.responsibleUnits)
            let direct = named.filter { !groups.contains($0) }
            for unit in direct.isEmpty ? (named.isEmpty ? [noUnit] : named) : direct {
                if byUnit[unit] == nil { order.append(unit) }
                byUnit[unit, default: []].append(row.task.id)
            }
        }
        return order.map { UnitLaggards(unit: $0, tasks: byUnit[$0]!) }
            .sorted { $0.tasks.count != $1.tasks.count ? $0.tasks.count > $1.tasks.count : $0.unit < $1.unit }
    }

    /// The lead units whose rows owe this round's report and have not handed it in, as
    /// `Reporting.byLeadUnit` groups them (most missing first); `noLeadUnit` for tasks that name none.
    static func unreported(_ rows: [ReportRow], noLeadUnit: String) -> [UnitLaggards] {
        var byUnit: [String: [String]] = [:]
        var order: [String] = []
        for row in rows where row.isUnreported {
            for unit in row.task.leadUnits.isEmpty ? [noLeadUnit] : unique(row.task.leadUnits) {
                if byUnit[unit] == nil { order.append(unit) }
                byUnit[unit, default: []].append(row.task.id)
            }
        }
        let place = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return order.map { UnitLaggards(unit: $0, tasks: byUnit[$0]!) }
            .sorted { $0.tasks.count != $1.tasks.count ? $0.tasks.count > $1.tasks.count : place[$0.unit]! < place[$1.unit]! }
    }

    /// The names without repeats, in order: a task names a handful, so a scan beats a set.
    private static func unique(_ names: [String]) -> [String] {
        var kept: [String] = []
        for name in names where !kept.contains(name) { kept.append(name) }
        return kept
    }
}
