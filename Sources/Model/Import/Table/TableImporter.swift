import Foundation
import ModelCore

/// Reads the tasks of a table — a ledger's sheet, a Word table, a CSV with Chinese headers — by
/// its header row: headings between the rows (or 章节 and 小节 columns) become chapters and
/// sections, a 文件 column names each row's document and a 编号 column of ids (`P2-8`) its id
/// (`TableDocuments`), units are resolved through the Directory as a gazette's are, deadlines
/// read as Chinese dates, and a ledger's status and 进展情况 columns become reports for the store
/// to record.
struct TableImporter {
    let directory: Directory
    let options: TableImportOptions

    /// The documents of `grid` and their tasks.
    func read(_ grid: CellGrid, file: String, placer: CellPlacer) throws(LocatedError) -> TableImport {
        let mapping = try options.columns.map { spec throws(LocatedError) in try ColumnMap.parse(spec, header: grid.rows.first?.cells ?? []) }
        var (headerIndex, map) = try HeaderSearch(grid: grid, placer: placer).header(mapping: mapping)
        let above = headerIndex.map { Array(grid.rows[..<$0]) } ?? []
        let naming = DocumentNaming(given: options.documentName, titleRows: above, file: file)
        var rows = TableRowTask.rows(of: grid, headerIndex: headerIndex, map: map)
        if let numbering = IDColumn.numbering(map, rows: rows) {
            map = numbering
            rows = TableRowTask.rows(of: grid, headerIndex: headerIndex, map: map)
        }
        guard !rows.isEmpty else {
            throw LocatedError(file: placer.table, line: 0, message: "the table has a header but no task rows under it")
        }
        let documents = try TableDocuments(rows: rows, map: map, naming: naming, file: file, placer: placer)
        var notes = documents.notes
        if mapping != nil {
            let row = headerIndex.map { "row \(grid.rows[$0].number)" } ?? "none"
            notes.append("columns from --columns; header: \(row) (表头=N in --columns names another)")
        }
        let tableYear = naming.year ?? Self.commonYear(grid.rows.map { map.value(.deadline, in: $0.cells) }) ?? options.fallbackYear
        var units = UnitListReader(directory: directory, file: file)
        var tasks: [Task] = []
        var reports: [TaskReport] = []
        for (row, placement) in zip(rows, documents.placements) {
            let document = documents.documents[placement.document]
            let number = placement.number
            let year = documents.years[placement.document] ?? tableYear
            let values = map.values(in: row.row.cells)
            func cell(_ role: ColumnRole) -> String { values[role] ?? "" }
            /// One name a line, as a cell writes a list: the lines joined as the documents' 、 would.
            func names(_ role: ColumnRole) -> String {
                let text = cell(role)
                return text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: "、") : text
            }
            func list(_ role: ColumnRole) -> [String] {
                units.file = placer.place(row: row.row.number, column: map.columns[role]).file
                return units.units(names(role), line: placer.place(row: row.row.number, column: nil).line)
            }
            let id = "\(document.code)-\(number)"
            let deadline = deadline(cell(.deadline), year: year, place: placer.place(row: row.row.number, column: map.columns[.deadline]), &units)
            tasks.append(
                Task(
                    id: id, document: document.name, number: number, chapter: row.chapter, section: row.section, text: row.text,
                    leaders: units.leaders(names(.leaders), line: 0),
                    leadUnits: list(.leadUnits), responsibleUnits: list(.responsibleUnits), cooperatingUnits: list(.cooperatingUnits),
                    deadline: deadline))
            let status = LedgerStatus.status(in: cell(.status))
            if !cell(.status).isEmpty, status == nil {
                let place = placer.place(row: row.row.number, column: map.columns[.status])
                units.warnings.append(
                    ImportWarning(
                        file: place.file, line: place.line,
                        message: "状态 “\(SafeText.excerpt(cell(.status)))” is no status duban knows; left as it was"))
            }
            let note = cell(.progress)
            if status != nil || !note.isEmpty {
                reports.append(TaskReport(taskID: id, status: status, note: note.isEmpty ? nil : note, source: file))
            }
        }
        return TableImport(documents: documents.documents, tasks: tasks, reports: reports, warnings: units.warnings, notes: notes)
    }

    /// The year the deadline cells state most often (`2020年9月底`, `2020/9/30`): a plan's year,
    /// for its `9月15日前`, when neither title nor name states one.
    static func commonYear(_ cells: [String]) -> Int? {
        let years = cells.compactMap { cell in
            DocumentNaming.year(in: cell) ?? Int(cell.prefix(4)).flatMap { (1990...2100).contains($0) ? $0 : nil }
        }
        return Dictionary(grouping: years, by: { $0 }).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key
    }

    /// A 完成时限 cell's date; nil when empty or open-ended (长期坚持, 持续推进, 全年), and nil with a
    /// warning naming the cell when it is no date at all.
    private func deadline(_ text: String, year: Int, place: (file: String, line: Int), _ units: inout UnitListReader) -> Day? {
        guard !text.isEmpty, !DeadlineReader.statesNoDate(text) else { return nil }
        guard let day = DeadlineReader.deadline(inField: text, year: year) else {
            units.warnings.append(
                ImportWarning(file: place.file, line: place.line, message: "完成时限 “\(SafeText.excerpt(text))” is not a date; the task has none"))
            return nil
        }
        return day
    }
}

/// What a table gave: its documents, their tasks, the ledger's reports, and what to tell the user.
struct TableImport {
    var documents: [Document]
    var tasks: [Task]
    var reports: [TaskReport]
    var warnings: [ImportWarning]
    /// Where the documents' names came from, which sheet was read, and the like.
    var notes: [String]
}
