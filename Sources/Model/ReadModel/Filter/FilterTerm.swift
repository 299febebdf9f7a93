import ModelCore

/// One parsed term of a filter: a condition, possibly negated with `!`.
///
/// Names stay as typed: resolving them needs a `Directory`, which `FilterMatcher` brings.
struct FilterTerm: Equatable, Sendable {
    var condition: FilterCondition
    var negated: Bool
}

/// What a single term asks of a task.
enum FilterCondition: Equatable, Sendable {
    /// Free text: a substring of the task's text, id, leaders, units, proposers or case number.
    case text(String)
    case leader(String)
    /// `unit:` (any role) or `lead:` (lead units only).
    case unit(String, leadOnly: Bool)
    case town(String)
    /// Any of these statuses.
    case status(Set<Status>)
    /// A document code (`P2`) or part of a document name (`8号`).
    case document(String)
    case chapter(String)
    case overdue
    /// The task owes a report in the current round and has not handed it in (see `Reporting`).
    case unreported
    case due(DueComparison, Day)
}

/// How `due:` compares a task's deadline with a day.
enum DueComparison: String, CaseIterable, Sendable {
    case lessOrEqual = "<="
    case greaterOrEqual = ">="
    case less = "<"
    case greater = ">"
    case equal = "="

    func holds(_ deadline: Day, _ day: Day) -> Bool {
        switch self {
        case .less: deadline < day
        case .lessOrEqual: deadline <= day
        case .greater: deadline > day
        case .greaterOrEqual: deadline >= day
        case .equal: deadline == day
        }
    }
}
