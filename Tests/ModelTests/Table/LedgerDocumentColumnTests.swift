import ModelCore
import Testing

@testable import ModelImport

/// A ledger's 文件 column makes a document of each name in it, and its 章节 and 小节 columns give
/// each row its own chapter and section.
@Suite struct LedgerDocumentColumnTests {
    @Test func eachNameIsADocumentWithACodeOfItsOwn() throws {
        let parsed = try LedgerSheet.read([
            ["序号", "所属文件", "工作任务", "完成时限"],
            ["1", "吴利政办发〔2021〕8号 附件5", "办理议案一。", "9月15日前"],
            ["2", "吴利政办发〔2021〕8号 附件6", "办理提案一。", ""],
            ["1", "吴利政办发\n〔2021〕8号 附件6", "办理提案二。", ""],
            ["3", "", "区里自定的任务。", ""]
        ])
        let batch = parsed.batch
        #expect(batch.documents.map(\.name) == ["吴利政办发〔2021〕8号 附件5", "吴利政办发〔2021〕8号 附件6", "台账"], "a line break in a name is no new name")
        #expect(batch.documents.map(\.code) == ["P8", "P8b", "T1"], "two names giving one code do not share it")
        #expect(batch.tasks.map(\.id) == ["P8-1", "P8b-2", "P8b-1", "T1-3"], "numbered by the 序号 within each document")
        #expect(batch.tasks.first?.deadline == Day(year: 2021, month: 9, day: 15), "in the year the document's name states")
        #expect(
            parsed.notes == [
                "documents from column B: 3", "document “台账”, from the file's name: the table has no title row (--document names another)"
            ])
    }

    @Test func withoutADocumentColumnTheTableIsOneDocumentAsBefore() throws {
        let parsed = try LedgerSheet.read([["序号", "工作任务"], ["1", "任务一。"], ["2", "任务二。"]], options: .init(documentName: "吴利政发〔2021〕3号"))
        #expect(parsed.batch.documents.map(\.code) == ["P3"] && parsed.batch.tasks.map(\.id) == ["P3-1", "P3-2"])
        #expect(parsed.notes == ["document “吴利政发〔2021〕3号” (--document)"])
    }

    @Test func chapterAndSectionColumnsGiveEachRowItsOwn() throws {
        let parsed = try LedgerSheet.read([
            ["序号", "所属章节", "小节", "工作任务"],
            ["1", "一、稳增长", "（一）项目建设", "任务一。"],
            ["2", "一、稳增长", "", "任务二。"],
            ["3", "二、惠民生，\n办实事", "（一）教育", "任务三。"]
        ])
        #expect(parsed.batch.tasks.map(\.chapter) == ["一、稳增长", "一、稳增长", "二、惠民生，办实事"])
        #expect(parsed.batch.tasks.map(\.section) == ["（一）项目建设", nil, "（一）教育"], "an empty 小节 is none, not the row above's")
    }

    @Test func theNewRolesHaveHeaderWordsAndMappingNames() throws {
        #expect(["文件", "所属文件", "文件名称", "来源文件"].map(ColumnRole.named) == Array(repeating: .document, count: 4))
        #expect(["章节", "所属章节", "板块"].map(ColumnRole.named) == [.chapter, .chapter, .chapter])
        #expect(ColumnRole.named(by: "类别") == nil, "a proposal's 类别 is its answer's category, not a chapter")
        #expect(ColumnRole.named(by: "小节") == .section && ColumnRole.named(by: "任务编号") == .id)
        #expect(ColumnRole.named(by: "最新进展") == .progress && ColumnRole.named(by: "序号") == .number)
        #expect(
            try ColumnMap.parse("任务=F,编号=B,文件=C,章节=D,小节=E").columns == [.text: 5, .id: 1, .document: 2, .chapter: 3, .section: 4])
        #expect(try ColumnMap.parse("text=A,id=B,document=C,chapter=D,section=E").columns.count == 5)
    }
}
