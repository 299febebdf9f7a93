import Foundation
import Testing

/// The 台账 in the layout `duban report --format xlsx` writes (two documents on sheet 台账, a 汇总
/// of figures after it), made by openpyxl (`Tests/ModelTests/Office/Fixtures/make_xlsx.py`):
/// imported into an empty store with its ids, documents, chapters and notes; imported again adding
/// nothing; edited by a unit (one status, one note) adding exactly that task's history.
@Suite struct CLIReportLedgerTests {
    /// `duban history`'s lines, by the task they are of.
    static func history(_ cli: CLIRunner, _ db: [String]) throws -> [String: [String]] {
        let lines = try cli.run(["history"] + db).stdout.split(separator: "\n").map(String.init)
        return Dictionary(grouping: lines) { String($0.prefix { $0 != " " }) }
    }

    @Test func theReportsLedgerImportsIntoAnEmptyStoreAndBackIntoItsOwn() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("new.sqlite")]
        let ledger = try CLIExcelLedgerTests.ledger(cli, as: "台账.xlsx", fixture: "report_ledger")
        let imported = try cli.run(["import", ledger] + db)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("    P2  吴利政办发〔2020〕2号  2 tasks\n    C8  吴利政办发〔2020〕8号 附件6  2 tasks\n"))
        #expect(imported.stdout.contains("  read 台账 (1 of 2); 汇总 not read\n"))

        let exported = try cli.run(["export", "--format", "json"] + db)
        let tasks = try JSONSerialization.jsonObject(with: exported.stdoutData) as? [[String: Any]] ?? []
        func field(_ key: String) -> [String?] { tasks.map { $0[key] as? String } }
        #expect(field("id") == ["P2-8", "P2-12", "C8-3", "C8-5"])
        #expect(field("document") == ["吴利政办发〔2020〕2号", "吴利政办发〔2020〕2号", "吴利政办发〔2020〕8号 附件6", "吴利政办发〔2020〕8号 附件6"])
        #expect(field("chapter") == ["一、稳增长", "二、惠民生", "一、经济发展", "二、乡村振兴"])
        #expect(field("section") == ["（一）项目建设", nil, nil, nil])
        #expect(field("deadline") == ["2020-09-30", nil, "2020-09-15", "2020-06-30"], "date cells read as their dates")
        #expect(field("status") == ["in_progress", "done", "not_started", "behind"], "逾期 is not read as a status")
        #expect(tasks.first?["responsible_units"] as? [String] == ["区财政局", "各乡镇"])

        let history = try Self.history(cli, db)
        #expect(
            history["P2-8"]?.contains { $0.contains("note  “已完成立项 正在招标（据 台账.xlsx）”") } == true, "the wrapped note, its line break shown as a space")
        #expect(history.values.joined().allSatisfy { !$0.contains("请加快进度") && !$0.contains("60%") }, "领导批示 and 进度 are for people")

        let again = try cli.run(["import", ledger] + db)
        #expect(again.stdout.contains("(new 0, changed 0, unchanged 4)") && again.stdout.contains(" 0 history entries recorded"))
        #expect(try Self.history(cli, db) == history, "the same ledger again records nothing")

        _ = try CLIExcelLedgerTests.ledger(cli, as: "台账.xlsx", fixture: "report_ledger_edited")
        let edited = try cli.run(["import", ledger] + db)
        #expect(edited.stdout.contains("(new 0, changed 1, unchanged 3)") && edited.stdout.contains(" 2 history entries recorded"))
        let after = try Self.history(cli, db)
        #expect(after.filter { $0.key != "C8-5" } == history.filter { $0.key != "C8-5" }, "no other task's history changed")
        #expect(after["C8-5"]?.count == (history["C8-5"]?.count ?? 0) + 2)
        #expect(after["C8-5"]?.first?.contains("note  “资金已到位， 开始施工（据 台账.xlsx）”") == true)
        #expect(after["C8-5"]?.dropFirst().first?.contains("behind→in progress") == true)
    }
}
