import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// A Word plan whose tasks are a table: imported as a ledger, field by field, its title from the
/// paragraphs above the table; a Word plan of paragraphs is read by the gazette reader.
@Suite struct DOCXLedgerImportTests {
    @Test func aWordTableImportsFieldByField() throws {
        let parsed = try Importer.parse(Array(try DOCXFixture.data("plan")), file: "plan.docx", format: .docx)
        let tasks = parsed.batch.tasks
        #expect(parsed.batch.documents.map(\.name) == ["利通区2024年重点工作任务分解方案"])
        #expect(tasks.map(\.id) == ["T24-1", "T24-2", "T24-3", "T24-4"])
        #expect(tasks.map(\.chapter) == ["一、项目建设", "一、项目建设", "一、项目建设", "二、民生保障"], "gridSpan'd rows head the tasks")
        #expect(tasks.map(\.leaders) == [["张军"], ["张军"], ["张军"], ["李明"]], "the vMerge'd leader repeats")
        #expect(tasks.map(\.leadUnits) == [["区发展和改革局"], ["区工业信息化和商务局"], ["区农业农村局"], ["区审批局"]])
        #expect(tasks.map(\.responsibleUnits) == [["各乡镇"], ["区发展和改革局"], ["各乡镇"], ["区直各部门"]])
        #expect(
            tasks.map(\.deadline)
                == [Day(year: 2024, month: 6, day: 30), Day(year: 2024, month: 9, day: 30), Day(year: 2024, month: 12, day: 31), nil],
            "6月底前 in the title's year; 持续推进 is no date")
        #expect(parsed.warnings.map(\.description) == ["plan.docx!表1!D7: unknown unit “区审批局” kept as written"])
    }

    @Test func aWordPlanOfParagraphsIsReadAsText() throws {
        let document = WordDocument(blocks: [
            .paragraph("吴利政办发〔2021〕6号"), .paragraph("关于印发2021年重点工作任务的通知"),
            .table(CellGrid(name: "表1", rows: [CellRow(number: 1, cells: ["说明", "内容"])]))
        ])
        #expect(WordImport.tables(document) == nil, "a table without a task header is no ledger")
        #expect(WordImport.text(document) == "吴利政办发〔2021〕6号\n关于印发2021年重点工作任务的通知\n说明  内容")
    }
}
