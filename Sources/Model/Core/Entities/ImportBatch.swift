/// Documents and tasks to write into a store in one transaction.
public struct ImportBatch: Sendable {
    /// What an import does to tasks the store already holds.
    public enum Mode: Sendable {
        /// A gazette import: text and structure are updated; status, progress, `updatedAt`,
        /// version and history of stored tasks are kept.
        case keepState
        /// A CSV or JSON import: the batch's status, progress and `updatedAt` win too.
        case replaceState
    }

    public var documents: [Document]
    public var tasks: [Task]
    public var mode: Mode
    /// The report rounds the documents state, for documents of this batch. They replace the rounds an
    /// earlier import stored for the document; rounds a user set (`setReportRounds`) are kept.
    /// A document of the batch that states no rounds leaves the stored ones as they are.
    public var rounds: [ReportRound]
    /// What a ledger says of its tasks' status and progress: the store records each as history,
    /// by `reporter`, where it differs from what the task already has.
    public var reports: [TaskReport]
    /// Who imports the reports: the importing user's login name.
    public var reporter = "duban import"

    public init(documents: [Document], tasks: [Task], mode: Mode, rounds: [ReportRound] = [], reports: [TaskReport] = []) {
        self.documents = documents
        self.tasks = tasks
        self.mode = mode
        self.rounds = rounds
        self.reports = reports
    }
}

/// What an import did.
public struct ImportOutcome: Equatable, Sendable {
    /// Documents written (inserted or updated by code).
    public var documents: Int
    public var tasksInserted: Int
    /// Stored tasks whose fields changed; their version was bumped.
    public var tasksUpdated: Int
    /// Stored tasks the batch left as they were.
    public var tasksUnchanged: Int
    /// History entries the batch's reports recorded (a status changed, a new progress note).
    public var reportsRecorded = 0

    public init(documents: Int = 0, tasksInserted: Int = 0, tasksUpdated: Int = 0, tasksUnchanged: Int = 0) {
        self.documents = documents
        self.tasksInserted = tasksInserted
        self.tasksUpdated = tasksUpdated
        self.tasksUnchanged = tasksUnchanged
    }
}
