import ModelCore

/// Tasks counted: by status, by standing on the day, and how many owe this round's report and
/// have not handed it in. The overview, the header and every report count with it.
public struct Tally: Equatable, Sendable {
    public private(set) var tasks = 0
    /// By `Status.ordinal`.
    public private(set) var byStatus = [Int](repeating: 0, count: Status.allCases.count)
    /// By `Standing.rawValue`.
    public private(set) var byStanding = [Int](repeating: 0, count: Standing.allCases.count)
    /// 未报送: owing this round's report and not having handed it in.
    public private(set) var unreported = 0

    public init() {}

    public mutating func add(status: Status, standing: Standing, unreported isUnreported: Bool) {
        tasks += 1
        byStatus[status.ordinal] += 1
        byStanding[standing.rawValue] += 1
        if isUnreported { unreported += 1 }
    }

    public func count(_ status: Status) -> Int { byStatus[status.ordinal] }
    public func count(_ standing: Standing) -> Int { byStanding[standing.rawValue] }

    public var done: Int { count(Standing.done) }
    /// 按序时推进: in progress or not started, and neither overdue nor behind.
    public var onSchedule: Int { count(Standing.inProgress) + count(Standing.notStarted) }
    /// 滞后 or 受阻, not overdue.
    public var behind: Int { count(Standing.behind) }
    /// Past the deadline and not done.
    public var overdue: Int { count(Standing.overdue) }
    /// Not done.
    public var pending: Int { tasks - done }

    /// 完成率: done over tasks, 0 for no tasks.
    public var completionRate: Double { tasks == 0 ? 0 : Double(done) / Double(tasks) }

    /// The rate as a report prints it: `37.5%`.
    public var completionPercent: String {
        let tenths = Int((completionRate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
