/// The interface language, of the dashboard and the command line: see `chosen`.
public enum Language: String, Sendable, CaseIterable {
    case zh, en
}

extension Status {
    /// The status word in the interface language.
    public func label(_ language: Language) -> String {
        guard language == .en else { return label }
        switch self {
        case .notStarted: return "not started"
        case .inProgress: return "in progress"
        case .done: return "done"
        case .behind: return "behind"
        case .blocked: return "blocked"
        }
    }
}
