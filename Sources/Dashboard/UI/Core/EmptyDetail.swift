extension AppState {
    /// The detail steps through a list; when a filter or a change leaves that list empty, the
    /// dashboard goes back to the list (it says there is nothing to show) instead of a blank detail.
    /// While the filter prompt is open the detail stays, so that typing on can bring tasks back.
    mutating func leaveEmptyDetail() {
        if mode == .detail, prompt == nil, taskRows(view).isEmpty { mode = .browse }
    }
}

extension AppState {
    /// What an empty list says: how to fill the store when it holds no task at all, else that
    /// nothing matches.
    var emptyListText: Label { snapshot.tasks.isEmpty ? .emptyStore : .noTasks }
}
