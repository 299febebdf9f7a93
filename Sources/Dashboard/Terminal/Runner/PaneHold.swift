import DashboardUI

/// The detail pane as the last frame that showed it drew it, kept on screen while the link to the
/// terminal is behind (`FrameSchedule.holdsPane`): a held `j` on a slow link moves the list at
/// once and the pane, a third of the screen, follows when the keys stop, rather than every
/// frame waiting for a pane nobody can read at that speed.
struct PaneHold {
    /// The last frame drawn with its pane, and where the pane was.
    private var shown: (grid: Grid, rows: Range<Int>)?

    /// The rows of `state`'s detail pane, when it spans the screen's width.
    static func paneRows(_ state: AppState) -> Range<Int>? {
        guard let pane = ScreenLayout(state).detail, pane.x == 0, pane.width == state.width else { return nil }
        return pane.y..<(pane.y + pane.height)
    }

    /// Puts the pane last shown into `grid`, a frame of `state`; false (and `grid` untouched) when
    /// the pane has moved or gone since, so that it must be drawn anew.
    func hold(on grid: inout Grid, of state: AppState) -> Bool {
        guard let shown, let rows = Self.paneRows(state), rows == shown.rows else { return false }
        grid.copyRows(rows, from: shown.grid)
        return true
    }

    /// `grid`, a frame of `state`, was drawn with its own pane.
    mutating func remember(_ grid: Grid, of state: AppState) {
        shown = Self.paneRows(state).map { (grid, $0) }
    }
}
