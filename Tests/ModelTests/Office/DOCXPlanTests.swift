import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// A work plan as offices write it in Word reads as the plain-text plan readers expect it.
@Suite struct DOCXPlanTests {
    @Test func thePlansHeadingsAndTasksReadWithTheirNumbersWrittenOut() throws {
        let document = try DOCXFixture.document("plan")
        #expect(
            document.paragraphs.joined(separator: "\n") == """
                利通区2024年重点工作任务分解方案
                一、总体要求
                坚持稳中求进工作总基调。
                二、重点任务
                （一）加快项目建设
                1．推进黄河流域生态保护。（责任领导：张军；牵头单位：区发改局）
                2．建设现代煤化工基地。（责任领导：张军；牵头单位：区工信局）
                （二）保障和改善民生
                1．实施乡村振兴战略。（责任领导：张军；牵头单位：区农业农村局）
                2．深化营商环境改革。（责任领导：李明；牵头单位：区审批局）
                三、保障措施
                1．加强组织领导。
                """)
    }

    @Test func thePlansTableRepeatsTheMergedLeaderAndMarksChapterRowsAsMergedAcross() throws {
        let document = try DOCXFixture.document("plan")
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.name == "表1")
        #expect(
            table.rows == [
                CellRow(number: 1, cells: ["序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限"]),
                CellRow(number: 2, cells: ["一、项目建设", "", "", "", "", ""], isMergedAcross: true),
                CellRow(number: 3, cells: ["1", "推进黄河流域生态保护。", "张军", "区发改局", "各乡镇", "6月底前"]),
                CellRow(number: 4, cells: ["2", "建设现代煤化工基地。", "张军", "区工信局", "区发改局", "9月底前"]),
                CellRow(number: 5, cells: ["3", "实施乡村振兴战略。", "张军", "区农业农村局", "各乡镇", "12月底前"]),
                CellRow(number: 6, cells: ["二、民生保障", "", "", "", "", ""], isMergedAcross: true),
                CellRow(number: 7, cells: ["4", "深化营商环境改革。", "李明", "区审批局", "区直各部门", "持续推进"])
            ])
    }

    @Test func theTableSitsBetweenTheParagraphsItCameBetween() throws {
        let blocks = try DOCXFixture.document("plan").blocks
        let tableIndex = try #require(blocks.firstIndex { if case .table = $0 { true } else { false } })
        #expect(blocks[tableIndex - 1] == .paragraph("2．深化营商环境改革。（责任领导：李明；牵头单位：区审批局）"))
        #expect(blocks[tableIndex + 1] == .paragraph("三、保障措施"))
    }
}
