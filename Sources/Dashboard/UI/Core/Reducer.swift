/// Applies one action to the state and returns the effects the runner must perform.
/// Pure: no I/O, no terminal. A notice lasts until the user's next action.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    if !action.isFromRunner { state.notice = nil }
    switch action {
    case .resize(let width, let height):
        state.width = width
        state.height = height
    case .began(let launch):
        return state.begin(launch)
    case .tick(let now, let storeChanged):
        return state.tick(now: now, storeChanged: storeChanged)
    case .changesArrived(let changes, let now):
        state.apply(changes, now: now)
        return changes.reload == nil ? [.prepareSearchIndex] : [.cacheRebuiltSnapshot, .prepareSearchIndex]
    case .redraw:
        return [.redrawAll]
    case .togglePause:
        guard state.live.isWatching else { return [] }
        state.live.isPaused.toggle()
        if !state.live.isPaused && state.live.pendingChanges > 0 { return [.reload] }
    case .quit:
        if state.isTooSmall || state.mode == .browse { return [.quit] }
        state.mode = .browse
    case .switchView(let view):
        state.view = view
        state.mode = .browse
        if !view.hasGroups { state.focus = .tasks } else if state.focus == .tasks && state.selectedGroup[view] == nil { state.focus = .groups }
    case .openHelp:
        state.mode = state.mode == .help ? .browse : .help
    case .openViews:
        state.mode = .views(selection: 0)
    case .openFilter:
        state.prompt = Prompt(line: LineEditor(state.filter.text), error: nil, original: state.filter.text)
    case .openJump:
        state.prompt = Prompt(line: LineEditor(), error: nil, original: state.filter.text, kind: .jump)
    case .openExport(let kind):
        ExportEditing.open(kind, &state)
    case .exported(let result):
        ExportEditing.finish(result, &state)
    case .nextMatch:
        MatchStepping.step(&state, by: 1)
    case .previousMatch:
        MatchStepping.step(&state, by: -1)
    case .prompt(let command):
        let effects = PromptEditing.apply(command, to: &state)
        if !effects.isEmpty { return effects }
    case .pointer(let event):
        return Pointer.apply(event, to: &state)
    case .openUpdateForm:
        FormEditing.open(.update, &state)
    case .openCommentForm:
        FormEditing.open(.comment, &state)
    case .form(let command):
        return FormEditing.apply(command, &state)
    case .recorded(let outcome):
        return FormEditing.finish(outcome, &state)
    case .saveView, .renameView, .deleteView:
        ViewsEditing.begin(action, &state)
    case .viewEditing(let command):
        return ViewsEditing.apply(command, &state)
    case .viewsWritten(let edit, let result):
        ViewsEditing.finish(edit, result, &state)
    case .back:
        switch state.mode {
        case .detail, .help, .views:
            state.mode = .browse
        case .browse:
            if state.filter.isActive { state.filter = ActiveFilter() }
        }
    case .toggleDone:
        state.showDone.toggle()
    case .toggleDetailPane:
        state.showDetailPane.toggle()
    case .cycleSort:
        let all = SortColumn.allCases
        state.sort.column = all[(all.firstIndex(of: state.sort.column)! + 1) % all.count]
        state.sort.ascending = true
    case .reverseSort:
        state.sort.ascending.toggle()
    case .focusNext, .focusPrevious:
        if state.view.hasGroups { state.focus = state.focus == .groups ? .tasks : .groups }
    case .open:
        open(&state)
    case .move(let delta):
        move(&state, by: delta)
    case .page(let pages):
        let layout = ScreenLayout(state)
        let rows = state.focus == .groups && state.view.hasGroups ? layout.groupRowsVisible : layout.taskRowsVisible
        move(&state, by: pages * max(1, rows - 1))
    case .top:
        move(&state, by: Int.min / 2)
    case .bottom:
        move(&state, by: Int.max / 2)
    case .nextTask:
        stepTask(&state, by: 1)
    case .previousTask:
        stepTask(&state, by: -1)
    case .nextGroup:
        stepGroup(&state, by: 1)
    case .previousGroup:
        stepGroup(&state, by: -1)
    }
    state.leaveEmptyDetail()
    Scrolling.keepSelectionVisible(&state)
    return []
}

private func open(_ state: inout AppState) {
    if case .views(let selection) = state.mode {
        if state.savedViews.indices.contains(selection) {
            PromptEditing.setFilter(state.savedViews[selection].filter, on: &state)
        }
        state.mode = .browse
        return
    }
    guard state.mode == .browse, state.view != .overview else { return }
    if state.view.hasGroups && state.focus == .groups {
        state.focus = .tasks
        return
    }
    if let task = state.selectedTaskIndex(state.view) {
        state.selectedTask[state.view] = state.snapshot.tasks[task].id
        state.mode = .detail
    }
}

private func move(_ state: inout AppState, by delta: Int) {
    if case .views(let selection) = state.mode {
        let last = max(0, state.savedViews.count - 1)
        state.mode = .views(selection: min(last, max(0, selection.addingReportingOverflow(delta).partialValue)))
        return
    }
    guard state.mode == .browse else { return }
    let view = state.view
    if view.hasGroups && state.focus == .groups {
        moveGroup(&state, by: delta)
    } else {
        let rows = state.taskRows(view)
        guard !rows.isEmpty else { return }
        let target = clamp(state.selectedRow(view, in: rows), delta, count: rows.count)
        state.selectedTask[view] = state.snapshot.tasks[rows[target].task].id
    }
}

/// In the detail: the next or previous task of the list it was opened from.
private func stepTask(_ state: inout AppState, by delta: Int) {
    let rows = state.taskRows(state.view)
    guard !rows.isEmpty else { return }
    let target = clamp(state.selectedRow(state.view, in: rows), delta, count: rows.count)
    state.selectedTask[state.view] = state.snapshot.tasks[rows[target].task].id
}

/// The next or previous leader (unit, town), keeping the panel and mode; in the detail, its first task.
private func stepGroup(_ state: inout AppState, by delta: Int) {
    let view = state.view
    guard view.hasGroups else { return }
    moveGroup(&state, by: delta)
    if state.mode == .detail {
        if let first = state.taskRows(view).first {
            state.selectedTask[view] = state.snapshot.tasks[first.task].id
        } else {
            state.mode = .browse
        }
    }
}

/// Selects the group `delta` selectable rows away (headings are skipped); the task selection
/// starts again at the new group's first task.
private func moveGroup(_ state: inout AppState, by delta: Int) {
    let view = state.view
    let rows = state.groupRows(view)
    let selectable = rows.indices.filter { rows[$0].key != nil }
    guard !selectable.isEmpty else { return }
    let current = selectable.firstIndex { rows[$0].key == state.currentGroup(view) } ?? 0
    state.selectedGroup[view] = rows[selectable[clamp(current, delta, count: selectable.count)]].key
    state.selectedTask[view] = nil
}

private func clamp(_ current: Int, _ delta: Int, count: Int) -> Int {
    min(count - 1, max(0, current.addingReportingOverflow(delta).partialValue))
}
