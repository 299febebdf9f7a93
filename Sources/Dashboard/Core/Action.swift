/// Everything that can happen to the dashboard, as a value the reducer applies.
public enum Action: Equatable, Sendable {
    case switchView(ViewID)
    case move(Int)
    case page(Int)
    case top, bottom
    case focusNext, focusPrevious
    case open
    /// Esc: leave the detail, an overlay, or clear the filter.
    case back
    case nextTask, previousTask
    case nextGroup, previousGroup
    case toggleDone
    case cycleSort, reverseSort
    case openFilter
    case openViews
    case openHelp
    case redraw
    /// Space: stop or resume applying other people's changes.
    case togglePause
    case quit
    /// A key typed into the filter prompt.
    case promptKey(Key)
    case resize(width: Int, height: Int)
}

/// What the runner does for the reducer: side effects as values.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint the whole terminal (Ctrl-L).
    case redrawAll
    /// Read the store again: changes held while paused are applied on resume.
    case reload
}
