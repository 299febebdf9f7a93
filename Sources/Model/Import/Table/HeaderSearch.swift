import ModelCore

/// Finds a table's header row: the first of its top rows that names the tasks' text and one
/// other role. The rows above it are its title.
struct HeaderSearch {
    /// How many rows from the top a header may be found in.
    static let depth = 30

    let grid: CellGrid
    let placer: CellPlacer

    /// The header row's index and the map it gives; with a mapping given, the first row whose
    /// cells name roles (a header the user maps around) or none.
    func header(mapping: ColumnMap?) throws(LocatedError) -> (index: Int?, map: ColumnMap) {
        let top = grid.rows.prefix(Self.depth)
        if let mapping {
            if let stated = mapping.headerRow {
                return (grid.rows.lastIndex { $0.number <= stated }, mapping)
            }
            return (top.firstIndex { isHeaderLike($0, mapping) }, mapping)
        }
        for (index, row) in top.enumerated() where !row.isMergedAcross {
            if let map = ColumnMap.recognised(in: row.cells) { return (index, map) }
        }
        throw LocatedError(file: placer.table, line: 0, message: unrecognisedMessage(Array(top)))
    }

    /// One line naming the columns of the likeliest header row (the top row with the most
    /// filled cells) and how to map them.
    private func unrecognisedMessage(_ top: [CellRow]) -> String {
        guard let likely = top.filter({ !$0.isMergedAcross }).max(by: { filled($0) < filled($1) }) else {
            return "the table is empty"
        }
        let found = likely.cells.enumerated().filter { !$0.element.isEmpty }
            .map { "\(CellRow.columnName($0.offset))=\(SafeText.excerpt(ColumnRole.normalised($0.element)))" }
        let known = likely.cells.enumerated().compactMap { cell in ColumnRole.named(by: cell.element).map { (cell.offset, $0) } }
        let textColumn = known.first { $0.1 == .text }.map { CellRow.columnName($0.0) } ?? "B"
        let example = ([(ColumnRole.text, textColumn)] + known.filter { $0.1 != .text }.map { ($0.1, CellRow.columnName($0.0)) })
            .prefix(4).map { "\($0.0.mappingNames[0])=\($0.1)" }.joined(separator: ",")
        return "no header names the tasks' column (工作任务, 任务内容, 重点任务…); the columns found: "
            + found.joined(separator: " ") + "; name them with --columns \(example) (or `columns = \"…\"` in the config)"
    }

    /// With the user's mapping and no row named: the first row whose text cell is a short label
    /// (`事项`, not a task's sentence) or whose cells name roles.
    private func isHeaderLike(_ row: CellRow, _ mapping: ColumnMap) -> Bool {
        guard !row.isMergedAcross else { return false }
        if row.cells.contains(where: { ColumnRole.named(by: $0) != nil }) { return true }
        let text = mapping.value(.text, in: row.cells)
        return !text.isEmpty && text.count <= 12 && !"。；;.".contains(text.last ?? " ")
    }

    private func filled(_ row: CellRow) -> Int { row.cells.filter { !$0.isEmpty }.count }
}
