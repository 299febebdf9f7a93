/// Numbers for unit names while `Snapshot` builds its indexes, so that the work per task is on
/// integers: the Directory's groups and their members first, then names as they are met.
struct UnitNumbering {
    private var numbers: [String: Int] = [:]
    private(set) var names: [String] = []
    /// For each number, the members of the group it names (empty for a unit).
    private(set) var members: [[Int]] = []
    /// For each number, the tasks that name the unit, directly or through a group.
    var assignments: [[Snapshot.Assignment]] = []

    init(_ directory: Directory) {
        for group in directory.groups {
            let unit = number(group.name)
            members[unit] = directory.members(of: group).map { number($0.name) }
        }
    }

    /// The name's number, given the next free one when it is new.
    mutating func number(_ name: String) -> Int {
        if let known = numbers[name] { return known }
        let unit = names.count
        numbers[name] = unit
        names.append(name)
        members.append([])
        assignments.append([])
        return unit
    }
}
