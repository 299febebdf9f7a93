import ModelCore
import ModelRead

/// A list of tasks: a title line, a column header marking the sort column, and one row per
/// task (status, role, id, deadline, leaders, lead unit, text), the selected one marked.
struct TaskListWidget {
    let state: AppState
    let rows: [TaskRow]
    let title: String
    let selected: Int
    let offset: Int
    let focused: Bool
    /// Whether rows carry how the task names the unit (unit and town views).
    let showsRole: Bool
    /// Whether there is room for a leaders column (the all-tasks table).
    let showsLeaders: Bool
    /// What an empty list says.
    var emptyText: Label = .noTasks

    private struct Column {
        var label: Label
        var sort: SortColumn?
        var width: Int
    }

    private func columns(width: Int) -> [Column] {
        let statusWidth = state.language == .zh ? 6 : 11
        var columns = [Column(label: .columnStatus, sort: .status, width: statusWidth)]
        if showsRole { columns.append(Column(label: .columnUnit, sort: nil, width: 4)) }
        // Ids whole (G200-500 in a generated plan of 100,000 tasks), from 6 columns up to 10.
        let idWidth = min(10, max(6, state.snapshot.longestID))
        columns += [Column(label: .columnID, sort: .id, width: idWidth), Column(label: .columnDeadline, sort: .deadline, width: 10)]
        var fixed = 2 + columns.reduce(0) { $0 + $1.width + 1 }
        if showsLeaders && width - fixed >= 70 {
            columns.append(Column(label: .columnLeaders, sort: .leaders, width: 14))
            fixed += 15
        }
        if width - fixed >= 40 {
            let unitWidth = width - fixed >= 90 ? 22 : 16
            columns.append(Column(label: .columnLeadUnit, sort: .leadUnit, width: unitWidth))
            fixed += unitWidth + 1
        }
        columns.append(Column(label: .columnText, sort: .text, width: max(0, width - fixed)))
        return columns
    }

    func draw(in rect: Rect, into grid: inout Grid) {
        guard rect.height > 0 else { return }
        grid.write(" " + title, x: rect.x, y: rect.y, role: focused ? .header : .dim, limit: rect.width)
        guard rect.height > 1 else { return }
        let columns = columns(width: rect.width)
        var x = rect.x + 2
        for column in columns {
            var label = column.label.text(state.language)
            if column.sort == state.sort.column {
                label += state.sort.ascending ? state.glyphs.arrowUp : state.glyphs.arrowDown
            }
            grid.write(label, x: x, y: rect.y + 1, role: .header, limit: column.width)
            x += column.width + 1
        }
        if rows.isEmpty {
            grid.write("  " + state.text(emptyText), x: rect.x, y: rect.y + 2, role: .dim, limit: rect.width)
            return
        }
        for line in 0..<(rect.height - 2) {
            let index = offset + line
            guard index < rows.count else { break }
            drawRow(
                rows[index], isSelected: index == selected, columns: columns, x: rect.x, y: rect.y + 2 + line,
                width: rect.width, into: &grid)
        }
    }

    private func drawRow(
        _ row: TaskRow, isSelected: Bool, columns: [Column], x startX: Int, y: Int, width: Int,
        into grid: inout Grid
    ) {
        let task = state.snapshot.tasks[row.task]
        let status = StatusStyle.of(task, today: state.today.day, language: state.language)
        if isSelected { grid.write(String(state.glyphs.selectionMark), x: startX, y: y, role: .accent) }
        // Changed by someone a moment ago: a mark that also shows without colour.
        if state.live.isMarked(task.id) { grid.write("*", x: startX + 1, y: y, role: .changed) }
        var x = startX + 2
        for column in columns {
            let (text, role): (String, StyleRole) =
                switch column.label {
                case .columnStatus: status
                case .columnUnit: (roleName(row.role), row.role == .indirect ? .dim : .normal)
                case .columnID: (task.id, state.live.isMarked(task.id) ? .changed : .normal)
                case .columnDeadline: (task.deadline?.description ?? "—", task.isOverdue(today: state.today.day) ? .overdue : .normal)
                case .columnLeaders: (task.leaders.joined(separator: "、"), .normal)
                case .columnLeadUnit: (task.leadUnits.joined(separator: "、"), .normal)
                default: (task.text, .normal)
                }
            grid.write(
                DisplayWidth.truncate(text, to: column.width, ellipsis: state.glyphs.ellipsis), x: x, y: y, role: role,
                limit: column.width)
            x += column.width + 1
        }
        if isSelected {
            grid.restyle(x: startX + 1, y: y, count: width - 1, role: focused ? .selected : .selectedInactive)
        }
    }

    private func roleName(_ role: Snapshot.Role?) -> String {
        switch role {
        case .lead: state.text(.roleLead)
        case .responsible: state.text(.roleResponsible)
        case .cooperating: state.text(.roleCooperating)
        case .indirect: state.text(.roleIndirect)
        case nil: ""
        }
    }
}
