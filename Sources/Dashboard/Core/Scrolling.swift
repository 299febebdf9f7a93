import Foundation
import Model

/// Keeps each list's first visible row such that its selection is on screen.
enum Scrolling {
    static func keepSelectionVisible(_ state: inout AppState) {
        let layout = ScreenLayout(state)
        let view = state.view
        if view.hasGroups {
            let rows = state.groupRows(view)
            let selected = rows.firstIndex { $0.key == state.currentGroup(view) } ?? 0
            adjust(&state, ScrollKey(view: view, panel: .groups), selected: selected, count: rows.count,
                   visible: layout.groupRowsVisible)
        }
        let tasks = state.taskRows(view)
        adjust(&state, ScrollKey(view: view, panel: .tasks), selected: state.selectedRow(view, in: tasks),
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

extension AppState {
    /// Takes a newer snapshot of the store (another process committed): selections stay on the
    /// same task and group by id, the scroll offsets follow them, and the tasks that changed are
    /// marked from `now` for a while. The filter is bound again, as `unreported` follows the history.
    public mutating func replace(snapshot newer: Snapshot, now: Date) {
        let before = Dictionary(uniqueKeysWithValues: snapshot.tasks.map { ($0.id, $0.version) })
        for task in newer.tasks where before[task.id] != task.version {
            live.changedAt[task.id] = now
        }
        live.lastChange = newer.history.values.compactMap(\.first).max { $0.at < $1.at }
        live.now = now
        live.pendingChanges = 0
        snapshot = newer
        if filter.isActive { PromptEditing.setFilter(filter.text, on: &self) }
        Scrolling.keepSelectionVisible(&self)
    }
}
