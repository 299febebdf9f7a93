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
    /// `d`: show or hide the detail pane below the lists.
    case toggleDetailPane
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
    /// `u`: the form for status, progress and a note on the selected task.
    case openUpdateForm
    /// `c`: the form for a progress note or a leader's instruction.
    case openCommentForm
    /// A key typed into the open form.
    case formKey(Key)
    /// The runner's report on a write the reducer asked for.
    case recorded(RecordOutcome)
    case resize(width: Int, height: Int)
}

/// What the runner does for the reducer: side effects as values.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint the whole terminal (Ctrl-L).
    case redrawAll
    /// Read the store again: changes held while paused are applied on resume.
    case reload
    /// Write to the store and report back with `.recorded`.
    case record(Recording)
}
