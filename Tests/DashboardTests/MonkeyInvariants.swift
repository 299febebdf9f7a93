import ModelCore

@testable import DashboardUI

/// What must hold after every key, whatever came before: the selection inside its list and on
/// screen, a task in the detail, and a grid of exactly the terminal's size with no wide
/// character split. Returns what is wrong, empty when nothing is.
enum MonkeyInvariants {
    static func problems(_ state: AppState, _ grid: Grid) -> [String] {
        var problems = gridProblems(grid, width: state.width, height: state.height)
        guard !state.isTooSmall else { return problems }
        let view = state.view
        let layout = ScreenLayout(state)
        let rows = state.taskRows(view)
        if let id = state.selectedTask[view], let index = state.snapshot.index[id], rows.contains(where: { $0.task == index }) {
            let row = state.selectedRow(view, in: rows)
            if rows[row].task != index { problems.append("the selected task \(id) is not the selected row") }
        }
        if !rows.isEmpty, state.mode == .browse, view != .overview {
            let row = state.selectedRow(view, in: rows)
            let offset = state.scroll[ScrollKey(view: view, panel: .tasks)] ?? 0
            if !(offset...(offset + layout.taskRowsVisible - 1)).contains(row) {
                problems.append("the selected row \(row) is off screen (first row \(offset), \(layout.taskRowsVisible) shown)")
            }
        }
        if view.hasGroups {
            let groups = state.groupRows(view)
            if let current = state.currentGroup(view), !groups.contains(where: { $0.key == current }) {
                problems.append("the selected group \(current) is not among the groups")
            }
        }
        if state.mode == .detail && rows.isEmpty && state.prompt == nil {
            problems.append("the detail is open on an empty list")
        }
        if case .views(let selection) = state.mode, !state.savedViews.isEmpty, !state.savedViews.indices.contains(selection) {
            problems.append("the saved-view selection \(selection) is outside the list")
        }
        if state.viewEditing != nil, state.mode == .browse || state.mode == .detail || state.mode == .help {
            problems.append("a view's name prompt or question is open outside the views list")
        }
        if let form = state.form, state.snapshot.index[form.taskID] == nil {
            problems.append("the form is open on task \(form.taskID), which the snapshot lacks")
        }
        return problems
    }

    /// Every line exactly `width` display columns, `height` lines, every wide character whole.
    static func gridProblems(_ grid: Grid, width: Int, height: Int) -> [String] {
        var problems: [String] = []
        let lines = grid.lines
        if lines.count != height { problems.append("\(lines.count) lines on a screen of \(height)") }
        for (y, line) in lines.enumerated() where DisplayWidth.of(line) != width {
            problems.append("line \(y) is \(DisplayWidth.of(line)) columns, not \(width): \(line)")
        }
        for y in 0..<grid.height {
            if grid.width > 0, grid[0, y].isContinuation { problems.append("a continuation at the start of line \(y)") }
            for x in 0..<grid.width {
                let wide = !grid[x, y].isContinuation && DisplayWidth.of(grid[x, y].character) == 2
                let continued = x + 1 < grid.width && grid[x + 1, y].isContinuation
                if wide != continued { problems.append("a split wide character at \(x),\(y)") }
            }
        }
        return problems
    }
}
