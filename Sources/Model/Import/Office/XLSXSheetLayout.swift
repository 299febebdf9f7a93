import ModelCore

/// A sheet's rows made into a `CellGrid` as the readers give tables: a merge's value in its
/// first column and repeated down every row of it that the sheet writes, its other cells empty;
/// a row whose only value is one merge across most of the sheet marked merged across; empty rows left out.
enum XLSXSheetLayout {
    static func grid(named name: String, rows written: [XLSXSheetReader.Row], merges: [XLSXCellRange], place: String) throws(LocatedError)
        -> CellGrid
    {
        var rows = inOrder(written)
        var budget = XLSXSheetReader.cellLimit
        var acrossByRow: [Int: XLSXCellRange] = [:]
        for merge in merges {
            var index = firstIndex(in: rows, atOrAfter: merge.first.row)
            let anchorRow = index < rows.count && rows[index].number == merge.first.row ? rows[index].cells : []
            let anchor = anchorRow.indices.contains(merge.first.column) ? anchorRow[merge.first.column] : ""
            if merge.first.row == merge.last.row, merge.columns.count >= 2, !anchor.isEmpty { acrossByRow[merge.first.row] = merge }
            while index < rows.count, rows[index].number <= merge.last.row {
                let end = min(merge.last.column, rows[index].cells.count - 1)
                if merge.first.column < end {
                    for column in (merge.first.column + 1)...end { rows[index].cells[column] = "" }
                }
                if rows[index].number > merge.first.row, !anchor.isEmpty || rows[index].cells.count > merge.first.column {
                    if rows[index].cells.count <= merge.first.column {
                        rows[index].cells += Array(repeating: "", count: merge.first.column + 1 - rows[index].cells.count)
                    }
                    rows[index].cells[merge.first.column] = anchor
                }
                budget -= max(end - merge.first.column, 0) + 1
                guard budget >= 0 else {
                    throw LocatedError(
                        file: place, line: 0,
                        message: "sheet “\(name)”: its merged cells cover more than \(XLSXSheetReader.cellLimit) cells: not read")
                }
                index += 1
            }
        }
        var cellRows: [CellRow] = []
        for row in rows {
            guard let last = row.cells.lastIndex(where: { !$0.isEmpty }) else { continue }
            cellRows.append(CellRow(number: row.number, cells: Array(row.cells[...last])))
        }
        let width = cellRows.map(\.cells.count).max() ?? 0
        for index in cellRows.indices {
            guard let merge = acrossByRow[cellRows[index].number] else { continue }
            let filled = cellRows[index].cells.indices.filter { !cellRows[index].cells[$0].isEmpty }
            cellRows[index].isMergedAcross = filled == [merge.first.column] && merge.columns.count * 10 >= width * 6
        }
        return CellGrid(name: name, rows: cellRows)
    }

    /// The rows by number, each once: Excel writes them in order; a row written twice has its cells joined.
    private static func inOrder(_ rows: [XLSXSheetReader.Row]) -> [XLSXSheetReader.Row] {
        guard zip(rows, rows.dropFirst()).contains(where: { $0.number >= $1.number }) else { return rows }
        var joined: [XLSXSheetReader.Row] = []
        for row in rows.enumerated().sorted(by: { ($0.element.number, $0.offset) < ($1.element.number, $1.offset) }).map(\.element) {
            guard let last = joined.last, last.number == row.number else {
                joined.append(row)
                continue
            }
            var cells = last.cells + Array(repeating: "", count: max(row.cells.count - last.cells.count, 0))
            for (column, text) in row.cells.enumerated() where !text.isEmpty { cells[column] = text }
            joined[joined.count - 1].cells = cells
        }
        return joined
    }

    /// The index of the first row numbered `number` or later (binary search).
    private static func firstIndex(in rows: [XLSXSheetReader.Row], atOrAfter number: Int) -> Int {
        var low = 0, high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].number < number { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
