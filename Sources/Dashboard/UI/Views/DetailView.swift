import ModelCore

/// A task's detail: the short pane below a list, and the full screen a leader steps through.
enum DetailView {
    /// The pane below a list: heading line, wrapped text, leaders and units.
    static func drawPane(_ state: AppState, task index: Int?, in rect: Rect, into grid: inout Grid) {
        guard rect.height > 0 else { return }
        guard let index else {
            grid.write("  " + state.text(.noSelection), x: rect.x, y: rect.y, role: .dim, limit: rect.width)
            return
        }
        let task = state.snapshot.tasks[index]
        var lines: [(String, StyleRole)] = [(heading(task, state), .header)]
        lines += TextWrap.lines(task.text, width: rect.width - 3).map { ($0, .normal) }
        let people = [
            (Label.fieldLeaders, task.leaders), (.fieldLeadUnits, task.leadUnits),
            (.fieldResponsibleUnits, task.responsibleUnits), (.fieldCooperatingUnits, task.cooperatingUnits)
        ]
        .filter { !$0.1.isEmpty }
        .map { "\(state.text($0.0)) \($0.1.joined(separator: "、"))" }
        .joined(separator: "   ")
        var peopleLines = TextWrap.lines(people, width: rect.width - 3).map { ($0, StyleRole.dim) }
        if let latest = state.snapshot.history[task.id]?.first {
            peopleLines.append((DisplayWidth.truncate(HistoryLine.text(latest, state), to: rect.width - 3, ellipsis: state.glyphs.ellipsis), .accent))
        }
        let room = rect.height - 1 - peopleLines.count
        var shown = [lines[0]] + Array(lines.dropFirst().prefix(max(1, room)))
        if lines.count - 1 > max(1, room), let last = shown.popLast() {
            shown.append((DisplayWidth.truncate(last.0 + state.glyphs.ellipsis, to: rect.width - 3, ellipsis: state.glyphs.ellipsis), last.1))
        }
        shown += peopleLines
        for (offset, line) in shown.prefix(rect.height).enumerated() {
            grid.write((offset == 0 ? " " : "   ") + line.0, x: rect.x, y: rect.y + offset, role: line.1, limit: rect.width)
        }
    }

    /// `P2-8 · （一）精心谋划抓项目 · 截止 2020-11-30 · 滞后 · 40%`.
    static func heading(_ task: Task, _ state: AppState) -> String {
        let status = StatusStyle.of(task, today: state.today.day, language: state.language).text
        let dot = " \(state.glyphs.dot) "
        return [
            task.id, task.section ?? task.chapter, "\(state.text(.fieldDeadline)) \(task.deadline?.description ?? "—")",
            status, "\(task.progress)%"
        ].joined(separator: dot)
    }

    /// Full screen: every field, the text whole, groups expanded, and the position in the list.
    static func drawFull(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let rows = state.taskRows(state.view)
        guard !rows.isEmpty else {
            grid.write("  " + state.text(.noTasks), x: rect.x, y: rect.y, role: .dim, limit: rect.width)
            return
        }
        let position = state.selectedRow(state.view, in: rows)
        let task = state.snapshot.tasks[rows[position].task]
        let status = StatusStyle.of(task, today: state.today.day, language: state.language)
        let owner = state.view.hasGroups ? (state.currentGroup(state.view) ?? "") + " \(state.glyphs.dot) " : ""
        grid.write(" \(owner)\(position + 1)/\(rows.count)  \(task.id)", x: rect.x, y: rect.y, role: .title, limit: rect.width)

        let labelWidth = state.language == .zh ? 10 : 13
        var lines: [(label: String, text: String, role: StyleRole)] = [
            (state.text(.fieldDocument), "\(task.document) 第\(task.number)项", .dim),
            (state.text(.fieldChapter), [task.chapter, task.section].compactMap { $0 }.joined(separator: " / "), .dim)
        ]
        if let caseNumber = task.caseNumber {
            lines.append((state.text(.fieldCase), caseNumber + (task.category.map { "  \($0)" } ?? ""), .normal))
        }
        if !task.proposers.isEmpty { lines.append((state.text(.fieldProposers), task.proposers.joined(separator: "、"), .normal)) }
        lines.append((state.text(.columnText), task.text, .normal))
        lines.append((state.text(.fieldLeaders), task.leaders.joined(separator: "、"), .normal))
        for (label, units) in [
            (Label.fieldLeadUnits, task.leadUnits), (.fieldResponsibleUnits, task.responsibleUnits),
            (.fieldCooperatingUnits, task.cooperatingUnits)
        ] where !units.isEmpty {
            lines.append((state.text(label), units.joined(separator: "、"), .normal))
            for unit in units {
                guard let group = state.snapshot.directory.group(named: unit) else { continue }
                let members = state.snapshot.directory.members(of: group).map(\.name)
                if !members.isEmpty { lines.append(("", "\(unit)：\(members.joined(separator: "、"))", .dim)) }
            }
        }
        lines.append((state.text(.fieldDeadline), task.deadline?.description ?? "—", task.isOverdue(today: state.today.day) ? .overdue : .normal))
        lines.append((state.text(.fieldStatus), "\(status.text)  \(state.text(.fieldProgress)) \(task.progress)%", status.role))
        let history = state.snapshot.history[task.id] ?? []
        if history.isEmpty { lines.append((state.text(.fieldHistory), state.text(.noHistory), .dim)) }
        for (index, entry) in history.enumerated() {
            lines.append((index == 0 ? state.text(.fieldHistory) : "", HistoryLine.text(entry, state), .normal))
        }

        var y = rect.y + 2
        for line in lines {
            let wrapped = TextWrap.lines(line.text.isEmpty ? "—" : line.text, width: rect.width - labelWidth - 2)
            for (index, part) in wrapped.enumerated() where y < rect.y + rect.height {
                if index == 0 { grid.write(" " + line.label, x: rect.x, y: y, role: .header, limit: labelWidth) }
                grid.write(part, x: rect.x + labelWidth + 1, y: y, role: line.role, limit: rect.width - labelWidth - 1)
                y += 1
            }
        }
    }
}
