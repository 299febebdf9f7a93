import Model

/// One row of a groups panel: a leader, a unit, a town, or a heading between kinds of unit.
public struct GroupRow: Equatable, Sendable {
    /// nil for a heading, which cannot be selected.
    public var key: String?
    public var title: String
    public var pending: Int
    public var total: Int
}

/// One row of a task list: the task and, in unit and town views, how the task names the unit.
public struct TaskRow: Equatable, Sendable {
    public var task: Int
    public var role: Snapshot.Role?
}

/// The rows every view shows, derived from the state: filter, done toggle, sort, selection.
extension AppState {
    /// Tasks that pass the filter (done ones included; the done toggle applies per list).
    func passesFilter(_ index: Int) -> Bool {
        filter.matcher?.matches(snapshot.tasks[index]) ?? true
    }

    private func visible(_ index: Int) -> Bool {
        (showDone || snapshot.tasks[index].status != .done) && passesFilter(index)
    }

    public func groupRows(_ view: ViewID) -> [GroupRow] {
        switch view {
        case .byLeader:
            return snapshot.leaders.map { leader in row(leader, snapshot.tasksByLeader[leader] ?? []) }
        case .byUnit:
            var rows: [GroupRow] = []
            let groups = Set(snapshot.directory.groups.map(\.name))
            let kinds: [(Unit.Kind, Label)] = [(.department, .departments), (.town, .towns),
                                                (.stationedAgency, .stationedAgencies), (.other, .others)]
            let units = snapshot.assignmentsByUnit.keys.filter { !groups.contains($0) }
            let order = Dictionary(uniqueKeysWithValues: snapshot.directory.units.enumerated().map { ($1.name, $0) })
            for (kind, label) in kinds {
                let members = units.filter { snapshot.kind(of: $0) == kind }
                    .sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
                guard !members.isEmpty else { continue }
                rows.append(GroupRow(key: nil, title: text(label), pending: 0, total: 0))
                rows += members.map { row($0, snapshot.assignmentsByUnit[$0]!.map(\.task)) }
            }
            return rows
        case .byTown:
            return snapshot.directory.units.filter { $0.kind == .town }.map {
                row($0.name, snapshot.assignmentsByUnit[$0.name]?.map(\.task) ?? [])
            }
        case .unreported:
            return reporting.byLeadUnit(snapshot, including: passesFilter).map { unit in
                GroupRow(key: unit.unit ?? Self.noLeadUnitKey, title: unit.unit ?? text(.noLeadUnit),
                         pending: unit.unreported, total: unit.owed)
            }
        case .overview, .allTasks:
            return []
        }
    }

    /// The key of the 未报送 view's group of tasks that name no lead unit.
    static let noLeadUnitKey = ""

    private func row(_ key: String, _ tasks: [Int]) -> GroupRow {
        let passing = tasks.filter(passesFilter)
        return GroupRow(key: key, title: key, pending: passing.filter { snapshot.tasks[$0].status != .done }.count,
                        total: passing.count)
    }

    /// The selected group's key, or the first selectable one.
    public func currentGroup(_ view: ViewID) -> String? {
        let rows = groupRows(view)
        if let key = selectedGroup[view], rows.contains(where: { $0.key == key }) { return key }
        return rows.first { $0.key != nil }?.key
    }

    public func taskRows(_ view: ViewID) -> [TaskRow] {
        let rows: [TaskRow]
        switch view {
        case .overview:
            return []
        case .allTasks:
            rows = snapshot.tasks.indices.map { TaskRow(task: $0, role: nil) }
        case .byLeader:
            rows = currentGroup(view).map { (snapshot.tasksByLeader[$0] ?? []).map { TaskRow(task: $0, role: nil) } } ?? []
        case .byUnit, .byTown:
            rows = currentGroup(view).map {
                (snapshot.assignmentsByUnit[$0] ?? []).map { TaskRow(task: $0.task, role: $0.role) }
            } ?? []
        case .unreported:
            let key = currentGroup(view)
            let unit = reporting.byLeadUnit(snapshot, including: passesFilter).first { ($0.unit ?? Self.noLeadUnitKey) == key }
            rows = (unit?.tasks ?? []).filter { reporting.unreported.contains(snapshot.tasks[$0].id) }
                .map { TaskRow(task: $0, role: nil) }
        }
        return sorted(rows.filter { visible($0.task) })
    }

    private func sorted(_ rows: [TaskRow]) -> [TaskRow] {
        let tasks = snapshot.tasks
        func compare(_ a: TaskRow, _ b: TaskRow) -> Bool {
            let (x, y) = (tasks[a.task], tasks[b.task])
            let ordered: Bool? = switch sort.column {
            case .deadline: x.deadline == y.deadline ? nil : (x.deadline ?? Day(year: 9999, month: 12, day: 31)!) < (y.deadline ?? Day(year: 9999, month: 12, day: 31)!)
            case .status: x.status == y.status ? nil : x.status < y.status
            case .id: nil
            case .leaders: x.leaders == y.leaders ? nil : x.leaders.joined() < y.leaders.joined()
            case .leadUnit: x.leadUnits == y.leadUnits ? nil : x.leadUnits.joined() < y.leadUnits.joined()
            case .text: x.text == y.text ? nil : x.text < y.text
            }
            if let ordered { return sort.ascending ? ordered : !ordered }
            return sort.ascending ? a.task < b.task : a.task > b.task
        }
        return rows.sorted(by: compare)
    }

    /// The selected task's row in a list, or 0.
    public func selectedRow(_ view: ViewID, in rows: [TaskRow]) -> Int {
        guard let id = selectedTask[view], let index = snapshot.index[id] else { return 0 }
        return rows.firstIndex { $0.task == index } ?? 0
    }

    /// The task the selection is on, if the list has any.
    public func selectedTaskIndex(_ view: ViewID) -> Int? {
        let rows = taskRows(view)
        guard !rows.isEmpty else { return nil }
        return rows[selectedRow(view, in: rows)].task
    }
}
