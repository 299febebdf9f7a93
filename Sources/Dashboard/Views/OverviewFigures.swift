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
        let overdue = snapshot.tasks.indices.map { snapshot.tasks[$0].isOverdue(today: today) }
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

    /// The id's first part, `P2` of `P2-8`: the document's code.
    private static func code(of id: String) -> Substring {
        id.drop { $0 == "-" }.prefix { $0 != "-" }
    }

    private struct ChapterKey: Hashable {
        var code: Substring
        var chapter: String
    }

    private static func chapterProgress(_ snapshot: Snapshot, _ pass: FilterPass) -> [(name: String, average: Int)] {
        var chapters: [(key: ChapterKey, sum: Int, count: Int)] = []
        var position: [ChapterKey: Int] = [:]
        // Tasks come chapter by chapter: the previous task's chapter is looked up again only when it changes.
        var previous: (id: String, chapter: String, at: Int)?
        for index in snapshot.tasks.indices where pass.contains(index) {
            let (id, chapter, progress) = (snapshot.tasks[index].id, snapshot.tasks[index].chapter, snapshot.tasks[index].progress)
            let at: Int
            if let previous, previous.chapter == chapter, Self.code(of: previous.id) == Self.code(of: id) {
                at = previous.at
            } else {
                let key = ChapterKey(code: Self.code(of: id), chapter: chapter)
                at = position[key] ?? chapters.count
                if at == chapters.count {
                    position[key] = at
                    chapters.append((key, 0, 0))
                }
            }
            chapters[at].sum += progress
            chapters[at].count += 1
            previous = (id, chapter, at)
        }
        return chapters.map { entry in
            let name = entry.key.code.isEmpty ? entry.key.chapter : "\(entry.key.code) \(entry.key.chapter)"
            return (name, entry.sum / entry.count)
        }
    }
}
