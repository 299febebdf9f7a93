import Model

/// What the overview draws, over the tasks that pass the filter: computed once per filter and
/// snapshot, as each figure walks every task.
struct OverviewFigures {
    /// One leader's bar: tasks done, in progress, behind or blocked, overdue, not started.
    struct LeaderBar {
        var leader: String
        var segments: [Int]
        var total: Int
        var pending: Int { total - segments[0] }
    }

    /// Every leader in snapshot order.
    var leaders: [LeaderBar] = []
    /// Units named as lead or responsible by overdue or behind tasks, most such tasks first.
    var unitsMostBehind: [(unit: String, count: Int)] = []
    /// Each chapter (with its document's code) in task order, with its tasks' average progress.
    var chapters: [(name: String, average: Int)] = []

    private struct CacheKey: Hashable {}

    static func of(_ state: AppState) -> OverviewFigures {
        state.filtered.value(CacheKey()) { OverviewFigures(state) }
    }

    private init(_ state: AppState) {
        let snapshot = state.snapshot
        let pass = state.filterPass
        let today = state.today.day
        let overdue = snapshot.tasks.map { $0.isOverdue(today: today) }
        leaders = snapshot.leaders.map { leader in
            var bar = LeaderBar(leader: leader, segments: [0, 0, 0, 0, 0], total: 0)
            for index in snapshot.tasksByLeader[leader] ?? [] where pass.contains(index) {
                let status = snapshot.tasks[index].status
                bar.total += 1
                if status == .done { bar.segments[0] += 1 }
                else if overdue[index] { bar.segments[3] += 1 }
                else if status == .behind || status == .blocked { bar.segments[2] += 1 }
                else if status == .inProgress { bar.segments[1] += 1 }
                else { bar.segments[4] += 1 }
            }
            return bar
        }
        // A unit is lead or responsible for a task exactly when its assignment has one of those roles.
        let groups = Set(snapshot.directory.groups.map(\.name))
        for (unit, assignments) in snapshot.assignmentsByUnit where !groups.contains(unit) {
            let count = assignments.lazy.filter { assignment in
                assignment.role <= .responsible && pass.contains(assignment.task)
                    && (overdue[assignment.task] || snapshot.tasks[assignment.task].status == .behind)
            }.count
            if count > 0 { unitsMostBehind.append((unit, count)) }
        }
        unitsMostBehind.sort { $0.count != $1.count ? $0.count > $1.count : $0.unit < $1.unit }
        chapters = Self.chapterProgress(snapshot, pass)
    }

    private struct ChapterKey: Hashable {
        var code: Substring
        var chapter: String
    }

    private static func chapterProgress(_ snapshot: Snapshot, _ pass: FilterPass) -> [(name: String, average: Int)] {
        var chapters: [(key: ChapterKey, sum: Int, count: Int)] = []
        var position: [ChapterKey: Int] = [:]
        for (index, task) in snapshot.tasks.enumerated() where pass.contains(index) {
            // The id's first part, `P2` of `P2-8`: the document's code.
            let code = task.id.drop { $0 == "-" }.prefix { $0 != "-" }
            let key = ChapterKey(code: code, chapter: task.chapter)
            if let at = position[key] {
                chapters[at].sum += task.progress
                chapters[at].count += 1
            } else {
                position[key] = chapters.count
                chapters.append((key, task.progress, 1))
            }
        }
        return chapters.map { entry in
            let name = entry.key.code.isEmpty ? entry.key.chapter : "\(entry.key.code) \(entry.key.chapter)"
            return (name, entry.sum / entry.count)
        }
    }
}
