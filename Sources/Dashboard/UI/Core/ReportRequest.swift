import ModelReport

/// Which report a dashboard key writes: `e` the 台账 of the list on screen, `E` the 通报 of the
/// current round over the tasks the filter leaves.
public enum ReportKind: Equatable, Sendable {
    case ledger, bulletin

    /// The format a file gets when the prompt's name is left as offered.
    var defaultFormat: ReportFormat { self == .ledger ? .xlsx : .docx }
}

/// A report for the runner to write: where, in which format, of which tasks.
public struct ReportRequest: Equatable, Sendable {
    /// As typed: relative to the working directory, or starting with `~/`.
    public var path: String
    public var format: ReportFormat
    /// Indexes into `Snapshot.tasks`, in the order the report lists them.
    public var tasks: [Int]
    /// The scope in words, for the report's heading.
    public var description: String
}

/// A report the runner wrote.
public struct ReportWritten: Equatable, Sendable {
    /// Absolute.
    public var path: String
    public var tasks: Int

    public init(path: String, tasks: Int) {
        self.path = path
        self.tasks = tasks
    }
}

/// Why the runner wrote no report, in words for the status line; nothing was left at the path.
public struct ReportProblem: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
