/// Whether a 编号 column gives the tasks' ids or only numbers them: duban's own ledger writes
/// `P2-8` there, a real office's often `1`, `2`, `3` as a 序号 does.
enum IDColumn {
    /// `map` with its 编号 column read as numbers when a filled cell of it is no id (`TaskCode`):
    /// as the 序号 column when the map has none, else not read. Nil when the map needs no change.
    static func numbering(_ map: ColumnMap, rows: [TableRowTask]) -> ColumnMap? {
        guard let column = map.columns[.id] else { return nil }
        let cells = rows.map { map.value(.id, in: $0.row.cells) }
        guard cells.contains(where: { !$0.isEmpty && TaskCode($0) == nil }) else { return nil }
        var numbering = map
        numbering.columns[.id] = nil
        if numbering.columns[.number] == nil { numbering.columns[.number] = column }
        return numbering
    }
}
