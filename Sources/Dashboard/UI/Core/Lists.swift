import ModelCore
import ModelRead

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

/// The tasks that pass the filter, as a mask over `Snapshot.tasks`: computed once per filter.
struct FilterPass {
    /// nil when no filter is in force.
    let mask: [Bool]?

    func contains(_ index: Int) -> Bool {
        mask?[index] ?? true
    }
}

extension Tally {
    /// Those the lists show: all, or all but the done ones.
    func shown(showDone: Bool) -> Int {
        showDone ? tasks : pending
    }
}

/// The rows every view shows, derived from the state: filter, done toggle, sort, selection.
/// Each list is computed once for the inputs it depends on and then kept (see `ListCache`), so
/// that moving the selection costs no more than drawing a screen.
extension AppState {
    private enum CacheKey: Hashable {
        case pass, counts, leadUnitReports, unreportedShown
        case groupRows(ViewID)
        case widestGroupName(ViewID)
        case taskRows(ViewID, group: String?, showDone: Bool, sort: SortOrder)
        case sorted(SortColumn)
        case statuses
    }

    var filterPass: FilterPass {
        filtered.value(CacheKey.pass) {
            FilterPass(mask: filter.matcher.map { $0.mask(over: snapshot) })
        }
    }

    /// The header's totals and the status line's shown count.
    var counts: Tally {
        filtered.value(CacheKey.counts) {
            let pass = filterPass
            let today = self.today.day
            var tally = Tally()
            snapshot.tasks.withUnsafeBufferPointer { tasks in
                for index in tasks.indices where pass.contains(index) {
                    let status = tasks[index].status
                    tally.add(status: status, standing: Standing(status: status, deadline: tasks[index].deadline, today: today), unreported: false)
                }
            }
            return tally
        }
    }

    /// Who owes a report this round, by lead unit, over the tasks that pass the filter.
    var leadUnitReports: [Reporting.LeadUnitReports] {
        filtered.value(CacheKey.leadUnitReports) {
            let pass = filterPass
            return reporting.byLeadUnit(snapshot, including: pass.contains)
        }
    }

    /// How many tasks that pass the filter have not handed in this round's report.
    var unreportedShown: Int {
        filtered.value(CacheKey.unreportedShown) {
            let pass = filterPass
            let states = reporting.stateByIndex
            return states.indices.filter { states[$0] == .unreported && pass.contains($0) }.count
        }
    }

    public func groupRows(_ view: ViewID) -> [GroupRow] {
        filtered.value(CacheKey.groupRows(view)) { computeGroupRows(view) }
    }

    private func computeGroupRows(_ view: ViewID) -> [GroupRow] {
        let pass = filterPass
        func row(_ key: String, _ tasks: [Int]) -> GroupRow {
            var total = 0, pending = 0
            for task in tasks where pass.contains(task) {
                total += 1
                if snapshot.tasks[task].status != .done { pending += 1 }
            }
            return GroupRow(key: key, title: key, pending: pending, total: total)
        }
        switch view {
        case .byLeader:
            return snapshot.leaders.map { leader in row(leader, snapshot.tasksByLeader[leader] ?? []) }
        case .byUnit:
            var rows: [GroupRow] = []
            let groups = Set(snapshot.directory.groups.map(\.name))
            let kinds: [(Unit.Kind, Label)] = [
                (.department, .departments), (.town, .towns),
                (.stationedAgency, .stationedAgencies), (.other, .others)
            ]
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
            return leadUnitReports.map { unit in
                GroupRow(
                    key: unit.unit ?? Self.noLeadUnitKey, title: unit.unit ?? text(.noLeadUnit),
                    pending: unit.unreported, total: unit.owed)
            }
        case .overview, .allTasks:
            return []
        }
    }

