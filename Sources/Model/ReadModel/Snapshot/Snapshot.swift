import ModelCore
import ModelStore

/// An immutable picture of the store: every task with the indexes the dashboard groups by.
///
/// Built by a full load, then brought up to date with `apply(_:)` as other writers change the
/// store; outside Model it is read-only, and the views read it without I/O. Groups expand here:
/// a task assigned to 各乡镇 belongs to every town, marked as indirect.
public struct Snapshot: Sendable {
    /// How a unit or town is named by a task.
    public enum Role: UInt8, Comparable, Sendable {
        case lead, responsible, cooperating
        /// Through a group such as 各乡镇 or 区直各部门.
        case indirect

        public static func < (a: Role, b: Role) -> Bool { a.rawValue < b.rawValue }
    }

    /// One task under a unit or town, with how it names it. Eight bytes: a plan of 100 000 tasks
    /// holds some two million of them (a group such as 各乡镇 assigns a task to each of its towns).
    public struct Assignment: Hashable, Sendable {
        private var taskIndex: Int32
        public var role: Role

        /// The task's index in `Snapshot.tasks`.
        public var task: Int {
            get { Int(taskIndex) }
            set { taskIndex = Int32(newValue) }
        }

        public init(task: Int, role: Role) {
            taskIndex = Int32(task)
            self.role = role
        }
    }

    /// Replaced in place only by `apply(_:)`, which keeps the indexes in step.
    public internal(set) var tasks: [Task]
    public let documents: [Document]
    public let directory: Directory
    /// Task index by id.
    public let index: [String: Int]
    /// Leaders (and leader groups) by number of tasks, most first; ties in Directory order.
    public let leaders: [String]
    /// The longest task id, in columns (ids are ASCII): what an id column needs to show them whole.
    public let longestID: Int
    public let tasksByLeader: [String: [Int]]
    /// Every unit a task names, directly or through a group, with its tasks.
    public let assignmentsByUnit: [String: [Assignment]]
    /// Each task's history, newest first; new entries are added in place by `apply(_:)`.
    public internal(set) var history: [String: [ProgressEntry]]
    /// Every document's report rounds (报送); see `Reporting` for who owes a report.
    public let reportRounds: [ReportRound]
    /// Where the search index is kept once a filter needs it.
    var searchSlot = SearchIndexSlot()

    /// The tasks laid out for filtering, built on first use.
    var searchIndex: SearchIndex { searchSlot.index(of: tasks) }

    public init(
        tasks: [Task], documents: [Document], history: [ProgressEntry] = [], directory: Directory = .standard,
        reportRounds: [ReportRound] = []
    ) {
        self.init(
            tasks: tasks, documents: documents,
            historyByTask: ProgressEntry.byTask(history),
            directory: directory, reportRounds: reportRounds)
    }

    /// Everything a store holds, as `TaskStore.loadAll()` read it, with the store's directory.
    public init(_ contents: StoreContents) {
        self.init(
            tasks: contents.tasks, documents: contents.documents, history: contents.history, directory: contents.directory,
            reportRounds: contents.reportRounds)
    }

    /// Builds the indexes over `tasks`; `historyByTask` is already grouped and ordered.
    init(
        tasks: [Task], documents: [Document], historyByTask: [String: [ProgressEntry]], directory: Directory,
        reportRounds: [ReportRound]
    ) {
        self.init(
            tasks: tasks, indexed: SnapshotIndexer(directory: directory, indexing: tasks), documents: documents,
            historyByTask: historyByTask, directory: directory, reportRounds: reportRounds)
    }

    /// A snapshot of `tasks`, which `indexer` has indexed in order.
    init(
        tasks: [Task], indexed indexer: SnapshotIndexer, documents: [Document],
        historyByTask: [String: [ProgressEntry]], directory: Directory, reportRounds: [ReportRound]
    ) {
        self.init(
            tasks: tasks, index: indexer.index, tasksByLeader: indexer.tasksByLeader,
            assignmentsByUnit: indexer.assignmentsByUnit, documents: documents, historyByTask: historyByTask,
            directory: directory, reportRounds: reportRounds)
    }

    /// A snapshot of `tasks` with indexes already built over them (by an indexer, or read back
    /// from a `SnapshotImage`).
    init(
        tasks: [Task], index: [String: Int], tasksByLeader byLeader: [String: [Int]],
        assignmentsByUnit: [String: [Assignment]], documents: [Document],
        historyByTask: [String: [ProgressEntry]], directory: Directory, reportRounds: [ReportRound]
    ) {
        self.tasks = tasks
        self.documents = documents
        self.reportRounds = reportRounds
        self.directory = directory
        self.history = historyByTask
        self.index = index
        tasksByLeader = byLeader
        self.assignmentsByUnit = assignmentsByUnit
        longestID = tasks.reduce(0) { max($0, $1.id.utf8.count) }
        let order = Dictionary(uniqueKeysWithValues: directory.leaders.enumerated().map { ($1, $0) })
        leaders = byLeader.keys.sorted {
            let (a, b) = (byLeader[$0]!.count, byLeader[$1]!.count)
            return a != b ? a > b : (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1)
        }
    }

    public func task(id: String) -> Task? {
        index[id].map { tasks[$0] }
    }

    /// The kind a unit is grouped under: the Directory's, or `.other` for a unit it does not know
    /// and for groups.
    public func kind(of unit: String) -> Unit.Kind {
        directory.unit(named: unit)?.kind ?? .other
    }
}
