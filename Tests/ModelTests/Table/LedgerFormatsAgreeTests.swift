import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// One ledger, as offices keep it in different files, imports to the same tasks field by field:
/// the Word plan's table (`plan.docx`, made by make_docx.py), the same as an Excel sheet with
/// merged cells (`plan.xlsx`, make_xlsx.py), and the same rows as a CSV saved by Excel in GB18030
/// with Chinese headers, a title row and chapter rows.
@Suite struct LedgerFormatsAgreeTests {
    static let csv = """
        利通区2024年重点工作任务分解方案,,,,,
        序号,工作任务,责任领导,牵头单位,责任单位,完成时限
        一、项目建设,,,,,
        1,推进黄河流域生态保护。,张军,区发改局,各乡镇,6月底前
        2,建设现代煤化工基地。,张军,区工信局,区发改局,9月底前
        3,实施乡村振兴战略。,张军,区农业农村局,各乡镇,12月底前
        二、民生保障,,,,,
        4,深化营商环境改革。,李明,区审批局,区直各部门,持续推进

        """

    @Test func theWordTableTheExcelSheetAndTheGB18030CSVGiveTheSameTasks() throws {
        let word = try Importer.parse(Array(try DOCXFixture.data("plan")), file: "plan.docx", format: .docx)
        let excel = try Importer.parse(Array(try XLSXFixture.data("plan")), file: "plan.xlsx", format: .xlsx)
        #expect(excel.batch.tasks == word.batch.tasks, "the sheet's merges read as the Word table's")
        #expect(excel.batch.documents == word.batch.documents)
        #expect(excel.warnings.map(\.description) == ["plan.xlsx!分解方案!D8: unknown unit “区审批局” kept as written"])
        let bytes = try ExchangeFixtures.gb18030(Self.csv.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(String(bytes: bytes, encoding: .utf8) == nil, "the CSV is really GB18030")
        let csv = try Importer.parse(bytes, file: "台账.csv", format: .csv)

        #expect(csv.batch.documents == word.batch.documents)
        #expect(csv.batch.tasks.count == 4)
        for (fromCSV, fromWord) in zip(csv.batch.tasks, word.batch.tasks) {
            #expect(fromCSV.id == fromWord.id)
            #expect(fromCSV.text == fromWord.text)
            #expect(fromCSV.chapter == fromWord.chapter && fromCSV.section == fromWord.section)
            #expect(fromCSV.leaders == fromWord.leaders)
            #expect(fromCSV.leadUnits == fromWord.leadUnits)
            #expect(fromCSV.responsibleUnits == fromWord.responsibleUnits)
            #expect(fromCSV.deadline == fromWord.deadline)
        }
        #expect(csv.batch.tasks == word.batch.tasks, "and every other field")
        #expect(csv.batch.tasks.map(\.leadUnits) == [["区发展和改革局"], ["区工业信息化和商务局"], ["区农业农村局"], ["区审批局"]])
        #expect(csv.warnings.map(\.description) == ["台账.csv:8: unknown unit “区审批局” kept as written"])
        #expect(word.warnings.map(\.description) == ["plan.docx!表1!D7: unknown unit “区审批局” kept as written"])
    }
}
