import ModelRead

/// `:` and an id: selects the task with that id, whatever its case and width (`p2-8`, `Ｐ２－８`).
///
/// In the view on screen when it lists the task: under the leader (unit, town) selected, else
/// under the first that has it; otherwise in the all-tasks view, where the filter is cleared and
/// done tasks are shown when that is what hid it. The detail, when open, shows it.
enum TaskJump {
    /// Goes to the task; returns what is wrong when no task has that id. An empty id does nothing.
    static func go(to written: String, _ state: inout AppState) -> String? {
        guard !written.allSatisfy(\.isWhitespace) else { return nil }
        guard let task = state.snapshot.taskIndex(matching: written) else {
            return state.text(.noSuchTask).replacingPlaceholders(written.trimmingCharacters(in: .whitespaces))
        }
        if state.view != .overview, select(task, in: state.view, &state) { return nil }
        state.view = .allTasks
        state.focus = .tasks
        if !state.filterPass.contains(task) {
            state.filter = ActiveFilter()
            state.notice = .info(state.text(.filterClearedFor).replacingPlaceholders(state.snapshot.tasks[task].id))
        }
        if state.snapshot.tasks[task].status == .done { state.showDone = true }
        state.selectedTask[.allTasks] = state.snapshot.tasks[task].id
        return nil
    }

    /// Selects the task in `view` if it lists it; false, changing nothing, when it does not.
    private static func select(_ task: Int, in view: ViewID, _ state: inout AppState) -> Bool {
        let id = state.snapshot.tasks[task].id
        guard view.hasGroups else {
            guard state.taskRows(view).contains(where: { $0.task == task }) else { return false }
            state.selectedTask[view] = id
            return true
        }
        let before = state.selectedGroup[view]
        let groups = [state.currentGroup(view)].compactMap { $0 } + state.groupRows(view).compactMap(\.key)
        for group in groups {
            state.selectedGroup[view] = group
            if state.taskRows(view).contains(where: { $0.task == task }) {
                state.selectedTask[view] = id
                state.focus = .tasks
                return true
            }
        }
        state.selectedGroup[view] = before
        return false
    }
}
