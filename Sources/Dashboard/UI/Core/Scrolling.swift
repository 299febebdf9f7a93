import Foundation

/// Keeps each list's first visible row such that its selection is on screen.
enum Scrolling {
    static func keepSelectionVisible(_ state: inout AppState) {
        let layout = ScreenLayout(state)
        let view = state.view
        if view.hasGroups {
            let rows = state.groupRows(view)
            let selected = rows.firstIndex { $0.key == state.currentGroup(view) } ?? 0
            adjust(
                &state, ScrollKey(view: view, panel: .groups), selected: selected, count: rows.count,
                visible: layout.groupRowsVisible)
        }
        let tasks = state.taskRows(view)
        adjust(
            &state, ScrollKey(view: view, panel: .tasks), selected: state.selectedRow(view, in: tasks),
            count: tasks.count, visible: layout.taskRowsVisible)
    }

    private static func adjust(_ state: inout AppState, _ key: ScrollKey, selected: Int, count: Int, visible: Int) {
        var offset = state.scroll[key] ?? 0
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        offset = max(0, min(offset, count - visible))
        state.scroll[key] = offset
    }
}
