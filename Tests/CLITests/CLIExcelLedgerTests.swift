import Foundation
import Testing

/// An Excel ledger through the binary, as a clerk imports it: made by openpyxl
/// (`Tests/ModelTests/Office/Fixtures/make_xlsx.py`), imported, its unknown unit made known,
/// and the same ledger imported again adding nothing (next month's changes: LedgerReportStoreTests).
@Suite struct CLIExcelLedgerTests {
    /// Writes the script's `fixture` as `name` in the scratch directory, in place of any file there.
    static func ledger(_ cli: CLIRunner, as name: String, fixture: String = "ledger") throws -> String {
        let script = CLIRunner.packageRoot.appendingPathComponent("Tests/ModelTests/Office/Fixtures/make_xlsx.py").path
        let made = try CLIRunner.execute(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, cli.directory.path, fixture],
            environment: ProcessInfo.processInfo.environment, directory: cli.directory.path)
        try #require(made.status == 0, "make_xlsx.py: \(made.stderr)")
        let path = cli.path(name)
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: cli.path("\(fixture).xlsx"), toPath: path)
        return path
    }

    @Test func anExcelLedgerImportsAndImportingItAgainAddsNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        let october = try Self.ledger(cli, as: "台账-10月.xlsx")
        let imported = try cli.run(["import", october] + db)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("    T24  利通区2024年重点工作任务台账  3 tasks\n"))
        #expect(imported.stdout.contains("  read 任务清单 (2 of 2); 说明 not read\n"))
        #expect(imported.stdout.contains("  warning: \(october)!任务清单!E7: unknown unit “区审批局” kept as written"))
        #expect(imported.stdout.contains("progress   3 rows with a status or 进展情况, 4 history entries recorded"))

        let listed = try cli.run(["list", "--format", "json"] + db)
        let tasks = try JSONSerialization.jsonObject(with: listed.stdoutData) as? [[String: Any]] ?? []
        #expect(tasks.compactMap { $0["id"] as? String } == ["T24-1", "T24-2", "T24-3"])
        #expect(tasks.compactMap { $0["status"] as? String } == ["in_progress", "done", "not_started"])
        #expect(tasks.compactMap { $0["deadline"] as? String } == ["2024-06-30", "2024-09-30", "2024-12-31"])
        #expect(try cli.run(["show", "T24-2"] + db).stdout.contains("完成主体工程（据 台账-10月.xlsx）"))

        let again = try cli.run(["import", october] + db)
        #expect(again.stdout.contains("0 history entries recorded"), "the same ledger twice records nothing")
        #expect(again.stdout.contains("(new 0, changed 0, unchanged 3)"))

        try cli.run(["units", "alias", "区审批局", "区审批服务管理局"] + db)
        #expect(try cli.run(["list", "--unit", "审批服务管理局"] + db).stdout.contains("T24-3  "))
    }
}
