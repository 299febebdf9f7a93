import ModelCore

/// Tasks as a table aligned by display width: id, status, deadline, leaders, lead units, text.
struct TaskListing {
    let tasks: [Task]
    let today: Day
    /// The terminal's width, or nil to print every cell whole.
    let width: Int?

    private static let headers =
        CLILanguage.current == .zh
        ? ["编号", "状态", "截止", "责任领导", "牵头单位", "任务"] : ["ID", "Status", "Due", "Leaders", "Lead unit", "Task"]
    /// The widest a leaders or units column may grow, so the text keeps room.
    private static let listColumnLimit = 16

    var text: String {
        let rows = tasks.map(cells)
        var widths = Self.headers.indices.map { column in
            max(DisplayWidth.of(Self.headers[column]), rows.map { DisplayWidth.of($0[column]) }.max() ?? 0)
        }
        widths[3] = min(widths[3], Self.listColumnLimit)
        widths[4] = min(widths[4], Self.listColumnLimit)
        let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        let textWidth = width.map { max(10, $0 - fixed) }
        return ([Self.headers] + rows).map { row in
            var line = ""
            for column in row.indices.dropLast() {
                line += DisplayWidth.pad(row[column], to: widths[column]) + "  "
            }
            let last = row[row.count - 1]
            return line + (textWidth.map { DisplayWidth.truncate(last, to: $0) } ?? last)
        }.joined(separator: "\n")
    }

    private func cells(_ task: Task) -> [String] {
        let label = task.status.label(CLILanguage.current)
        let status = task.isOverdue(today: today) ? label + localized(zh: "·逾期", en: "·overdue") : label
        return [
            task.id, status, task.deadline?.description ?? "—",
            task.leaders.joined(separator: "、"), task.leadUnits.joined(separator: "、"), task.text
        ]
        .map(SafeText.line)
    }
}
