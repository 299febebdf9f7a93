/// A Word table as it is read, row by row and cell by cell, then laid out on its grid.
struct WordTableState {
    /// How a cell takes part in a vertical merge (`w:vMerge`).
    enum VerticalMerge {
        case none
        /// `w:val="restart"`: the merge's first cell, which holds its value.
        case restart
        /// `<w:vMerge/>` or `w:val="continue"`: a cell under the merge's first.
        case continuation
    }

    /// One `w:tc`.
    struct Cell {
        var text = ""
        /// `w:gridSpan`: how many grid columns the cell covers.
        var span = 1
        var merge = VerticalMerge.none
    }

    /// One `w:tr`.
    struct Row {
        var cells: [Cell] = []
        /// `w:gridBefore`, `w:gridAfter`: grid columns left empty before and after the cells.
        var gridBefore = 0
        var gridAfter = 0
        /// `w:trPr/w:del`: a row deleted with changes tracked, which Word's final view leaves out.
        var isDeleted = false
    }

    /// The `w:gridCol`s of `w:tblGrid`.
    var gridColumns = 0
    var rows: [Row] = []
    var row = Row()
    var cell = Cell()

    mutating func finishCell(text: String) {
        cell.text = text
        row.cells.append(cell)
        cell = Cell()
    }

    mutating func finishRow() {
        rows.append(row)
        row = Row()
    }

    /// The table as a `CellGrid`: each cell's text in its first grid column, a vertical merge's
    /// value repeated down the merge, rows numbered from 1 and empty rows left out. A row is
    /// merged across when its only text is in one cell that spans at least two columns and
    /// 60 % of the table, and does not merge down.
    func grid(named name: String) -> CellGrid {
        let shown = rows.filter { !$0.isDeleted }
        let width = shown.map { row in row.gridBefore + row.cells.reduce(0) { $0 + $1.span } + row.gridAfter }
            .reduce(gridColumns, max)
        var mergeValues: [Int: String] = [:]
        var gridRows: [CellRow] = []
        for (index, row) in shown.enumerated() {
            var cells = Array(repeating: "", count: width)
            var filled: [Cell] = []
            var column = row.gridBefore
            for cell in row.cells {
                switch cell.merge {
                case .none: mergeValues[column] = nil
                case .restart: mergeValues[column] = cell.text
                case .continuation: break
                }
                cells[column] = cell.merge == .continuation ? mergeValues[column] ?? cell.text : cell.text
                if !cells[column].isEmpty { filled.append(cell) }
                column += cell.span
            }
            guard !filled.isEmpty else { continue }
            let mergedAcross = filled.count == 1 && filled[0].merge == .none && filled[0].span >= 2 && filled[0].span * 10 >= width * 6
            gridRows.append(CellRow(number: index + 1, cells: cells, isMergedAcross: mergedAcross))
        }
        return CellGrid(name: name, rows: gridRows)
    }

    /// The table's text for the cell of an outer table it is nested in: a line per row, its
    /// cells' text (merged cells once) joined by tabs.
    var text: String {
        rows.filter { !$0.isDeleted }
            .map { row in row.cells.map(\.text).filter { !$0.isEmpty }.joined(separator: "\t") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// A count of grid columns as a file states it (`w:gridSpan`, `w:gridBefore`), kept to what a table can have.
    static func columns(_ stated: Int?, least: Int) -> Int {
        min(max(stated ?? least, least), 1000)
    }
}
