import Foundation
import Model

extension AppState {
    /// Takes what other processes committed (read with `TaskStore.changes(since:)`): the tasks
    /// change in place, selections stay on the same task and group by id, the scroll offsets
    /// follow them, the changed tasks are marked from `now` for a while, and the header names
    /// the change that was just read. The filter is bound again, as `unreported` follows the history.
    public mutating func apply(_ changes: StoreChanges, now: Date) {
        live.pendingChanges = 0
        live.now = now
        guard !changes.isEmpty else { return }
        snapshot.apply(changes)
        for task in changes.tasks { live.changedAt[task.id] = now }
        if let latest = changes.latest { live.lastChange = latest }
        if filter.isActive { PromptEditing.setFilter(filter.text, on: &self) }
        leaveEmptyDetail()
        Scrolling.keepSelectionVisible(&self)
    }
}
