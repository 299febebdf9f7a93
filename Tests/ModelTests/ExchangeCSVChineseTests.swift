import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// The CSV in Chinese (`export --format csv --lang zh`): Chinese headers and status words, read
/// back as the English one is, and told from a ledger by its header.
@Suite struct ExchangeCSVChineseTests {
    private let chineseHeader = "编号,文件,序号,案号,类别,章节,小节,工作任务,提案人,责任领导,牵头单位,责任单位,配合单位,状态,完成时限,进度,更新时间"

    private func header(_ text: String) -> CSVRow {
        CSVRow(line: 1, fields: text.components(separatedBy: ","))
    }

    @Test func writesChineseHeadersAndStatusWords() {
        let data = TaskCSV.encode([ExchangeFixtures.tasks[1]], language: .zh)
        #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let expected =
            chineseHeader + "\r\n"
            + "M8-1,吴利政办发〔2020〕8号 附件5,12,议案第1号,A,人大代表议案,,"
            + "\"关于加快\r\n城乡供水, \"\"一体化\"\"建设的议案\",王五、赵六,政府班子成员,区水务局,,,未启动,,0,\r\n"
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == expected)
    }

    @Test func hasAChineseHeaderForEveryEnglishColumnAndOnlyTheStatusChangesInRows() throws {
        #expect(Set(TaskField.allCases.map(\.chineseHeader)).count == TaskField.allCases.count)
        let english = try CSVReader.rows(in: String(decoding: TaskCSV.encode(ExchangeFixtures.tasks), as: UTF8.self), file: "en.csv")
        let chinese = try CSVReader.rows(
            in: String(decoding: TaskCSV.encode(ExchangeFixtures.tasks, language: .zh), as: UTF8.self), file: "zh.csv")
        #expect(english.count == chinese.count && english[0].fields.count == chinese[0].fields.count)
        let status = try #require(english[0].fields.firstIndex(of: "status"))
        #expect(chinese[0].fields[status] == "状态")
        for (en, zh) in zip(english.dropFirst(), chinese.dropFirst()) {
            var translated = en.fields
            translated[status] = try #require(Status(rawValue: en.fields[status])).label
            #expect(zh.fields == translated)
        }
    }

    @Test func theChineseRoundTripReturnsTheTasksAndTheSameBytes() throws {
        let data = TaskCSV.encode(ExchangeFixtures.tasks, language: .zh)
        let tasks = try TaskCSV.decode(data, file: "t.csv")
        #expect(tasks == ExchangeFixtures.tasks)
        #expect(TaskCSV.encode(tasks, language: .zh) == data)
        #expect(TaskCSV.encode(tasks) == TaskCSV.encode(ExchangeFixtures.tasks))
    }

    @Test func readsMixedHeadersStatusCodesAndWords() throws {
        let csv = "编号,document,序号,章节,text,责任领导,lead_units,责任单位,状态\n" + "T-1,d,1,一,甲,,,乙,推进中\nT-2,d,2,一,丙,,,乙,blocked\n"
        let tasks = try TaskCSV.decode(Data(csv.utf8), file: "t.csv")
        #expect(tasks.map(\.status) == [.inProgress, .blocked])
        #expect(tasks.map(\.responsibleUnits) == [["乙"], ["乙"]])
    }

    @Test func anUnknownStatusWordNamesTheLineAndTheColumnAndTheWordsItKnows() throws {
        let csv = chineseHeader + "\nT-1,d,1,,,一,,甲,,,,乙,,已完成,,,\nT-2,d,2,,,一,,甲,,,,乙,,进行中,,,\n"
        let error = try #require(throws: LocatedError.self) { try TaskCSV.decode(Data(csv.utf8), file: "t.csv") }
        #expect(error.file == "t.csv" && error.line == 3)
        #expect(error.message.hasPrefix("column 14 (状态): unknown status \"进行中\" (known: not_started, "))
        #expect(error.message.hasSuffix("; 未启动, 推进中, 已完成, 滞后, 受阻)"))
    }

    @Test func missingColumnsAreNamedInTheHeadersLanguage() {
        #expect(throws: LocatedError(file: "t.csv", line: 1, message: "missing columns: 章节, 状态")) {
            try TaskCSV.decode(Data("编号,文件,序号,工作任务,责任领导,牵头单位,责任单位\n".utf8), file: "t.csv")
        }
        #expect(throws: LocatedError(file: "t.csv", line: 1, message: "repeated column \"编号\"")) {
            try TaskCSV.decode(Data((chineseHeader + ",编号\n").utf8), file: "t.csv")
        }
    }

    @Test func theExportsHeaderInEitherLanguageIsToldFromALedgers() {
        #expect(TaskCSV.isExportHeader(header(chineseHeader)))
        #expect(TaskCSV.isExportHeader(header("编号,文件,序号,章节,工作任务,责任领导,牵头单位,责任单位,状态")))
        #expect(TaskCSV.isExportHeader(header("id,文件,number,章节,工作任务,leaders,牵头单位,responsible_units,状态")))
        #expect(TaskCSV.isExportHeader(header("id,document,number")))
        #expect(!TaskCSV.isExportHeader(header("序号,工作任务,责任领导,牵头单位,责任单位,完成时限,状态")))
        #expect(!TaskCSV.isExportHeader(header("编号,任务内容（目标）,分管领导,牵头部门,配合单位,时间节点")))
        #expect(!TaskCSV.isExportHeader(header("编号,文件,任务内容,责任领导")))
        #expect(!TaskCSV.isExportHeader(header("id,任务")))
    }

    @Test func theImporterReadsAChineseExportAsTheExportAndALedgerAsALedger() throws {
        let export = try Importer.parse(Array(TaskCSV.encode(ExchangeFixtures.tasks, language: .zh)), file: "t.csv", format: .csv)
        #expect(export.batch.mode == .replaceState)
        #expect(export.batch.tasks.map(\.id) == ExchangeFixtures.tasks.map(\.id))
        #expect(export.batch.tasks.map(\.status) == ExchangeFixtures.tasks.map(\.status))
        let ledger = "序号,工作任务,责任领导,牵头单位,完成时限,状态\n1,推进项目建设,马长军,区发展和改革局,2020年9月底,推进中\n"
        let read = try Importer.parse(Array(ledger.utf8), file: "台账.csv", format: .csv, table: .init(fallbackYear: 2020))
        #expect(read.batch.mode == .keepState)
        #expect(read.batch.tasks.map(\.text) == ["推进项目建设"])
    }
}
