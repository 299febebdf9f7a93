import Foundation
import ModelCore

/// A task row of the table, with the chapter and section it belongs to.
struct TableRowTask {
    var row: CellRow
    var text: String
    var chapter: String
    var section: String?

    /// The task rows under the header (a repeated header skipped), those with text or an id:
    /// their chapter and section from the 章节 and 小节 columns when the map has them, else from
    /// the heading rows above.
    static func rows(of grid: CellGrid, headerIndex: Int?, map: ColumnMap) -> [TableRowTask] {
        var rows: [TableRowTask] = []
        var chapter = "", section: String?
        let header = headerIndex.map { grid.rows[$0].cells }
        for row in grid.rows[((headerIndex ?? -1) + 1)...] where row.cells != header {
            if let heading = TableHeading(row, map: map) {
                if heading.isSection {
                    section = heading.text
                } else {
                    chapter = heading.text
                    section = nil
                }
                continue
            }
            let text = map.value(.text, in: row.cells)
            // A row without text is a task only when its 编号 says so (a proposal with no 案由 in the gazette).
            guard !text.isEmpty || TaskCode(map.value(.id, in: row.cells)) != nil else { continue }
            let ownChapter = map.columns[.chapter] == nil ? chapter : oneLine(map.value(.chapter, in: row.cells))
            let ownSection = map.columns[.section] == nil ? section : oneLine(map.value(.section, in: row.cells))
            rows.append(TableRowTask(row: row, text: text, chapter: ownChapter, section: ownSection?.isEmpty == false ? ownSection : nil))
        }
        return rows
    }

    /// A name's cell as one line, its line breaks (Alt+Enter) taken out as a heading's are.
    static func oneLine(_ cell: String) -> String {
        cell.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    }
}