    /// The display width of the view's widest group title with no filter in force: the groups
    /// panel is laid out for it, so that it keeps its width while a filter is typed.
    func widestGroupName(_ view: ViewID) -> Int {
        derived.value(CacheKey.widestGroupName(view)) {
            var unfiltered = self
            unfiltered.filter = ActiveFilter()
            return unfiltered.groupRows(view).lazy.filter { $0.key != nil }.map { DisplayWidth.of($0.title) }.max() ?? 0
        }
    }

    /// The key of the 未报送 view's group of tasks that name no lead unit.
    static let noLeadUnitKey = ""

    /// The selected group's key, or the first selectable one.
    public func currentGroup(_ view: ViewID) -> String? {
        let rows = groupRows(view)
        if let key = selectedGroup[view], rows.contains(where: { $0.key == key }) { return key }
        return rows.first { $0.key != nil }?.key
    }

    public func taskRows(_ view: ViewID) -> [TaskRow] {
        let group = currentGroup(view)
        return filtered.value(CacheKey.taskRows(view, group: group, showDone: showDone, sort: sort)) {
            computeTaskRows(view, group: group)
        }
    }

    private func computeTaskRows(_ view: ViewID, group: String?) -> [TaskRow] {
        let pass = filterPass
        let statuses = self.statuses
        func isVisible(_ task: Int) -> Bool {
            pass.contains(task) && (showDone || statuses[task] != .done)
        }
        let rows: [TaskRow]
        switch view {
        case .overview:
            return []
        case .allTasks:
            // Every task: the sorted order needs only filtering.
            let order = sorted(sort.column).order
            return (sort.ascending ? order : order.reversed()).filter(isVisible).map { TaskRow(task: $0, role: nil) }
        case .byLeader:
            rows = group.map { (snapshot.tasksByLeader[$0] ?? []).map { TaskRow(task: $0, role: nil) } } ?? []
        case .byUnit, .byTown:
            rows =
                group.map {
                    (snapshot.assignmentsByUnit[$0] ?? []).map { TaskRow(task: $0.task, role: $0.role) }
                } ?? []
        case .unreported:
            let unit = leadUnitReports.first { ($0.unit ?? Self.noLeadUnitKey) == group }
            rows = (unit?.tasks ?? []).filter { reporting.stateByIndex[$0] == .unreported }
                .map { TaskRow(task: $0, role: nil) }
        }
        let visible = rows.filter { isVisible($0.task) }
        let rank = sorted(sort.column).rank
        return visible.sorted { sort.ascending ? rank[$0.task] < rank[$1.task] : rank[$0.task] > rank[$1.task] }
    }

    /// Every task's status in task order: lists test tasks in sorted order, and a small array
    /// answers without reaching into each whole task (at 100 000 tasks, cache misses cost more
    /// than the test).
    private var statuses: [Status] {
        derived.value(CacheKey.statuses) { snapshot.tasks.indices.map { snapshot.tasks[$0].status } }
    }

    /// All tasks sorted by `column` ascending, ties in task order (descending is the exact
    /// reverse), and each task's place in that order. Kept until the snapshot changes.
    private func sorted(_ column: SortColumn) -> (order: [Int], rank: [Int32]) {
        derived.value(CacheKey.sorted(column)) {
            let tasks = snapshot.tasks
            let order: [Int] =
                switch column {
                case .deadline:
                    Self.sortedIndices(tasks.map { $0.deadline.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? .max })
                case .status: Self.sortedIndices(tasks.map(\.status))
                case .id: Array(tasks.indices)
                case .leaders: Self.sortedIndices(tasks.map { $0.leaders.joined() })
                case .leadUnit: Self.sortedIndices(tasks.map { $0.leadUnits.joined() })
                case .text: Self.sortedIndices(tasks.map(\.text))
                }
            var rank = [Int32](repeating: 0, count: tasks.count)
            for (place, task) in order.enumerated() { rank[task] = Int32(place) }
            return (order, rank)
        }
    }

    /// The indices of `keys` in ascending order of key, equal keys in index order.
    private static func sortedIndices<Key: Comparable>(_ keys: [Key]) -> [Int] {
        keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
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
