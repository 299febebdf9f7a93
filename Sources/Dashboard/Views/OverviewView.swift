import Model

/// 概览: totals, a stacked bar per leader, the units with most overdue or behind tasks, reports
/// handed in per lead unit for the current round, and progress per chapter; all over the filtered tasks.
enum OverviewView {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let tasks = state.snapshot.tasks.indices.filter(state.passesFilter)
        var y = rect.y
        grid.write(" " + (state.language == .zh ? "截至 \(state.today.day)" : "as of \(state.today.day)"), x: rect.x, y: y,
                   role: .dim)
        y += 2
        let leaderRows = min(state.snapshot.leaders.count, max(3, (rect.height - 4) / 2))
        y = drawLeaderBars(state, tasks: Set(tasks), rows: leaderRows, at: y, in: rect, into: &grid)
        y += 1
        let lower = Rect(x: rect.x, y: y, width: rect.width, height: rect.y + rect.height - y)
        let third = (rect.width - 4) / 3
        let (left, rest) = lower.splitLeft(third, gap: 2)
        let (middle, right) = rest.splitLeft(third, gap: 2)
        drawUnitsMostBehind(state, tasks: tasks, in: left, into: &grid)
        ReportsPanel.draw(state, in: middle, into: &grid)
        drawChapterProgress(state, tasks: tasks, in: right, into: &grid)
    }

    private static func drawLeaderBars(_ state: AppState, tasks: Set<Int>, rows: Int, at startY: Int, in rect: Rect,
                                       into grid: inout Grid) -> Int {
        let today = state.today.day
        let nameWidth = 13
        let countWidth = 8
        let barWidth = max(4, rect.width - nameWidth - countWidth - 3)
        var legend = " " + state.text(.leaderBars).padding(nameWidth)
        var x = grid.write(legend, x: rect.x, y: startY, role: .header)
        let parts: [(String, StyleRole)] = [(Status.done.label(state.language), .done), (Status.inProgress.label(state.language), .inProgress),
                                            (Status.behind.label(state.language), .behind), (state.text(.overdue), .overdue),
                                            (Status.notStarted.label(state.language), .notStarted)]
        for (index, part) in parts.enumerated() {
            x += grid.write("\(state.glyphs.barParts[index])\(part.0) ", x: rect.x + x, y: startY, role: part.1)
        }
        legend = ""
        let most = max(1, state.snapshot.leaders.map { (state.snapshot.tasksByLeader[$0] ?? []).filter(tasks.contains).count }.max() ?? 1)
        var y = startY + 1
        for leader in state.snapshot.leaders.prefix(rows) where y < rect.y + rect.height {
            let mine = (state.snapshot.tasksByLeader[leader] ?? []).filter(tasks.contains).map { state.snapshot.tasks[$0] }
            var segments = [0, 0, 0, 0, 0]
            for task in mine {
                if task.status == .done { segments[0] += 1 }
                else if task.isOverdue(today: today) { segments[3] += 1 }
                else if task.status == .behind || task.status == .blocked { segments[2] += 1 }
                else if task.status == .inProgress { segments[1] += 1 }
                else { segments[4] += 1 }
            }
            grid.write(" " + DisplayWidth.truncate(leader, to: nameWidth - 1), x: rect.x, y: y, role: .normal, limit: nameWidth)
            var bx = rect.x + nameWidth + 1
            let scale = Double(barWidth) / Double(most)
            var drawn = 0
            var cumulative = 0
            for (index, count) in segments.enumerated() where count > 0 {
                cumulative += count
                let end = Int((Double(cumulative) * scale).rounded())
                let cells = max(1, end - drawn)
                grid.write(String(repeating: state.glyphs.barParts[index], count: cells), x: bx, y: y, role: parts[index].1,
                           limit: rect.x + nameWidth + 1 + barWidth - bx)
                bx += cells
                drawn += cells
            }
            let pending = mine.filter { $0.status != .done }.count
            let counts = "\(pending)/\(mine.count)"
            grid.write(counts, x: rect.x + rect.width - counts.count - 1, y: y, role: .normal)
            y += 1
        }
        return y
    }

    private static func drawUnitsMostBehind(_ state: AppState, tasks: [Int], in rect: Rect, into grid: inout Grid) {
        guard rect.height > 0 else { return }
        grid.write(" " + state.text(.unitsMostBehind), x: rect.x, y: rect.y, role: .header, limit: rect.width)
        let today = state.today.day
        let groups = Set(state.snapshot.directory.groups.map(\.name))
        var counts: [String: Int] = [:]
        for index in tasks {
            let task = state.snapshot.tasks[index]
            guard task.isOverdue(today: today) || task.status == .behind else { continue }
            for unit in Set(task.leadUnits + task.responsibleUnits) where !groups.contains(unit) {
                counts[unit, default: 0] += 1
            }
        }
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(min(10, rect.height - 1))
        if top.isEmpty {
            grid.write("   —", x: rect.x, y: rect.y + 1, role: .dim)
        }
        for (offset, entry) in top.enumerated() {
            let count = "\(entry.value)"
            grid.write(" " + DisplayWidth.truncate(entry.key, to: rect.width - count.count - 3), x: rect.x, y: rect.y + 1 + offset, role: .normal)
            grid.write(count, x: rect.x + rect.width - count.count - 1, y: rect.y + 1 + offset, role: .overdue)
        }
    }

    private static func drawChapterProgress(_ state: AppState, tasks: [Int], in rect: Rect, into grid: inout Grid) {
        guard rect.height > 0 else { return }
        grid.write(state.text(.chapterProgress), x: rect.x, y: rect.y, role: .header, limit: rect.width)
        var chapters: [(String, [Int])] = []
        var position: [String: Int] = [:]
        for index in tasks {
            let task = state.snapshot.tasks[index]
            let key = task.id.split(separator: "-").first.map(String.init).map { "\($0) \(task.chapter)" } ?? task.chapter
            if let at = position[key] { chapters[at].1.append(task.progress) } else {
                position[key] = chapters.count
                chapters.append((key, [task.progress]))
            }
        }
        let percentWidth = 5
        let barWidth = min(12, max(0, rect.width / 4))
        let nameWidth = max(4, rect.width - barWidth - percentWidth - 2)
        for (offset, chapter) in chapters.prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + offset
            let average = chapter.1.reduce(0, +) / max(1, chapter.1.count)
            grid.write(DisplayWidth.truncate(chapter.0, to: nameWidth, ellipsis: state.glyphs.ellipsis), x: rect.x, y: y, role: .normal)
            let filled = average * barWidth / 100
            grid.write(String(repeating: state.glyphs.bar, count: filled), x: rect.x + nameWidth + 1, y: y, role: .done)
            let percent = "\(average)%"
            grid.write(percent, x: rect.x + rect.width - percent.count, y: y, role: .normal)
        }
    }
}

private extension String {
    /// Padded with spaces to `columns` display columns.
    func padding(_ columns: Int) -> String {
        DisplayWidth.pad(self, to: columns)
    }
}
