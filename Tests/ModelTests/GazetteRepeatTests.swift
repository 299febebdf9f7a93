import Testing

@testable import ModelImport

/// An attachment that prints a plan's tasks again as a table is skipped as a repeat, never
/// imported twice; a table of other tasks is still read.
@Suite struct GazetteRepeatTests {
    private static func plan(table rows: [String]) -> String {
        """
        吴利政办发〔2022〕3号
        利通区人民政府办公室关于印发2022年重点工作任务分工方案的通知
        各乡镇人民政府，区直各部门：
        现将《2022年重点工作任务分工方案》印发给你们，请认真抓好落实。
        利通区人民政府办公室
        2022年2月10日
        2022年重点工作任务分工方案
        一、稳住经济大盘
        1.全力推进重点项目建设，确保固定资产投资增长8%。
        责任领导：周 斌
        牵头单位：区发展和改革局
        责任单位：各乡镇
        2.抓好招商引资，全年引进项目30个以上。
        责任领导：周 斌
        牵头单位：区工业信息化和商务局
        责任单位：区直各部门
        3.实施城镇老旧小区改造，完成改造小区12个。
        责任领导：韩 梅
        牵头单位：区住房城乡建设和交通局
        责任单位：胜利镇、金积镇
        附件1
                       2022年重点工作任务分工清单
        序号   工作任务                                     责任领导     牵头单位               责任单位
        \(rows.joined(separator: "\n"))
        """
    }

    @Test func aTableOfTheSameTasksIsSkippedAsARepeat() throws {
        let text = Self.plan(table: [
            "1      全力推进重点项目建设，确保固定资产投资增长8%。     周斌         区发展和改革局         各乡镇",
            "2      抓好招商引资，全年引进项目30个以上。              周斌         区工业信息化和商务局   区直各部门",
            "3      实施城镇老旧小区改造，完成改造小区12个。          韩梅         区住房城乡建设和交通局 胜利镇、金积镇"
        ])
        let parsed = try GazetteImporter.parse(text, file: "plan.txt")
        #expect(parsed.tasks.count == 3)
        #expect(parsed.tasks.map(\.leaders) == [["周斌"], ["周斌"], ["韩梅"]])
        let skipped = try #require(parsed.recognised.first?.skipped.first { $0.part == "附件1" })
        #expect(skipped.reason == "repeats the 3 tasks of its text (3 of 3 found)")
    }

    @Test func aTableOfOtherTasksIsRead() throws {
        let text = Self.plan(table: [
            "1      开展营商环境评价，形成评价报告。                  周斌         区发展和改革局         区直各部门",
            "2      推行工程建设项目审批告知承诺制。                  韩梅         区审批服务管理局       区自然资源局",
            "3      建成区级政务服务中心综合窗口。                    韩梅         区审批服务管理局       各乡镇"
        ])
        let parsed = try GazetteImporter.parse(text, file: "plan.txt")
        #expect(parsed.tasks.count == 6)
        #expect(parsed.recognised.first?.skipped.contains { $0.part == "附件1" } == false)
    }

    @Test func theBundledPlansTaskTableIsARepeat() throws {
        let plan = try #require(GazetteFixture.parsed.recognised.first { $0.name == "吴利政办发〔2020〕2号" })
        let skipped = try #require(plan.skipped.first { $0.part == "附件1" })
        #expect(skipped.reason == "repeats the 99 tasks of its text (99 of 99 found)")
    }
}
