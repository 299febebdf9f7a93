/// What a click or a wheel turn does, by where it lands on the screen as `ScreenLayout` and
/// `HeaderBar.tabs` lay it out: a tab switches to its view; a row of the groups panel or the
/// task list is selected (a click on the selected task opens it); the wheel moves the selection
/// of the panel under the pointer three rows, steps tasks in the detail, rows in an overlay.
enum Pointer {
    /// Rows one notch of the wheel moves in a list.
    static let wheelRows = 3

    static func apply(_ event: MouseEvent, to state: inout AppState) -> [Effect] {
        if event.y == 1, state.mode == .browse || state.mode == .detail,
            let tab = HeaderBar.tabs(state).first(where: { event.x >= $0.x && event.x < $0.x + $0.width })
        {
            return reduce(&state, .switchView(tab.view))
        }
        let wheel = event.button == .wheelUp ? -1 : event.button == .wheelDown ? 1 : 0
        switch state.mode {
        case .help, .views:
            return wheel == 0 ? [] : reduce(&state, .move(wheel))
        case .detail:
            return wheel == 0 ? [] : reduce(&state, wheel > 0 ? .nextTask : .previousTask)
        case .browse:
            return browse(event, wheel: wheel, &state)
        }
    }

    private static func browse(_ event: MouseEvent, wheel: Int, _ state: inout AppState) -> [Effect] {
        let layout = ScreenLayout(state)
        let view = state.view
        if let groups = layout.groups, groups.contains(event) {
            guard wheel == 0 else {
                state.focus = .groups
                return reduce(&state, .move(wheel * wheelRows))
            }
            let index = (state.scroll[ScrollKey(view: view, panel: .groups)] ?? 0) + event.y - groups.y - 1
            let rows = state.groupRows(view)
            guard event.y > groups.y, rows.indices.contains(index), let key = rows[index].key else { return [] }
            state.focus = .groups
            if key != state.currentGroup(view) {
                state.selectedGroup[view] = key
                state.selectedTask[view] = nil
            }
            Scrolling.keepSelectionVisible(&state)
            return []
        }
        if let tasks = layout.tasks, tasks.contains(event) {
            guard wheel == 0 else {
                state.focus = .tasks
                return reduce(&state, .move(wheel * wheelRows))
            }
            let index = (state.scroll[ScrollKey(view: view, panel: .tasks)] ?? 0) + event.y - tasks.y - 2
            let rows = state.taskRows(view)
            guard event.y >= tasks.y + 2, rows.indices.contains(index) else { return [] }
            let wasSelected = state.focus == .tasks && state.selectedRow(view, in: rows) == index
            state.focus = .tasks
            state.selectedTask[view] = state.snapshot.tasks[rows[index].task].id
            if wasSelected { return reduce(&state, .open) }
            Scrolling.keepSelectionVisible(&state)
            return []
        }
        return []
    }
}

extension Rect {
    /// Whether the event's cell is inside the rectangle.
    func contains(_ event: MouseEvent) -> Bool {
        event.x >= x && event.x < x + width && event.y >= y && event.y < y + height
    }
}
