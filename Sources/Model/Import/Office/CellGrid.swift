/// A table of cells as a spreadsheet sheet or a Word table holds it, with the places a message
/// about a cell must name: the readers of `.xlsx` and `.docx` give these, the tabular importer
/// reads them.
public struct CellGrid: Equatable, Sendable {
    /// The sheet's name (`任务清单`), or for a Word table `表1`, `表2`, … in document order.
    public var name: String
    /// The rows that hold anything, in order; empty rows are left out.
    public var rows: [CellRow]

    public init(name: String, rows: [CellRow]) {
        self.name = name
        self.rows = rows
    }
}

/// One row of a `CellGrid`.
public struct CellRow: Equatable, Sendable {
    /// 1-based: Excel's row number (gaps where rows are empty), or the row's place in a Word table.
    public var number: Int
    /// The cells by column, 0-based (column A is 0); "" for an empty cell. A line break inside
    /// a cell is "\n". A value merged down (Excel's merge, Word's vMerge) is repeated in every
    /// row of the merge, in the merge's first column; the merge's other columns are "".
    public var cells: [String]
    /// True when the row's content is one cell merged across the table (a chapter or section
    /// heading in a ledger): one merge of one row spanning at least two columns and at least
    /// 60 % of the table's used columns, with every cell outside it empty.
    public var isMergedAcross: Bool

    public init(number: Int, cells: [String], isMergedAcross: Bool = false) {
        self.number = number
        self.cells = cells
        self.isMergedAcross = isMergedAcross
    }

    /// Excel's name of a 0-based column: 0 → A, 25 → Z, 26 → AA.
    public static func columnName(_ column: Int) -> String {
        var name = "", n = column + 1
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
