import ModelCore
import ModelRead

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
        let (segments, lagging) = Self.segments(snapshot, state.filterPass, today: state.today.day)
        leaders = snapshot.leaders.map { leader in
            var bar = LeaderBar(leader: leader, segments: [0, 0, 0, 0, 0], total: 0)
            for index in snapshot.tasksByLeader[leader] ?? [] where segments[index] != Self.filteredOut {
                bar.segments[Int(segments[index])] += 1
                bar.total += 1
            }
            return bar
        }
        // A unit is lead or responsible for a task exactly when its assignment has one of those roles.
        let groups = Set(snapshot.directory.groups.map(\.name))
        for (unit, assignments) in snapshot.assignmentsByUnit where !groups.contains(unit) {
            let count = assignments.lazy.filter { $0.role <= .responsible && lagging[$0.task] }.count
            if count > 0 { unitsMostBehind.append((unit, count)) }
        }
        unitsMostBehind.sort { $0.count != $1.count ? $0.count > $1.count : $0.unit < $1.unit }
        chapters = Self.chapterProgress(snapshot, state.filterPass)
    }

    /// Marks a task that does not pass the filter in `segments`.
    private static let filteredOut = UInt8.max

    /// For each task, the bar segment it counts in (done, in progress, behind or blocked, overdue,
    /// not started) or `filteredOut`; and whether it passes and is overdue or behind. Reads the
    /// tasks in place: a copy of each would cost more than the figures.
    private static func segments(_ snapshot: Snapshot, _ pass: FilterPass, today: Day) -> (segments: [UInt8], lagging: [Bool]) {
        var segments = [UInt8](repeating: filteredOut, count: snapshot.tasks.count)
        var lagging = [Bool](repeating: false, count: snapshot.tasks.count)
        snapshot.tasks.withUnsafeBufferPointer { tasks in
            for index in tasks.indices where pass.contains(index) {
                let status = tasks[index].status
                // `Task.isOverdue(today:)`, spelt out: the call copies the task (44 ms against 20 at 100k).
                let overdue = status != .done && tasks[index].deadline.map { $0 < today } == true
                segments[index] =
                    if status == .done { 0 } else if overdue { 3 } else if status == .behind || status == .blocked { 2 } else if status == .inProgress
                    { 1 } else { 4 }
                lagging[index] = overdue || status == .behind
            }
        }
        return (segments, lagging)
    }

    /// The id's first part, `P2` of `P2-8`: the document's code.
    private static func code(of id: String) -> Substring {
        let utf8 = id.utf8
        let start = utf8.firstIndex { $0 != UInt8(ascii: "-") } ?? utf8.endIndex
        return id[start..<(utf8[start...].firstIndex(of: UInt8(ascii: "-")) ?? utf8.endIndex)]
    }

    private struct ChapterKey: Hashable {
        var code: Substring
        var chapter: String
    }

    private static func chapterProgress(_ snapshot: Snapshot, _ pass: FilterPass) -> [(name: String, average: Int)] {
        var chapters: [(key: ChapterKey, sum: Int, count: Int)] = []
        var position: [ChapterKey: Int] = [:]
        // Tasks come chapter by chapter: the previous task's chapter is looked up again only when it changes.
        var previous: (code: Substring, chapter: String, at: Int)?
        snapshot.tasks.withUnsafeBufferPointer { tasks in
            for index in tasks.indices where pass.contains(index) {
                let (code, chapter) = (Self.code(of: tasks[index].id), tasks[index].chapter)
                let at: Int
                if let previous, previous.chapter == chapter, previous.code == code {
                    at = previous.at
                } else {
                    let key = ChapterKey(code: code, chapter: chapter)
                    at = position[key] ?? chapters.count
                    if at == chapters.count {
                        position[key] = at
                        chapters.append((key, 0, 0))
                    }
                }
                chapters[at].sum += tasks[index].progress
                chapters[at].count += 1
                previous = (code, chapter, at)
            }
        }
        return chapters.map { entry in
            let name = entry.key.code.isEmpty ? entry.key.chapter : "\(entry.key.code) \(entry.key.chapter)"
            return (name, entry.sum / entry.count)
        }
    }
}
