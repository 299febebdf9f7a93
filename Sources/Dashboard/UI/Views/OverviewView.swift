import ModelCore
import ModelRead

/// 概览: totals, a stacked bar per leader, the units with most overdue or behind tasks, reports
/// handed in per lead unit for the current round, and progress per chapter; all over the filtered tasks.
enum OverviewView {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let figures = state.figures
        var y = rect.y
        grid.write(
            " " + (state.language == .zh ? "截至 \(state.today.day)" : "as of \(state.today.day)"), x: rect.x, y: y,
            role: .dim)
        if state.snapshot.tasks.isEmpty {
            grid.write(" " + state.text(.emptyStore), x: rect.x, y: y + 1, role: .normal, limit: rect.width)
        }
        y += 2
        // The date, a blank, the legend and a gap above the lower panels, which keep their room.
        let leaderRows = min(state.snapshot.leaders.count, max(3, rect.height - 4 - lowerPanelsMinimum))
        y = drawLeaderBars(state, figures.byLeader, rows: leaderRows, at: y, in: rect, into: &grid)
        y += 1
        let lower = Rect(x: rect.x, y: y, width: rect.width, height: rect.y + rect.height - y)
        let third = (rect.width - 4) / 3
        let (left, rest) = lower.splitLeft(third, gap: 2)
        let (middle, right) = rest.splitLeft(third, gap: 2)
        drawUnitsMostBehind(state, figures.unitsMostBehind, in: left, into: &grid)
        ReportsPanel.draw(state, in: middle, into: &grid)
        drawChapterProgress(state, figures.chapters, in: right, into: &grid)
    }

    /// Rows the three lower panels keep at the least: a heading and six entries.
    private static let lowerPanelsMinimum = 7

    /// Draws a bar per leader in `rows` rows; when there are more leaders, the last row names
    /// those left out: `另有2位：A、B`.
    private static func drawLeaderBars(
        _ state: AppState, _ bars: [Figures.Group], rows: Int, at startY: Int,
        in rect: Rect, into grid: inout Grid
    ) -> Int {
        let nameWidth = 13
        let countWidth = 8
        let barWidth = max(4, rect.width - nameWidth - countWidth - 3)
        let legend = " " + state.text(.leaderBars).padding(nameWidth)
        var x = grid.write(legend, x: rect.x, y: startY, role: .header)
        let parts: [(String, StyleRole)] = [
            (Status.done.label(state.language), .done), (Status.inProgress.label(state.language), .inProgress),
            (Status.behind.label(state.language), .behind), (state.text(.overdue), .overdue),
            (Status.notStarted.label(state.language), .notStarted)
        ]
        for (index, part) in parts.enumerated() {
            x += grid.write("\(state.glyphs.barParts[index])\(part.0) ", x: rect.x + x, y: startY, role: part.1)
        }
        let most = max(1, bars.map(\.tally.tasks).max() ?? 1)
        var y = startY + 1
        let shown = bars.count > rows ? max(0, rows - 1) : rows
        for bar in bars.prefix(shown) where y < rect.y + rect.height {
            grid.write(
                " " + DisplayWidth.truncate(bar.name ?? "", to: nameWidth - 1, ellipsis: state.glyphs.ellipsis), x: rect.x, y: y, role: .normal,
                limit: nameWidth)
            var bx = rect.x + nameWidth + 1
            let scale = Double(barWidth) / Double(most)
            var drawn = 0
            var cumulative = 0
            for (index, count) in bar.tally.byStanding.enumerated() where count > 0 {
                cumulative += count
                let end = Int((Double(cumulative) * scale).rounded())
                let cells = max(1, end - drawn)
                grid.write(
                    String(repeating: state.glyphs.barParts[index], count: cells), x: bx, y: y, role: parts[index].1,
                    limit: rect.x + nameWidth + 1 + barWidth - bx)
                bx += cells
                drawn += cells
            }
            let counts = "\(bar.tally.pending)/\(bar.tally.tasks)"
            grid.write(counts, x: rect.x + rect.width - counts.count - 1, y: y, role: .normal)
            y += 1
        }
        if bars.count > shown, y < rect.y + rect.height {
            let names = bars.dropFirst(shown).compactMap(\.name)
            let more =
                state.language == .zh
                ? "另有\(names.count)位：" + names.joined(separator: "、") : "\(names.count) more: " + names.joined(separator: ", ")
            grid.write(" " + DisplayWidth.truncate(more, to: rect.width - 2, ellipsis: state.glyphs.ellipsis), x: rect.x, y: y, role: .dim)
            y += 1
        }
        return y
    }

    private static func drawUnitsMostBehind(
        _ state: AppState, _ units: [(unit: String, count: Int)], in rect: Rect,
        into grid: inout Grid
    ) {
        guard rect.height > 0 else { return }
        grid.write(" " + state.text(.unitsMostBehind), x: rect.x, y: rect.y, role: .header, limit: rect.width)
        let top = units.prefix(min(10, rect.height - 1))
        if top.isEmpty {
            grid.write("   —", x: rect.x, y: rect.y + 1, role: .dim)
        }
        for (offset, entry) in top.enumerated() {
            let count = "\(entry.count)"
            grid.write(
                " " + DisplayWidth.truncate(entry.unit, to: rect.width - count.count - 3, ellipsis: state.glyphs.ellipsis), x: rect.x,
                y: rect.y + 1 + offset, role: .normal)
            grid.write(count, x: rect.x + rect.width - count.count - 1, y: rect.y + 1 + offset, role: .overdue)
        }
    }

    private static func drawChapterProgress(
        _ state: AppState, _ chapters: [(name: String, average: Int)], in rect: Rect,
        into grid: inout Grid
    ) {
        guard rect.height > 0 else { return }
        grid.write(state.text(.chapterProgress), x: rect.x, y: rect.y, role: .header, limit: rect.width)
        let percentWidth = 5
        let barWidth = min(12, max(0, rect.width / 4))
        let nameWidth = max(4, rect.width - barWidth - percentWidth - 2)
        for (offset, chapter) in chapters.prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + offset
            let average = chapter.average
            grid.write(DisplayWidth.truncate(chapter.name, to: nameWidth, ellipsis: state.glyphs.ellipsis), x: rect.x, y: y, role: .normal)
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
