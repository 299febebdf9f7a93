import ModelCore

/// What a filter needs besides the tasks: the date that decides `overdue`, the tasks `unreported`
/// matches, and the directory that resolves names; with the directory's lookups done once, so no
/// task waits on them.
public struct FilterContext: Sendable {
    public let today: Day
    public let directory: Directory
    /// The ids of the tasks that owe a report this round and have not handed it in: `Reporting.unreported`.
    public let unreported: Set<String>
    /// Canonical names of units and groups: a name resolved to one of these is matched exactly.
    let knownUnits: Set<String>
    /// Leader names and leader groups.
    let knownLeaders: Set<String>
    /// Every town's name.
    let towns: [String]
    /// A town → itself and the groups that include it (胜利镇 → 胜利镇, 各乡镇).
    let townNames: [String: Set<String>]
    /// A group → the towns it stands for (各涉农乡镇 → its ten towns).
    let groupTowns: [String: [String]]

    public init(today: Day, directory: Directory = .standard, unreported: Set<String> = []) {
        self.today = today
        self.directory = directory
        self.unreported = unreported
        knownUnits = Set(directory.units.map(\.name) + directory.groups.map(\.name))
        knownLeaders = Set(directory.leaders + directory.groups.filter { $0.members == .allLeaders }.map(\.name))
        towns = directory.units.filter { $0.kind == .town }.map(\.name)
        var groupTowns: [String: [String]] = [:]
        var townNames = Dictionary(uniqueKeysWithValues: towns.map { ($0, Set([$0])) })
        for group in directory.groups {
            let members = directory.members(of: group).filter { $0.kind == .town }.map(\.name)
            groupTowns[group.name] = members
            for town in members { townNames[town, default: [town]].insert(group.name) }
        }
        self.townNames = townNames
        self.groupTowns = groupTowns
    }
}
