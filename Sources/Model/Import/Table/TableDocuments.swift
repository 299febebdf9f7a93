import ModelCore

/// The documents a table's task rows belong to, and each row's number in its document.
///
/// Without a 文件 column, one document named as the table is (`DocumentNaming`); with one, a
/// document for each name in it, in the order they first appear (a row whose cell is empty
/// belongs to the table's). A document's code is the one its rows' 编号 ids state (`P2-8`: `P2`),
/// else the one its name gives (`〔2020〕8号`: `P8`), made unique across the table; its tasks'
/// numbers are the ids', else the 序号 column's as `TableNumbering` reads it.
struct TableDocuments {
    /// In the order they first appear.
    let documents: [Document]
    /// Per task row, in order: its document's index in `documents`, and its number there.
    let placements: [(document: Int, number: Int)]
    /// The year each document's name states, for deadlines without one.
    let years: [Int?]
    /// Where the documents' names came from.
    let notes: [String]

    /// Fails, naming the cells, when a row's id is not of its document's code, when two
    /// documents' ids state one code, or when an id is written twice.
    init(rows: [TableRowTask], map: ColumnMap, naming: DocumentNaming, file: String, placer: CellPlacer) throws(LocatedError) {
        var names: [String] = []
        var indexes: [String: Int] = [:]
        let members = rows.map { row in
            let cell = TableRowTask.oneLine(map.value(.document, in: row.row.cells))
            let name = cell.isEmpty ? naming.name : cell
            if let index = indexes[name] { return index }
            indexes[name] = names.count
            names.append(name)
            return names.count - 1
        }
        let namings = names.map { $0 == naming.name ? naming : DocumentNaming(given: $0, titleRows: [], file: file) }
        let ids = IDCells(rows: rows, map: map, placer: placer)
        let stated = try ids.statedCodes(members: members, names: names)
        var claimed = DocumentCodes(taken: Set(stated.values))
        let codes = names.indices.map { stated[$0] ?? claimed.claim(namings[$0].code) }
        let numbers = try ids.numbers(members: members, documents: names.count, stated: stated) { indices in
            TableNumbering.numbers(indices.map { map.value(.number, in: rows[$0].row.cells) })
        }
        documents = names.indices.map { Document(code: codes[$0], name: names[$0], title: namings[$0].title, defaultDeadline: nil) }
        placements = zip(members, numbers).map { (document: $0, number: $1) }
        years = namings.map(\.year)
        notes =
            (map.columns[.document].map { ["documents from column \(CellRow.columnName($0)): \(names.count)"] } ?? [])
            + (indexes[naming.name] == nil ? [] : naming.notes)
    }
}
