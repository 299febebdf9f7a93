/// In the saved views list: the name being typed for a view, or the question before one is deleted.
public enum ViewEditing: Equatable, Sendable {
    case naming(ViewNamePrompt)
    /// Asking whether to delete the view of this name.
    case deleting(String)
}

/// The views list's name prompt: what the name is for, the line typed, and what is wrong with
/// it (until the next key).
public struct ViewNamePrompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// A new view of this filter.
        case save(filter: String)
        /// A new name for the view of this name.
        case rename(String)
    }

    public var purpose: Purpose
    public var line: LineEditor
    public var problem: String?
}
