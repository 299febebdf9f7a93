import Foundation
import ModelCore

/// A Word document as duban imports it: a table with a task header is read as a ledger's table,
/// with the paragraphs above it as its title rows (a 文号 among them names the document);
/// otherwise the paragraphs, numbering written out, are a plan's text for the gazette reader.
enum WordImport {
    /// The ledger's tables, each with the paragraphs before it; nil when no table names a task column.
    static func tables(_ document: WordDocument) -> [CellGrid]? {
        var above: [CellRow] = []
        var grids: [CellGrid] = []
        for block in document.blocks {
            switch block {
            case .paragraph(let text):
                above.append(CellRow(number: 0, cells: [text]))
            case .table(let grid):
                let top = grid.rows.prefix(HeaderSearch.depth)
                guard top.contains(where: { ColumnMap.recognised(in: $0.cells) != nil }) else { continue }
                grids.append(CellGrid(name: grid.name, rows: above + grid.rows))
                above = []
            }
        }
        return grids.isEmpty ? nil : grids
    }

    /// The document as text: paragraphs one a line, a table's rows one a line with its cells
    /// two spaces apart, as a plain dump prints them.
    static func text(_ document: WordDocument) -> String {
        document.blocks.map { block in
            switch block {
            case .paragraph(let text): text
            case .table(let grid): grid.rows.map { $0.cells.filter { !$0.isEmpty }.joined(separator: "  ") }.joined(separator: "\n")
            }
        }.joined(separator: "\n")
    }
}
