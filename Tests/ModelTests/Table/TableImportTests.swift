import Foundation
import ModelCore
import Testing

@testable import ModelImport

/// Tables read by their Chinese headers: a CSV ledger here; the xlsx and docx readers hand the
/// same reader their grids.
@Suite struct TableImportTests {
    static func csv(_ text: String, file: String = "台账.csv", options: TableImportOptions = .init(fallbackYear: 2020)) throws
        -> ParsedImport
    {
        try Importer.parse(Array(text.utf8), file: file, format: .csv, table: options)
    }

    static let ledger = """
        序号,工作任务,责任领导,牵头单位,责任单位,完成时限,进展情况,状态
        一、经济发展,,,,,,,
        1,加快重点项目建设。,张军,区住建局,各乡镇,2021年9月底,已开工,推进中
        2,推进招商引资。,"李四、王五",区发改局,"区住建局
        区财政局",9月15日前,,
        （一）营商环境,,,,,,,
        3,持续优化营商环境。,张军,区发改局,区直各部门,长期坚持,,进度滞后
        4,建设示范区。,张军,某某新设中心,区发改局,年底,,

        """

    @Test func aLedgerWithChineseHeadersGivesTasksUnderItsHeadings() throws {
        let parsed = try Self.csv(Self.ledger)
        let tasks = parsed.batch.tasks
        #expect(tasks.map(\.id) == ["T1-1", "T1-2", "T1-3", "T1-4"])
        #expect(tasks.map(\.chapter) == ["一、经济发展", "一、经济发展", "一、经济发展", "一、经济发展"])
        #expect(tasks.map(\.section) == [nil, nil, "（一）营商环境", "（一）营商环境"])
        #expect(tasks[0].leadUnits == ["区住房城乡建设和交通局"], "区住建局 is resolved through the Directory")
        #expect(tasks[1].leaders == ["李四", "王五"])
        #expect(tasks[1].responsibleUnits == ["区住房城乡建设和交通局", "区财政局"], "a line break in a cell separates names")
        #expect(
            tasks.map(\.deadline) == [
                Day(year: 2021, month: 9, day: 30), Day(year: 2021, month: 9, day: 15), nil, Day(year: 2021, month: 12, day: 31)
            ], "9月15日前 in the table's year")
        #expect(parsed.warnings.map(\.description) == ["台账.csv:8: unknown unit “某某新设中心” kept as written"])
        #expect(parsed.notes == ["document “台账”, from the file's name: the table has no title row (--document names another)"])
        #expect(
            parsed.batch.reports == [
                TaskReport(taskID: "T1-1", status: .inProgress, note: "已开工", source: "台账.csv"),
                TaskReport(taskID: "T1-3", status: .behind, note: nil, source: "台账.csv")
            ])
    }

    @Test func synonymsTitleRowsAndADocumentNumberNameTheDocument() throws {
        let text = """
            吴利政办发〔2021〕5号 重点任务分解表,,,,
            编号,任务内容（目标）,分管领导,牵头部门,配合单位,时间节点
            1,抓好春季造林。,马长军,区自然资源局,各乡镇,2021.4.30

            """
        let parsed = try Self.csv(text)
        let task = try #require(parsed.batch.tasks.first)
        #expect(task.id == "P5-1" && task.document == "吴利政办发〔2021〕5号 重点任务分解表")
        #expect(task.leaders == ["马长军"] && task.cooperatingUnits == ["各乡镇"] && task.deadline == Day(year: 2021, month: 4, day: 30))
        #expect(parsed.notes.first?.contains("from its 文号") == true)
        let named = try Self.csv(text, options: .init(documentName: "2021年造林台账", fallbackYear: 2020))
        #expect(named.batch.documents.map(\.code) == ["T21"] && named.batch.tasks.first?.document == "2021年造林台账")
    }

    @Test func aHeaderNobodyCanTellNamesItsColumnsAndHowToMapThem() throws {
        let text = "号,事项,领导,单位\n1,抓好春季造林。,马长军,区自然资源局\n"
        #expect(throws: LocatedError.self) { try Self.csv(text) }
        do {
            _ = try Self.csv(text)
        } catch let error as LocatedError {
            #expect(error.description.hasPrefix("台账.csv: no header names the tasks' column"))
            #expect(error.description.contains("the columns found: A=号 B=事项 C=领导 D=单位"))
            #expect(error.description.contains("--columns 任务=B"))
        }
        let mapped = try Self.csv(text, options: .init(columns: "任务=B,领导=C,牵头=D,序号=A", fallbackYear: 2020))
        #expect(mapped.batch.tasks.map(\.text) == ["抓好春季造林。"])
        #expect(mapped.batch.tasks.first?.leadUnits == ["区自然资源局"])
    }

    @Test func aColumnMappingIsCheckedWithItsProblemNamed() throws {
        #expect(throws: LocatedError(file: "--columns", line: 0, message: "“任务B” is not ROLE=COLUMN (e.g. 任务=B)")) {
            try ColumnMap.parse("任务B")
        }
        #expect(throws: LocatedError.self) { try ColumnMap.parse("职务=B") }
        #expect(throws: LocatedError(file: "--columns", line: 0, message: "name the column of the tasks' text (任务=B)")) {
            try ColumnMap.parse("领导=C")
        }
        #expect(try ColumnMap.parse("text=B, 领导=AA").columns == [.text: 1, .leaders: 26])
        #expect(try ColumnMap.parse("任务=工作任务", header: ["序号", "工作任务"]).columns == [.text: 1])
    }

    @Test func headerWordsAndStatusWords() {
        #expect(ColumnRole.named(by: "责任单位（部门）") == .responsibleUnits)
        #expect(ColumnRole.named(by: "区级责任领导") == .leaders)
        #expect(ColumnRole.named(by: "工作任务及目标") == .text)
        #expect(ColumnRole.named(by: "完成\n时限") == .deadline)
        #expect(ColumnRole.named(by: "说明") == nil)
        #expect(LedgerStatus.status(in: "已完成") == .done)
        #expect(LedgerStatus.status(in: "未按期完成") == .behind)
        #expect(LedgerStatus.status(in: "正在推进") == .inProgress)
        #expect(LedgerStatus.status(in: "尚未启动") == .notStarted)
        #expect(LedgerStatus.status(in: "受阻") == .blocked)
        #expect(LedgerStatus.status(in: "不详") == nil)
    }

    @Test func theExportShapeResolvesNamesAndReadsChineseDates() throws {
        let text = """
            id,document,number,chapter,text,leaders,lead_units,responsible_units,status,deadline
            X2-1,某办发〔2020〕2号,1,一、,任务一,张军,区住建局,住建局,not_started,2020年9月底
            X2-2,某办发〔2020〕2号,2,一、,任务二,张军,不存在的局,各乡镇,not_started,9月15日前

            """
        let parsed = try Self.csv(text, file: "t.csv")
        #expect(parsed.batch.tasks.map(\.leadUnits) == [["区住房城乡建设和交通局"], ["不存在的局"]])
        #expect(parsed.batch.tasks.first?.responsibleUnits == ["区住房城乡建设和交通局"])
        #expect(
            parsed.batch.tasks.map(\.deadline) == [Day(year: 2020, month: 9, day: 30), Day(year: 2020, month: 9, day: 15)],
            "the year from the document's number")
        #expect(parsed.warnings.map(\.description) == ["t.csv:3: unknown unit “不存在的局” kept as written"])
    }
}
