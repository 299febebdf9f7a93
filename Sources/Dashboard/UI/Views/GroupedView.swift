/// 按领导, 按单位, 按乡镇, 未报送: groups on the left (or alone when narrow), the selected group's
/// tasks, and the selected task's detail below. 未报送 groups by lead unit, lists the tasks whose
/// report is missing, and states the current report round above its lists.
enum GroupedView {
    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout Grid) {
        let view = state.view
        let group = state.currentGroup(view)
        if let rect = layout.groups {
            let header: Label =
                switch view {
                case .byUnit: .columnUnit
                case .byTown: .columnTown
                case .unreported: .columnLeadUnit
                default: .columnLeader
                }
            GroupListWidget(
                state: state, rows: state.groupRows(view), header: header,
                countsHeader: view == .unreported ? .unreportedOverOwed : .pendingOverTotal, selectedKey: group,
                offset: state.scroll[ScrollKey(view: view, panel: .groups)] ?? 0,
                focused: state.focus == .groups,
                emptyText: layout.tasks == nil ? state.emptyListText : .noTasks
            ).draw(in: rect, into: &grid)
        }
        let rows = state.taskRows(view)
        if let rect = layout.tasks {
            let row = state.groupRows(view).first { $0.key == group }
            let countsLabel: Label = view == .unreported ? .unreportedOverOwed : .pending
            var counts = row.map { "\(state.text(countsLabel)) \($0.pending)/\($0.total)" } ?? ""
            if view == .byUnit || view == .byTown {
                let indirect = rows.filter { $0.role == .indirect }.count
                counts +=
                    " \(state.glyphs.dot) \(Label.direct.counted(rows.count - indirect, state.language)) "
                    + Label.roleIndirect.counted(indirect, state.language)
            }
            let sort = "\(state.text(.sort)) \(sortName(state))"
            // No group selected (none to select): the sort alone, not a dot between two blanks.
            let heading = row.map { "\($0.title) \(state.glyphs.dot) \(counts)   " } ?? ""
            TaskListWidget(
                state: state, rows: rows, title: heading + sort,
                selected: state.selectedRow(view, in: rows),
                offset: state.scroll[ScrollKey(view: view, panel: .tasks)] ?? 0,
                focused: state.focus == .tasks, showsRole: view == .byUnit || view == .byTown, showsLeaders: false,
                emptyText: state.emptyListText
            )
            .draw(in: rect, into: &grid)
        }
        if let rect = layout.banner {
            let missing = state.unreportedShown
            let x = grid.write(" " + state.roundStatement, x: rect.x, y: rect.y, role: .accent, limit: rect.width)
            grid.write(
                " \(state.glyphs.dot) " + Label.unreported.counted(missing, state.language), x: rect.x + x, y: rect.y,
                role: .normal, limit: rect.width - x)
        }
        drawDetail(state, layout, rows: rows, into: &grid)
    }

    static func drawDetail(_ state: AppState, _ layout: ScreenLayout, rows: [TaskRow], into grid: inout Grid) {
        if let rule = layout.detailRule {
            grid.fill(x: rule.x, y: rule.y, count: rule.width, role: .border, character: state.glyphs.rule)
        }
        if let rect = layout.detail {
            let index = rows.isEmpty ? nil : rows[state.selectedRow(state.view, in: rows)].task
            DetailView.drawPane(state, task: index, in: rect, into: &grid)
        }
    }

    static func sortName(_ state: AppState) -> String {
        let label: Label =
            switch state.sort.column {
            case .deadline: .columnDeadline
            case .status: .columnStatus
            case .id: .columnID
            case .leaders: .columnLeaders
            case .leadUnit: .columnLeadUnit
            case .text: .columnText
            }
        return state.text(label) + (state.sort.ascending ? state.glyphs.arrowUp : state.glyphs.arrowDown)
    }
}

/// 全部任务: every task in one sortable table, the detail below.
enum AllTasksView {
    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout Grid) {
        let rows = state.taskRows(.allTasks)
        if let rect = layout.tasks {
            let title = "\(state.text(.viewAllTasks)) \(rows.count)   \(state.text(.sort)) \(GroupedView.sortName(state))"
            TaskListWidget(
                state: state, rows: rows, title: title, selected: state.selectedRow(.allTasks, in: rows),
                offset: state.scroll[ScrollKey(view: .allTasks, panel: .tasks)] ?? 0, focused: true,
                showsRole: false, showsLeaders: true,
                emptyText: state.emptyListText
            ).draw(in: rect, into: &grid)
        }
        GroupedView.drawDetail(state, layout, rows: rows, into: &grid)
    }
}
