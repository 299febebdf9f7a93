import ModelCore

/// The conditions of `duban list`: every condition given must hold.
///
/// Names are resolved through the Directory, so `--unit 发改局` finds 区发展和改革局. A town
/// matches the tasks that name it and the tasks that name a group it belongs to (各乡镇, 各涉农乡镇).
public struct TaskFilter: Sendable {
    public var leader: String?
    public var unit: String?
    public var town: String?
    public var status: Status?
    public var overdue = false
    /// A document's code (`P2`) or its name, or part of it (`2号`).
    public var document: String?
    /// When given, only these tasks: `Reporting.unreported` for `--unreported`.
    public var ids: Set<String>?

    public init(
        leader: String? = nil, unit: String? = nil, town: String? = nil, status: Status? = nil,
        overdue: Bool = false, document: String? = nil, ids: Set<String>? = nil
    ) {
        self.ids = ids
        self.leader = leader
        self.unit = unit
        self.town = town
        self.status = status
        self.overdue = overdue
        self.document = document
    }

    public func apply(_ tasks: [Task], today: Day, directory: Directory) -> [Task] {
        let leaderName = leader.map { directory.resolveLeader($0).name }
        let unitNames = unit.map { Set(directory.resolveUnit($0).names) }
        let townGroups = town.map { townNames(for: $0, directory: directory) }
        return tasks.filter { task in
            if let leaderName, !task.leaders.contains(leaderName) { return false }
            if let unitNames, unitNames.isDisjoint(with: task.leadUnits + task.responsibleUnits + task.cooperatingUnits) { return false }
            if let townGroups, townGroups.isDisjoint(with: task.leadUnits + task.responsibleUnits + task.cooperatingUnits) { return false }
            if let status, task.status != status { return false }
            if overdue, !task.isOverdue(today: today) { return false }
            if let document, !Self.document(task, matches: document) { return false }
            if let ids, !ids.contains(task.id) { return false }
            return true
        }
    }

    /// The town's own name and the names of the groups that include it.
    private func townNames(for town: String, directory: Directory) -> Set<String> {
        let names = directory.resolveUnit(town).names
        var result = Set(names)
        for group in directory.groups where names.contains(where: { name in directory.members(of: group).contains { $0.name == name } }) {
            result.insert(group.name)
        }
        return result
    }

    private static func document(_ task: Task, matches query: String) -> Bool {
        task.id.hasPrefix(query + "-") || task.document == query || task.document.contains(query)
    }
}
