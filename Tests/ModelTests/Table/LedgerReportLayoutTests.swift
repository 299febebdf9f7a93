import ModelCore
import Testing

@testable import ModelImport

/// The 台账 that `duban report --format xlsx` writes reads back as its tasks: several documents
/// by the 文件 column, ids from 编号, chapters and sections from their columns, the status and
/// 最新进展 as reports, and the people's columns (进度, 填报日期, 填报人, 领导批示, 逾期, 未报送) not read.
@Suite struct LedgerReportLayoutTests {
    static let p2 = "吴利政办发〔2020〕2号"
    static let c8 = "吴利政办发〔2020〕8号 附件6"

    static let rows = [
        LedgerSheet.reportHeader,
        LedgerSheet.reportRow(
            1, id: "P2-8", document: p2, chapter: "一、稳增长", section: "（一）项目建设", text: "推进重点项目建设。", deadline: "2020-09-30",
            status: "推进中", note: "已完成立项\n正在招标"),
        LedgerSheet.reportRow(2, id: "P2-12", document: p2, chapter: "二、惠民生", text: "实施老旧小区改造。", status: "已完成"),
        LedgerSheet.reportRow(3, id: "C8-3", document: c8, chapter: "区发展和改革局（6件）", text: "关于加快物流园区建设的提案", status: "未启动")
    ]

    @Test func eachHeaderOfTheReportNamesItsRoleOrNone() throws {
        let map = try #require(ColumnMap.recognised(in: LedgerSheet.reportHeader))
        #expect(
            map.columns == [
                .number: 0, .id: 1, .document: 2, .chapter: 3, .section: 4, .text: 5, .leaders: 6, .leadUnits: 7, .responsibleUnits: 8,
                .cooperatingUnits: 9, .deadline: 10, .status: 11, .progress: 13
            ])
        for header in ["进度", "填报日期", "填报人", "领导批示", "逾期", "未报送"] {
            #expect(ColumnRole.named(by: header) == nil, "\(header) is for people")
        }
    }

    @Test func theTasksComeBackWithTheirIdsDocumentsAndChapters() throws {
        let parsed = try LedgerSheet.read(Self.rows)
        let batch = parsed.batch
        #expect(batch.documents.map(\.code) == ["P2", "C8"] && batch.documents.map(\.name) == [Self.p2, Self.c8])
        #expect(batch.tasks.map(\.id) == ["P2-8", "P2-12", "C8-3"])
        #expect(batch.tasks.map(\.number) == [8, 12, 3], "the numbers are the ids', not the running 序号")
        #expect(batch.tasks.map(\.document) == [Self.p2, Self.p2, Self.c8])
        #expect(batch.tasks.map(\.chapter) == ["一、稳增长", "二、惠民生", "区发展和改革局（6件）"])
        #expect(batch.tasks.map(\.section) == ["（一）项目建设", nil, nil])
        #expect(batch.tasks[0].leaders == ["马长军"] && batch.tasks[0].responsibleUnits == ["区财政局", "各乡镇"])
        #expect(batch.tasks.map(\.deadline) == [Day(year: 2020, month: 9, day: 30), nil, nil])
        #expect(parsed.notes == ["documents from column C: 2"])
    }

    @Test func aRowWithAnIdIsATaskEvenWithoutText() throws {
        let untitled = LedgerSheet.reportRow(4, id: "C8-72", document: Self.c8, chapter: "（4）区教育局", text: "")
        let batch = try LedgerSheet.read(Self.rows + [untitled]).batch
        #expect(batch.tasks.last?.id == "C8-72" && batch.tasks.last?.text == "", "a proposal whose 案由 the gazette left out")
    }

    @Test func theStatusAndLatestNoteAreReportsAndThePeoplesColumnsAreNot() throws {
        let batch = try LedgerSheet.read(Self.rows).batch
        #expect(
            batch.reports == [
                TaskReport(taskID: "P2-8", status: .inProgress, note: "已完成立项\n正在招标", source: "台账.xlsx"),
                TaskReport(taskID: "P2-12", status: .done, note: nil, source: "台账.xlsx"),
                TaskReport(taskID: "C8-3", status: .notStarted, note: nil, source: "台账.xlsx")
            ], "逾期 is no status, 60% and the 领导批示 no note")
    }
}
