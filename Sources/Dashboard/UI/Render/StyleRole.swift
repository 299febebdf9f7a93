/// What a cell means, not how it looks: the theme maps roles to colours or to bold/reverse/underline.
public enum StyleRole: String, CaseIterable, Sendable {
    case normal
    case dim
    case title
    case header
    case border
    case selected
    /// The selected row of a panel that does not have the focus.
    case selectedInactive = "selected_inactive"
    case done
    case inProgress = "in_progress"
    case behind
    case overdue
    case blocked
    case notStarted = "not_started"
    case changed
    case accent
    case error
    case hint
    case status
}
