import ModelCore

/// Numbers for unit and leader names while `Snapshot` builds its indexes, so that the work per
/// task is on integers: the Directory's groups and their members first, then names as met.
///
/// What a task's lists come to is worked out once per distinct list *storage*: tasks loaded from
/// a store share one array for equal lists (`TaskRowReader`), and an array's storage address
/// names its contents as long as the array lives, which the tasks being indexed ensure. Lists
/// that are equal but not shared are merely worked out again, and only the first
/// `rememberedListLimit` combinations are remembered: a store whose lists hardly repeat (the
/// reader stops sharing past its own limit) would otherwise keep every task's roles until the
/// index is built, some 30 MB at 100 000 tasks, for nothing.
struct UnitNumbering {
    static let rememberedListLimit = 10_000

    private var numbers: [String: Int] = [:]
    private(set) var names: [String] = []
    /// For each number, the members of the group it names (empty for a unit).
    private var members: [[Int]] = []
    /// For each number, the tasks that name the unit, directly or through a group, in task order.
    private(set) var assignments: [[Snapshot.Assignment]] = []
    private var rolesByLists: [ListStorage: [(unit: Int, role: Snapshot.Role)]] = [:]
    /// Scratch for `roles(of:)`: each unit's role so far, by number.
    private var roleOf: [Snapshot.Role?] = []

    private struct ListStorage: Hashable {
        var lead: UnsafeRawPointer?
        var responsible: UnsafeRawPointer?
        var cooperating: UnsafeRawPointer?
    }

    init(_ directory: Directory) {
        for group in directory.groups {
            let unit = number(group.name)
            members[unit] = directory.members(of: group).map { number($0.name) }
        }
    }

    /// Adds task `index` to the assignments of every unit it names.
    mutating func add(_ task: Task, index: Int) {
        let key = ListStorage(
            lead: Self.storage(task.leadUnits), responsible: Self.storage(task.responsibleUnits),
            cooperating: Self.storage(task.cooperatingUnits))
        let roles: [(unit: Int, role: Snapshot.Role)]
        if let known = rolesByLists[key] {
            roles = known
        } else {
            roles = self.roles(of: task)
            if rolesByLists.count < Self.rememberedListLimit { rolesByLists[key] = roles }
        }
        for (unit, role) in roles { assignments[unit].append(Snapshot.Assignment(task: index, role: role)) }
    }

    /// Each unit the task names with its best role; a group's members are named indirectly.
    private mutating func roles(of task: Task) -> [(unit: Int, role: Snapshot.Role)] {
        var named: [Int] = []
        func note(_ name: String, _ role: Snapshot.Role) {
            let unit = number(name)
            for member in members[unit] where roleOf[member] == nil {
                roleOf[member] = .indirect
                named.append(member)
            }
            if let old = roleOf[unit] {
                if old <= role { return }
            } else {
                named.append(unit)
            }
            roleOf[unit] = role
        }
        for name in task.leadUnits { note(name, .lead) }
        for name in task.responsibleUnits { note(name, .responsible) }
        for name in task.cooperatingUnits { note(name, .cooperating) }
        defer { for unit in named { roleOf[unit] = nil } }
        return named.map { ($0, roleOf[$0]!) }
    }

    /// The name's number, given the next free one when it is new.
    private mutating func number(_ name: String) -> Int {
        if let known = numbers[name] { return known }
        let unit = names.count
        numbers[name] = unit
        names.append(name)
        members.append([])
        assignments.append([])
        roleOf.append(nil)
        return unit
    }

    private static func storage(_ list: [String]) -> UnsafeRawPointer? {
        list.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }
}
