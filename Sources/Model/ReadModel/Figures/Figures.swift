import ModelCore

/// The figures of a set of tasks on a day: the totals, a tally per leader, the units with most
/// overdue or behind tasks, progress per chapter, and on demand a tally per lead unit. The
/// overview draws them and every report prints them: one source for both. Pure: no I/O.
public struct Figures: Sendable {
    /// A named group's tally: a leader, or a lead unit (nil for tasks that name none).
    public struct Group: Equatable, Sendable {
        public var name: String?
        public var tally: Tally

        public init(name: String?, tally: Tally) {
            self.name = name
            self.tally = tally
        }
    }

    public let today: Day
    /// Every task counted.
    public private(set) var total = Tally()
    /// Every leader in snapshot order (most tasks first), with no tasks counted when none is included.
    public private(set) var byLeader: [Group] = []
    /// Units named as lead or responsible (directly, not through a group) by overdue or behind
    /// tasks, most such tasks first.
    public private(set) var unitsMostBehind: [(unit: String, count: Int)] = []
    /// Each chapter (with its document's code) in task order, with its tasks' average progress.
    public private(set) var chapters: [(name: String, average: Int)] = []
    /// Each task's standing, or `excluded`.
    private let standings: [UInt8]
    private let unreported: [Bool]

    private static let excluded = UInt8.max

    /// The figures of the tasks of `snapshot` that `including` marks (every task when nil), on
    /// `today`, with the reports `reporting` says are owed.
    public init(snapshot: Snapshot, reporting: Reporting, today: Day, including mask: [Bool]? = nil) {
        self.today = today
        var standings = [UInt8](repeating: Self.excluded, count: snapshot.tasks.count)
        var unreported = [Bool](repeating: false, count: snapshot.tasks.count)
        var total = Tally()
        snapshot.tasks.withUnsafeBufferPointer { tasks in
            for index in tasks.indices where mask?[index] ?? true {
                // Read in place: a copy of each task would cost more than the figures.
                let status = tasks[index].status
                let standing = Standing(status: status, deadline: tasks[index].deadline, today: today)
                standings[index] = UInt8(standing.rawValue)
                unreported[index] = reporting.stateByIndex[index] == .unreported
                total.add(status: status, standing: standing, unreported: unreported[index])
            }
        }
        self.standings = standings
        self.unreported = unreported
        self.total = total
        byLeader = snapshot.leaders.map { leader in
            Group(name: leader, tally: tally(snapshot.tasksByLeader[leader] ?? [], snapshot))
        }
        unitsMostBehind = Self.unitsMostBehind(snapshot, standings)
        chapters = Self.chapterProgress(snapshot, standings)
    }

    /// Whether the task at `index` is counted.
    public func includes(_ index: Int) -> Bool { standings[index] != Self.excluded }

    /// The standing of a counted task.
    public func standing(_ index: Int) -> Standing? {
        includes(index) ? Standing(rawValue: Int(standings[index])) : nil
    }

    /// Whether a counted task owes this round's report and has not handed it in.
    public func isUnreported(_ index: Int) -> Bool { unreported[index] }

    /// The counted tasks among `tasks`, tallied.
    public func tally(_ tasks: [Int], _ snapshot: Snapshot) -> Tally {
        var tally = Tally()
        for index in tasks where includes(index) {
            tally.add(status: snapshot.tasks[index].status, standing: standing(index)!, unreported: unreported[index])
        }
        return tally
    }

    /// A tally per lead unit that a counted task names: units in Directory order, then those it
    /// does not know, then (name nil) the tasks that name none. A task with two lead units counts
    /// for both. The order is the one `Reporting.byLeadUnit` gives the 报送 panel.
    public func byLeadUnit(_ snapshot: Snapshot) -> [Group] {
        var groups: [String?: Tally] = [:]
        for index in snapshot.tasks.indices where includes(index) {
            let task = snapshot.tasks[index]
            let units: [String?] = task.leadUnits.isEmpty ? [nil] : task.leadUnits
            for unit in units {
                groups[unit, default: Tally()].add(status: task.status, standing: standing(index)!, unreported: unreported[index])
            }
        }
        let order = Reporting.unitOrder(snapshot.directory)
        return groups.map { Group(name: $0.key, tally: $0.value) }.sorted { Reporting.leadUnit($0.name, precedes: $1.name, order: order) }
    }

    private static func unitsMostBehind(_ snapshot: Snapshot, _ standings: [UInt8]) -> [(unit: String, count: Int)] {
        let lagging = Set([Standing.overdue, .behind].map { UInt8($0.rawValue) })
        let groups = Set(snapshot.directory.groups.map(\.name))
        var units: [(unit: String, count: Int)] = []
        // A unit is lead or responsible for a task exactly when its assignment has one of those roles.
        for (unit, assignments) in snapshot.assignmentsByUnit where !groups.contains(unit) {
            let count = assignments.lazy.filter { $0.role <= .responsible && lagging.contains(standings[$0.task]) }.count
            if count > 0 { units.append((unit, count)) }
        }
        return units.sorted { $0.count != $1.count ? $0.count > $1.count : $0.unit < $1.unit }
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

    private static func chapterProgress(_ snapshot: Snapshot, _ standings: [UInt8]) -> [(name: String, average: Int)] {
        var chapters: [(key: ChapterKey, sum: Int, count: Int)] = []
        var position: [ChapterKey: Int] = [:]
        // Tasks come chapter by chapter: the previous task's chapter is looked up again only when it changes.
        var previous: (code: Substring, chapter: String, at: Int)?
        snapshot.tasks.withUnsafeBufferPointer { tasks in
            for index in tasks.indices where standings[index] != excluded {
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
