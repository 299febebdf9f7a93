import Model

/// 按领导, 按单位, 按乡镇: groups on the left (or alone when narrow), the selected group's tasks,
/// and the selected task's detail below.
enum GroupedView {
    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout Grid) {
        let view = state.view
        let group = state.currentGroup(view)
        if let rect = layout.groups {
            let header: Label = switch view {
            case .byUnit: .columnUnit
            case .byTown: .columnTown
            default: .columnLeader
            }
            GroupListWidget(state: state, rows: state.groupRows(view), header: header, selectedKey: group,
                            offset: state.scroll[ScrollKey(view: view, panel: .groups)] ?? 0,
                            focused: state.focus == .groups).draw(in: rect, into: &grid)
        }
        let rows = state.taskRows(view)
        if let rect = layout.tasks {
            let row = state.groupRows(view).first { $0.key == group }
            var counts = row.map { "\(state.text(.pending)) \($0.pending)/\($0.total)" } ?? ""
            if view != .byLeader {
                let indirect = rows.filter { $0.role == .indirect }.count
                counts += " \(state.glyphs.dot) \(Label.direct.counted(rows.count - indirect, state.language)) "
                    + Label.roleIndirect.counted(indirect, state.language)
            }
            let sort = "\(state.text(.sort)) \(sortName(state))"
            TaskListWidget(state: state, rows: rows, title: "\(group ?? "") \(state.glyphs.dot) \(counts)   \(sort)",
                           selected: state.selectedRow(view, in: rows),
                           offset: state.scroll[ScrollKey(view: view, panel: .tasks)] ?? 0,
                           focused: state.focus == .tasks, showsRole: view != .byLeader, showsLeaders: false)
                .draw(in: rect, into: &grid)
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
        let label: Label = switch state.sort.column {
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
            TaskListWidget(state: state, rows: rows, title: title, selected: state.selectedRow(.allTasks, in: rows),
                           offset: state.scroll[ScrollKey(view: .allTasks, panel: .tasks)] ?? 0, focused: true,
                           showsRole: false, showsLeaders: true).draw(in: rect, into: &grid)
        }
        GroupedView.drawDetail(state, layout, rows: rows, into: &grid)
    }
}
