import ModelCore

/// Where a task stands on a day, as the overview's bars and every report count it. Each task is
/// in exactly one: done; overdue (past its deadline and not done, whatever its status says);
/// behind (滞后 or 受阻, not overdue); in progress; not started.
public enum Standing: Int, CaseIterable, Sendable {
    case done, inProgress, behind, overdue, notStarted

    public init(status: Status, deadline: Day?, today: Day) {
        if status == .done {
            self = .done
        } else if let deadline, deadline < today {
            self = .overdue
        } else if status == .behind || status == .blocked {
            self = .behind
        } else {
            self = status == .inProgress ? .inProgress : .notStarted
        }
    }

    /// 按序时推进: not done, not overdue, not behind.
    public var isOnSchedule: Bool { self == .inProgress || self == .notStarted }

    /// 逾期 or 滞后: what a 督查通报 names a unit for.
    public var isLagging: Bool { self == .overdue || self == .behind }
}
