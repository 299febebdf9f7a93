import ModelCore

/// How a task's state is shown: the word and its style role. Overdue shows over the status.
enum StatusStyle {
    static func role(_ status: Status) -> StyleRole {
        switch status {
        case .notStarted: .notStarted
        case .inProgress: .inProgress
        case .done: .done
        case .behind: .behind
        case .blocked: .blocked
        }
    }

    static func of(_ task: Task, today: Day, language: Language) -> (text: String, role: StyleRole) {
        if task.isOverdue(today: today) { return (Label.overdue.text(language), .overdue) }
        return (task.status.label(language), role(task.status))
    }
}
