import ModelCore

/// The groups panel: leaders, units or towns with pending/total counts and a small bar;
/// headings between kinds of unit.
struct GroupListWidget {
    let state: AppState
    let rows: [GroupRow]
    let header: Label
    /// What the two numbers of a row count: `待办/共计`, or `未报/应报` in 未报送.
    let countsHeader: Label
    let selectedKey: String?
    let offset: Int
    let focused: Bool
    /// What an empty list says.
    var emptyText: Label = .noTasks

    func draw(in rect: Rect, into grid: inout Grid) {
        guard rect.height > 0 else { return }
        // As wide as the widest `pending/total`: a count cut short (28662/326 for 28662/32638)
        // would be read as another number.
        let countWidth = max(Self.countWidth, rows.map { Self.counts($0).count }.max() ?? 0)
        let barWidth = rect.width >= 30 ? Self.barWidth : 0
        let nameWidth = max(4, rect.width - countWidth - barWidth - 3)
        grid.write(" " + state.text(header), x: rect.x, y: rect.y, role: .header, limit: nameWidth + 1)
        let countsHeader = state.text(self.countsHeader)
        grid.write(
            countsHeader, x: rect.x + nameWidth + 2 + max(0, countWidth - DisplayWidth.of(countsHeader)), y: rect.y,
            role: .header, limit: rect.width - nameWidth - 2)
        if rows.isEmpty, rect.height > 1 {
            grid.write(" " + state.text(emptyText), x: rect.x, y: rect.y + 1, role: .dim, limit: rect.width)
        }
        let most = max(1, rows.map(\.pending).max() ?? 1)
        for line in 0..<max(0, rect.height - 1) {
            let index = offset + line
            guard index < rows.count else { break }
            let row = rows[index]
            let y = rect.y + 1 + line
            guard let key = row.key else {
                grid.write(row.title, x: rect.x, y: y, role: .accent, limit: rect.width)
                continue
            }
            let isSelected = key == selectedKey
            if isSelected { grid.write(String(state.glyphs.selectionMark), x: rect.x, y: y, role: .accent) }
            grid.write(
                DisplayWidth.truncate(row.title, to: nameWidth, ellipsis: state.glyphs.ellipsis), x: rect.x + 1, y: y,
                role: row.pending == 0 ? .dim : .normal, limit: nameWidth)
            let counts = Self.counts(row)
            grid.write(
                String(repeating: " ", count: max(0, countWidth - counts.count)) + counts,
                x: rect.x + nameWidth + 2, y: y, role: .normal, limit: countWidth)
            if barWidth > 0 {
                let filled = row.pending == 0 ? 0 : max(1, row.pending * barWidth / most)
                grid.write(
                    String(repeating: state.glyphs.bar, count: filled), x: rect.x + nameWidth + countWidth + 3, y: y,
                    role: .inProgress, limit: barWidth)
            }
            if isSelected {
                grid.restyle(x: rect.x + 1, y: y, count: rect.width - 1, role: focused ? .selected : .selectedInactive)
            }
        }
    }

    /// The columns `pending/total` takes at the least, and the bar after it.
    private static let countWidth = 9
    private static let barWidth = 6

    /// The panel width that shows names `widest` columns wide whole, beside counts and bar.
    static func width(forNames widest: Int) -> Int {
        widest + countWidth + barWidth + 3
    }

    private static func counts(_ row: GroupRow) -> String {
        "\(row.pending)/\(row.total)"
    }
}
