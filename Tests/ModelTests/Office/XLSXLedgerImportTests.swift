import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// A ledger workbook as an office keeps one (a 说明 sheet, then the task sheet with a merged
/// title, chapters merged across, a leader merged down) imported field by field.
@Suite struct XLSXLedgerImportTests {
    @Test func theSheetsReadAsTheirCellsShowThem() throws {
        let sheets = try XLSXFixture.sheets("ledger")
        #expect(sheets.map(\.name) == ["说明", "任务清单"])
        let rows = sheets[1].rows
        #expect(rows.map(\.number) == Array(1...7))
        #expect(rows.map(\.isMergedAcross) == [true, false, true, false, false, true, false], "title and chapters, not the header")
        #expect(rows[0].cells == ["利通区2024年重点工作任务台账"])
        #expect(rows[1].cells == ["序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限", "进展情况", "状态", "备注"])
        #expect(rows[3].cells == ["1", "推进重点项目建设，完成投资50亿元", "张军", "区发改局", "各乡镇", "2024-06-30", "已开工建设", "推进中"])
        #expect(rows[4].cells == ["2", "加快工业园区基础设施建设", "张军", "区工信局", "区发改局\n区财政局", "2024年9月底", "完成主体工程", "已完成", "见附件"])
        #expect(rows[6].cells[1] == "实施老旧小区改造", "a shared string's rich-text runs joined, its phonetic run dropped")
    }

    @Test func aLedgerImportsFieldByField() throws {
        let parsed = try Importer.parse(Array(try XLSXFixture.data("ledger")), file: "台账.xlsx", format: .xlsx)
        let tasks = parsed.batch.tasks
        #expect(parsed.batch.documents.map(\.name) == ["利通区2024年重点工作任务台账"])
        #expect(tasks.map(\.id) == ["T24-1", "T24-2", "T24-3"])
        #expect(tasks.map(\.text) == ["推进重点项目建设，完成投资50亿元", "加快工业园区基础设施建设", "实施老旧小区改造"])
        #expect(tasks.map(\.chapter) == ["一、项目建设", "一、项目建设", "二、民生保障"])
        #expect(tasks.map(\.leaders) == [["张军"], ["张军"], ["李明"]], "the leader merged down over two rows leads both")
        #expect(tasks.map(\.leadUnits) == [["区发展和改革局"], ["区工业信息化和商务局"], ["区住房城乡建设和交通局"]])
        #expect(tasks.map(\.responsibleUnits) == [["各乡镇"], ["区发展和改革局", "区财政局"], ["区审批局"]], "a line break separates units")
        #expect(
            tasks.map(\.deadline)
                == [Day(year: 2024, month: 6, day: 30), Day(year: 2024, month: 9, day: 30), Day(year: 2024, month: 12, day: 31)],
            "a real Excel date, 2024年9月底, and 年底 in the title's year")
        #expect(parsed.batch.reports.map(\.taskID) == ["T24-1", "T24-2", "T24-3"])
        #expect(parsed.batch.reports.map(\.status) == [.inProgress, .done, .notStarted])
        #expect(parsed.batch.reports.map(\.note) == ["已开工建设", "完成主体工程", nil], "the rich-text progress reads as one text")
        #expect(parsed.notes.contains("read 任务清单 (2 of 2); 说明 not read"))
        #expect(parsed.warnings.map(\.description) == ["台账.xlsx!任务清单!E7: unknown unit “区审批局” kept as written"])
    }

    @Test func theFormatIsToldByContentThenByName() throws {
        let workbook = Array(try XLSXFixture.data("ledger"))
        #expect(ImportFormat.guess(path: "台账.zip", bytes: workbook) == .xlsx)
        let word = Array(try WordPackageBuilder.docx(body: WordPackageBuilder.paragraph("一、总体要求")))
        #expect(ImportFormat.guess(path: "台账.xlsx", bytes: word) == .docx, "a Word document named .xlsx is read as one")
        let text = Array("序号,工作任务\n".utf8)
        #expect(ImportFormat.guess(path: "台账.xlsx", bytes: text) == .xlsx)
        #expect(
            throws: LocatedError(file: "台账.xlsx", line: 0, message: "not an Excel workbook (.xlsx): the file is not a ZIP archive")
        ) {
            try Importer.parse(text, file: "台账.xlsx", format: ImportFormat.guess(path: "台账.xlsx", bytes: text))
        }
    }

    @Test func aDeadlineWithATimeIsItsDay() throws {
        let rows =
            XLSXPackageBuilder.row(1, ["序号", "工作任务", "牵头单位", "完成时限"])
            + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>推进项目建设</t></is></c>"
            + "<c r=\"C2\" t=\"inlineStr\"><is><t>区发改局</t></is></c><c r=\"D2\" s=\"1\"><v>45565.75</v></c></row>"
        let styles = "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/></cellXfs>"
        let data = try XLSXPackageBuilder.workbook(sheets: [(name: "任务清单", xml: XLSXPackageBuilder.sheet(rows))], styles: styles)
        let parsed = try Importer.parse(Array(data), file: "台账.xlsx", format: .xlsx)
        #expect(parsed.batch.tasks.map(\.deadline) == [Day(year: 2024, month: 9, day: 30)], "2024-09-30T18:00")
    }

    @Test func aWorkbookWithoutATaskSheetSaysWhatItFound() throws {
        let data = try XLSXPackageBuilder.workbook(sheets: [(name: "说明", xml: XLSXPackageBuilder.sheet(XLSXPackageBuilder.row(1, ["填表说明", "内容"])))])
        let error = #expect(throws: LocatedError.self) { try Importer.parse(Array(data), file: "台账.xlsx", format: .xlsx) }
        #expect(error?.file == "台账.xlsx!说明")
        #expect(error?.message.hasPrefix("no header names the tasks' column") == true)
    }
}
