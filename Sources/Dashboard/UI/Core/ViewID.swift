/// The six views, switched with the digits 1…6.
public enum ViewID: Int, CaseIterable, Sendable {
    case overview = 1, byLeader, byUnit, byTown, allTasks, unreported

    public var label: Label {
        switch self {
        case .overview: .viewOverview
        case .byLeader: .viewByLeader
        case .byUnit: .viewByUnit
        case .byTown: .viewByTown
        case .allTasks: .viewAllTasks
        case .unreported: .viewUnreported
        }
    }

    /// Views with a list of groups (leaders, units, towns, lead units) beside their tasks.
    public var hasGroups: Bool {
        self != .overview && self != .allTasks
    }

    /// Accepts the number or an English name, for `snapshot --view`.
    public init?(name: String) {
        switch name.lowercased() {
        case "1", "overview": self = .overview
        case "2", "leader", "leaders", "by-leader": self = .byLeader
        case "3", "unit", "units", "by-unit": self = .byUnit
        case "4", "town", "towns", "by-town": self = .byTown
        case "5", "all", "tasks", "all-tasks": self = .allTasks
        case "6", "unreported", "not-reported": self = .unreported
        default: return nil
        }
    }
}

/// Which panel of a view has the keyboard.
public enum Panel: Sendable {
    case groups, tasks
}

/// The columns the task lists sort by; `s` cycles them, `S` reverses.
public enum SortColumn: Int, CaseIterable, Sendable {
    case deadline, status, id, leaders, leadUnit, text
}

/// A sort column and direction.
public struct SortOrder: Hashable, Sendable {
    public var column: SortColumn = .deadline
    public var ascending = true
}
