import ModelCore

/// The indexes a `Snapshot` keeps over its tasks, built one task at a time: by `Snapshot.init`
/// over tasks it is given, or on a second thread while a load is still reading rows
/// (`IndexingWorker`).
struct SnapshotIndexer {
    private(set) var index: [String: Int] = [:]
    private(set) var tasksByLeader: [String: [Int]] = [:]
    private var units: UnitNumbering

    init(directory: Directory, capacity: Int) {
        index.reserveCapacity(capacity)
        units = UnitNumbering(directory)
    }

    /// The indexes over `tasks`, built one after the other on this thread.
    init(directory: Directory, indexing tasks: [Task]) {
        self.init(directory: directory, capacity: tasks.count)
        for (position, task) in tasks.enumerated() { add(task, at: position) }
    }

    /// Indexes `task`, which is at `position` in the snapshot's tasks; positions come in order.
    mutating func add(_ task: Task, at position: Int) {
        index[task.id] = position
        for leader in task.leaders { tasksByLeader[leader, default: []].append(position) }
        units.add(task, index: position)
    }

    /// Every unit named, directly or through a group, with its assignments in task order.
    var assignmentsByUnit: [String: [Snapshot.Assignment]] {
        var byUnit: [String: [Snapshot.Assignment]] = [:]
        for (unit, assignments) in units.assignments.enumerated() where !assignments.isEmpty {
            byUnit[units.names[unit]] = assignments
        }
        return byUnit
    }
}
