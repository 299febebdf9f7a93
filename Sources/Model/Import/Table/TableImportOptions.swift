import Foundation

/// What the user tells the table reader: the document's name and the columns when the file
/// cannot say, and the year a deadline without one falls in.
public struct TableImportOptions: Sendable {
    /// `--document`: the name of the document the table's tasks belong to.
    public var documentName: String?
    /// `--columns`, or the config's mapping: which column holds what.
    public var columns: String?
    /// The year for `9月15日前` when neither the title nor the document name states one.
    public var fallbackYear: Int

    /// `fallbackYear` defaults to this year.
    public init(documentName: String? = nil, columns: String? = nil, fallbackYear: Int = Calendar.current.component(.year, from: Date())) {
        self.documentName = documentName
        self.columns = columns
        self.fallbackYear = fallbackYear
    }
}

/// How a table's cells are named in messages: `t.csv:7` for a CSV line, `台账.xlsx!任务清单!E12`
/// for a sheet's cell, `计划.docx!表1!C3` for a Word table's.
public struct CellPlacer: Sendable {
    /// The file, or file and sheet (`台账.xlsx!任务清单`), that the table as a whole is named by.
    public var table: String
    private let byLine: Bool

    /// Cells named by the file's line (CSV).
    public static func lines(of file: String) -> CellPlacer { CellPlacer(table: file, byLine: true) }

    /// Cells named by sheet or table and Excel's column letter and row number.
    public static func cells(of file: String, grid: String) -> CellPlacer { CellPlacer(table: "\(file)!\(grid)", byLine: false) }

    /// Where a cell is, as `LocatedError` and `ImportWarning` take it.
    func place(row: Int, column: Int?) -> (file: String, line: Int) {
        if byLine { return (table, row) }
        return ("\(table)!" + (column.map(CellRow.columnName) ?? "") + "\(row)", 0)
    }

    /// A cell as a message names another in the same table: `B5`, or `line 5` in a CSV.
    func cellName(row: Int, column: Int?) -> String {
        byLine ? "line \(row)" : (column.map(CellRow.columnName) ?? "") + "\(row)"
    }
}
