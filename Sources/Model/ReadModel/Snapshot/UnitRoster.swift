import ModelCore

/// The units of a snapshot's directory with the tasks that name them, and the names the tasks use
/// that the directory does not know, with where they came from: what `duban units` prints.
public struct UnitRoster: Sendable {
    /// One unit of the directory.
    public struct Entry: Equatable, Sendable {
        public var unit: Unit
        /// The groups that stand for it (各乡镇, 区直各部门).
        public var groups: [String]
        /// Tasks naming it as a lead, responsible or cooperating unit; and as a lead unit.
        public var tasks: Int
        public var leading: Int
    }

    /// A name tasks use that is no unit or group of the directory.
    public struct UnknownName: Equatable, Sendable {
        public var name: String
        /// The tasks that name it, in import order, and their documents.
        public var taskIDs: [String]
        public var documents: [String]
    }

    public let units: [Entry]
    /// Most-used first.
    public let unknown: [UnknownName]

    public init(snapshot: Snapshot) {
        let directory = snapshot.directory
        let known = Set(directory.units.map(\.name) + directory.groups.map(\.name))
        var tasks: [String: Int] = [:], leading: [String: Int] = [:], unknown: [String: UnknownName] = [:]
        var unknownOrder: [String] = []
        for task in snapshot.tasks {
            for name in Set(task.leadUnits + task.responsibleUnits + task.cooperatingUnits) {
                tasks[name, default: 0] += 1
                guard !known.contains(name) else { continue }
                if unknown[name] == nil {
                    unknown[name] = UnknownName(name: name, taskIDs: [], documents: [])
                    unknownOrder.append(name)
                }
                unknown[name]!.taskIDs.append(task.id)
                if !unknown[name]!.documents.contains(task.document) { unknown[name]!.documents.append(task.document) }
            }
            for name in Set(task.leadUnits) { leading[name, default: 0] += 1 }
        }
        let memberships = directory.groups.map { group in (group.name, Set(directory.members(of: group).map(\.name))) }
        units = directory.units.map { unit in
            Entry(
                unit: unit, groups: memberships.filter { $0.1.contains(unit.name) }.map(\.0),
                tasks: tasks[unit.name] ?? 0, leading: leading[unit.name] ?? 0)
        }
        // Most-used first; on a tie, the first met first.
        self.unknown = unknownOrder.enumerated().map { (place: $0.offset, name: unknown[$0.element]!) }
            .sorted { ($0.name.taskIDs.count, $1.place) > ($1.name.taskIDs.count, $0.place) }.map(\.name)
    }
}
