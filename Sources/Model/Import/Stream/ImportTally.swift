import ModelCore

/// What an import's summary counts of the tasks read: their documents, how many tasks each has,
/// the distinct leaders and units named. Kept as the tasks go by, so that they need not be held.
public struct ImportTally: Sendable {
    /// The tasks' documents, in the order they were first named.
    public var documents: [Document] = []
    public private(set) var taskCount = 0
    private var tasksByDocumentName: [UTF8Key: Int] = [:]
    private var leaderNames = Set<UTF8Key>()
    private var unitNames = Set<UTF8Key>()
    /// The last lists counted: consecutive tasks often name the same ones.
    private var lastLists: [[String]] = []

    public init() {}

    /// The tally of tasks held whole, with their documents.
    public init(documents: [Document], tasks: [Task]) {
        self.documents = documents
        for task in tasks { count(task) }
    }

    /// How many tasks each document has, by name.
    public var tasksByDocument: [String: Int] {
        Dictionary(tasksByDocumentName.map { ($0.key.string, $0.value) }, uniquingKeysWith: +)
    }

    public var leaders: Set<String> { Set(leaderNames.map(\.string)) }
    /// Units and unit groups.
    public var units: Set<String> { Set(unitNames.map(\.string)) }

    /// Whether a task of this document has been counted.
    func hasTasks(inDocument name: String) -> Bool {
        tasksByDocumentName[UTF8Key(string: name)] != nil
    }

    /// Whether two sets of lists hold the same names, byte for byte (no normalising comparison).
    private static func same(_ one: [[String]], _ other: [[String]]) -> Bool {
        one.count == other.count && zip(one, other).allSatisfy { UTF8ListKey(items: $0) == UTF8ListKey(items: $1) }
    }

    /// Counts one task more.
    public mutating func count(_ task: Task) {
        taskCount += 1
        tasksByDocumentName[UTF8Key(string: task.document), default: 0] += 1
        let lists = [task.leaders, task.leadUnits, task.responsibleUnits, task.cooperatingUnits]
        guard !Self.same(lists, lastLists) else { return }
        for leader in task.leaders { leaderNames.insert(UTF8Key(string: leader)) }
        for list in lists.dropFirst() {
            for unit in list { unitNames.insert(UTF8Key(string: unit)) }
        }
        lastLists = lists
    }
}
