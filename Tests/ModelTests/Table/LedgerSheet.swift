import ModelCore

@testable import ModelImport

/// A ledger's sheet built cell by cell, read as the xlsx reader's grid would be
/// (`台账.xlsx!台账!B3`), or as a CSV's lines (`台账.csv:3`).
enum LedgerSheet {
    /// The header `duban report --format xlsx` writes on its 台账 sheet.
    static let reportHeader = [
        "序号", "编号", "文件", "章节", "小节", "工作任务", "责任领导", "牵头单位", "责任单位", "配合单位", "完成时限", "状态", "进度", "最新进展",
        "填报日期", "填报人", "领导批示", "逾期", "未报送"
    ]

    /// A row under `reportHeader`: a task of `document` with the people's columns filled in,
    /// which are not to be read (进度 60%, 填报日期, 填报人, a 领导批示, 逾期, 未报送).
    static func reportRow(
        _ serial: Int, id: String, document: String, chapter: String, section: String = "", text: String, deadline: String = "",
        status: String = "", note: String = ""
    ) -> [String] {
        [
            "\(serial)", id, document, chapter, section, text, "马长军", "区发展和改革局", "区财政局、各乡镇", "", deadline, status, "60%", note,
            "2020-10-20", "王芳", "马长军：请加快进度", "逾期", "未报送"
        ]
    }

    /// `rows` (the header first) as sheet 台账 of 台账.xlsx, rows numbered from 1.
    static func read(_ rows: [[String]], byLine: Bool = false, options: TableImportOptions = .init(fallbackYear: 2020)) throws
        -> ParsedImport
    {
        let file = byLine ? "台账.csv" : "台账.xlsx"
        let grid = CellGrid(name: "台账", rows: rows.enumerated().map { CellRow(number: $0.offset + 1, cells: $0.element) })
        return try Importer.tables(
            [grid], file: file, placer: { byLine ? .lines(of: file) : .cells(of: file, grid: $0.name) }, directory: .standard, options: options)
    }
}
