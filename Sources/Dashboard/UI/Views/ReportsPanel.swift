import ModelCore

/// The overview's 报送 panel: per lead unit, reports handed in over reports owed in the current
/// round, the units missing most first; over the filtered tasks.
enum ReportsPanel {
    /// ` 报送 2020-11-30` when one round is current, without the year when that does not fit.
    private static func title(_ state: AppState, width: Int) -> String {
        let windows = state.reporting.distinctWindows
        let name = " " + state.text(.reports)
        guard windows.count == 1 else { return name }
        let due = windows[0].window.round.due
        let full = "\(name) \(due)"
        return DisplayWidth.of(full) <= width ? full : "\(name) " + String(format: "%02d-%02d", due.month, due.day)
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        guard rect.height > 0 else { return }
        let countsHeader = state.text(.reportedOverOwed)
        let title = self.title(state, width: rect.width - DisplayWidth.of(countsHeader) - 1)
        grid.write(title, x: rect.x, y: rect.y, role: .header, limit: rect.width)
        grid.write(
            countsHeader, x: rect.x + rect.width - DisplayWidth.of(countsHeader), y: rect.y, role: .header,
            limit: rect.width - DisplayWidth.of(title))
        let units = state.leadUnitReports
            .enumerated().sorted { ($1.element.unreported, $0.offset) < ($0.element.unreported, $1.offset) }.map(\.element)
        if units.isEmpty {
            grid.write("   —", x: rect.x, y: rect.y + 1, role: .dim, limit: rect.width)
        }
        for (offset, unit) in units.prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + offset
            let counts = "\(unit.reported)/\(unit.owed)"
            let name = unit.unit ?? state.text(.noLeadUnit)
            grid.write(
                " " + DisplayWidth.truncate(name, to: rect.width - counts.count - 3, ellipsis: state.glyphs.ellipsis),
                x: rect.x, y: y, role: unit.unreported == 0 ? .dim : .normal)
            grid.write(counts, x: rect.x + rect.width - counts.count, y: y, role: unit.unreported == 0 ? .done : .behind)
        }
    }
}
