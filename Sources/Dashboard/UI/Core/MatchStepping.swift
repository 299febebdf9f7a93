/// `n` and `N` while a filter is on: the next or previous task that passes it, through the
/// whole view. The filter leaves only matches in a list, so within one list this is the next
/// row; past a leader's (unit's, town's) last match it goes on to the next one that has any,
/// and past the last match of the view round to the first, saying so.
enum MatchStepping {
    static func step(_ state: inout AppState, by delta: Int) {
        guard state.filter.isActive else {
            state.notice = .info(state.text(.matchesNeedAFilter))
            return
        }
        guard state.mode == .browse, state.view != .overview else { return }
        let view = state.view
        let rows = state.taskRows(view)
        if view.hasGroups && state.focus == .groups {
            // From the groups panel: the selected group's first (last) match.
            if let first = delta > 0 ? rows.first : rows.last {
                select(first, in: view, &state)
                return
            }
        } else if !rows.isEmpty, case let target = state.selectedRow(view, in: rows) + delta, rows.indices.contains(target) {
            select(rows[target], in: view, &state)
            return
        }
        guard view.hasGroups else {
            guard let wrapped = delta > 0 ? rows.first : rows.last else { return }
            select(wrapped, in: view, &state)
            state.notice = .info(state.text(delta > 0 ? .matchesFromTheFirst : .matchesFromTheLast))
            return
        }
        stepGroup(&state, by: delta)
    }

    /// On to the next (previous) leader, unit or town that lists a match, round past the ends.
    private static func stepGroup(_ state: inout AppState, by delta: Int) {
        let view = state.view
        let groups = state.groupRows(view).compactMap(\.key)
        guard let start = groups.firstIndex(where: { $0 == state.currentGroup(view) }) else { return }
        for step in 1...groups.count {
            let place = start + step * delta
            state.selectedGroup[view] = groups[(place % groups.count + groups.count) % groups.count]
            let rows = state.taskRows(view)
            guard let next = delta > 0 ? rows.first : rows.last else { continue }
            select(next, in: view, &state)
            if place < 0 || place >= groups.count {
                state.notice = .info(state.text(delta > 0 ? .matchesFromTheFirst : .matchesFromTheLast))
            }
            return
        }
        state.selectedGroup[view] = groups[start]
    }

    private static func select(_ row: TaskRow, in view: ViewID, _ state: inout AppState) {
        state.selectedTask[view] = state.snapshot.tasks[row.task].id
        state.focus = .tasks
    }
}
