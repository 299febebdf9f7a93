import Foundation
import ModelStore

extension AppState {
    /// The terminal is open: the size, the clock, the latest change in the history, and the
    /// first notice (read-only first, else the terminal's workaround).
    mutating func begin(_ launch: Launch) -> [Effect] {
        live.isWatching = launch.isWatching
        live.now = launch.now
        live.lastChange = snapshot.history.values.compactMap(\.first).max { $0.at < $1.at }
        _ = reduce(&self, .resize(width: launch.width, height: launch.height))
        if let reason = readOnly {
            notice = .info(text(.readOnlyNotice).replacingPlaceholders(reason))
        } else if let workaround = launch.terminalNotice {
            notice = .info(workaround)
        }
        return [.prepareSearchIndex]
    }

    /// The clock moved to `now`; a change in the store is read at once, or counted while paused.
    /// An idle tick, when no mark ran out, draws nothing.
    mutating func tick(now: Date, storeChanged: Bool) -> [Effect] {
        let screenChanged = live.advance(to: now)
        guard storeChanged else { return screenChanged ? [] : [.skipDraw] }
        if live.isPaused {
            live.pendingChanges += 1
            return []
        }
        return [.reload]
    }

    /// Takes what other processes committed (read with `TaskStore.changes(since:)`): the tasks
    /// change in place, selections stay on the same task and group by id (a task that left the
    /// list leaves the selection in its row), the scroll offsets
    /// follow them, the changed tasks are marked from `now` for a while, and the header names
    /// the change that was just read. The filter is bound again, as `unreported` follows the history.
    public mutating func apply(_ changes: StoreChanges, now: Date) {
        live.pendingChanges = 0
        live.now = now
        guard !changes.isEmpty else { return }
        let selection = selectedPlace(view)
        snapshot.apply(changes)
        for task in changes.tasks { live.changedAt[task.id] = now }
        if let latest = changes.latest { live.lastChange = latest }
        if filter.isActive { PromptEditing.setFilter(filter.text, on: &self) }
        if let selection { keepSelectionRow(selection, view) }
        leaveEmptyDetail()
        Scrolling.keepSelectionVisible(&self)
    }

    /// Where the selection of `view`'s task list is: its group and row; nil when nothing was chosen.
    private func selectedPlace(_ view: ViewID) -> (group: String?, row: Int)? {
        guard view != .overview, selectedTask[view] != nil else { return nil }
        return (currentGroup(view), selectedRow(view, in: taskRows(view)))
    }

    /// A selected task that has left the list (done by someone, out of the filter) hands the
    /// selection to the task now in its row, as a list keeps its cursor, rather than to the top.
    private mutating func keepSelectionRow(_ place: (group: String?, row: Int), _ view: ViewID) {
        guard let id = selectedTask[view], currentGroup(view) == place.group else { return }
        let rows = taskRows(view)
        guard !rows.isEmpty else { return }
        if let task = snapshot.index[id], rows.contains(where: { $0.task == task }) { return }
        selectedTask[view] = snapshot.tasks[rows[min(place.row, rows.count - 1)].task].id
    }
}
