import Foundation
import ModelRead
import ModelStore

/// Everything that can happen to the dashboard, as a value the reducer applies: the user's
/// keys, and what the runner saw (the terminal opened or resized, the clock, the store's changes).
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
    /// `:`: the prompt for a task's id.
    case openJump
    /// Ask where to write the current list's 台账 (`e`) or the round's 通报 (`E`).
    case openExport(ReportKind)
    /// The runner wrote the report (its absolute path and task count) or says why not.
    case exported(Result<ReportWritten, ReportProblem>)
    /// `n`/`N` while a filter is on: the next or previous task that passes it.
    case nextMatch, previousMatch
    case openViews
    case openHelp
    case redraw
    /// Space: stop or resume applying other people's changes.
    case togglePause
    case quit
    /// A click or a wheel turn while browsing, in the detail or in an overlay (`Pointer`).
    case pointer(MouseEvent)
    /// A key typed into the filter or `:` prompt, as the keymap reads it.
    case prompt(EditCommand)
    /// `u`: the form for status, progress and a note on the selected task.
    case openUpdateForm
    /// `c`: the form for a progress note or a leader's instruction.
    case openCommentForm
    /// A key typed into the open form, as the keymap reads it.
    case form(EditCommand)
    /// The runner's report on a write the reducer asked for.
    case recorded(RecordOutcome)
    /// In the views list: `s` names the filter in force as a new view, `r` renames the selected
    /// view, `d` asks before deleting it.
    case saveView, renameView, deleteView
    /// A key at the views list's name prompt or at its question before a delete.
    case viewEditing(EditCommand)
    /// The runner's report on a change to the config file's views: the user's views as the file
    /// now has them, or why nothing was changed.
    case viewsWritten(ViewEdit, Result<[SavedView], ViewEditProblem>)
    case resize(width: Int, height: Int)
    /// The runner opened the terminal.
    case began(Launch)
    /// The half-second clock, or the store's change descriptor waking the loop: `storeChanged`
    /// when the store's file changed since the last read.
    case tick(now: Date, storeChanged: Bool)
    /// What the store read for a `.reload` brought: other writers' changes, read at `now`.
    case changesArrived(StoreChanges, now: Date)

    /// True for what the runner saw rather than what the user did: these leave a notice up.
    var isFromRunner: Bool {
        switch self {
        case .resize, .began, .tick, .changesArrived: true
        default: false
        }
    }
}

/// What the runner knows when the terminal opens.
public struct Launch: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var now: Date
    /// Whether the store is followed for other writers' changes.
    public var isWatching: Bool
    /// A workaround the terminal made (a locale or TERM fallback), shown until the first key.
    public var terminalNotice: String?

    public init(width: Int, height: Int, now: Date, isWatching: Bool, terminalNotice: String? = nil) {
        self.width = width
        self.height = height
        self.now = now
        self.isWatching = isWatching
        self.terminalNotice = terminalNotice
    }
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
    /// Change the user's views in the config file and report back with `.viewsWritten`.
    case writeViews(ViewEdit)
    /// Write a report of the snapshot and report back with `.exported`.
    case writeReport(ReportRequest)
    /// Build the snapshot's search index off the loop's thread, so the first `/` does not wait.
    case prepareSearchIndex
    /// A structural change rebuilt the snapshot from the whole store: hand it to the image cache.
    case cacheRebuiltSnapshot
    /// Nothing on screen changed (an idle tick): skip drawing this frame.
    case skipDraw
}
