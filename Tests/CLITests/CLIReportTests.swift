import Foundation
import Testing

/// `duban report` through the binary: the 台账 and the 通报 read back by openpyxl and python-docx,
/// their figures against the dashboard's own overview frame for the same store and day, and the
/// failures that leave nothing behind.
@Suite struct CLIReportTests {
    static let day = ["--today", "2020-07-01"]

    /// A store of the sample with a task behind, one done, a note and a leader's instruction.
    private func store(_ cli: CLIRunner) throws -> [String] {
        let db = ["--db", cli.path("t.sqlite")]
        #expect(try cli.run(["import", CLIRunner.gazette] + db).status == 0)
        #expect(try cli.run(["update", "P2-8", "--status", "behind", "--progress", "40"] + db).status == 0)
        #expect(try cli.run(["update", "C8-9", "--status", "done"] + db).status == 0)
        #expect(try cli.run(["update", "E11-1", "--note", "已召开联席会议"] + db).status == 0)
        #expect(try cli.run(["update", "P2-10", "--note", "请区发展和改革局牵头推进", "--instruction-by", "卓恺浩"] + db).status == 0)
        return db + Self.day
    }

    /// The numbers after each label of the overview's header: `共352 未启动349 …`.
    private func headerCounts(_ frame: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for word in frame[1].split(separator: " ") {
            let label = word.prefix { !$0.isNumber }, number = word.drop { !$0.isNumber }
            if let value = Int(number), !label.isEmpty { counts[String(label)] = value }
        }
        return counts
    }

    /// `name … pending/total` lines of the overview: the leader bars and the 报送 panel.
    private func fractions(_ line: String) -> [(name: String, a: Int, b: Int)] {
        let words = line.split(separator: " ").map(String.init)
        var found: [(String, Int, Int)] = []
        for (index, word) in words.enumerated() where index > 0 {
            let parts = word.split(separator: "/")
            if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) { found.append((words[index - 1], a, b)) }
        }
        return found
    }

    @Test func theLedgersFiguresAreTheOverviews() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try store(cli)
        let frame = try cli.run(["snapshot", "--size", "200x60"] + db, environment: ["DUBAN_LANG": "zh"]).stdout
            .components(separatedBy: "\n")
        let header = headerCounts(frame)
        let file = cli.path("台账.xlsx")
        let written = try cli.run(["report", "--output", file] + db)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == "wrote \(file) (352 tasks)\n")
        let workbook = try ReportReader.read(file)

        let summary = try ReportReader.rows(workbook, sheet: "汇总")
        let total = try #require(summary.first { $0.first == "合计" })
        #expect(total[1] == "\(header["共"]!)")
        #expect(total[2] == "\(header["已完成"]!)")
        #expect(total[5] == "\(header["逾期"]!)")
        #expect(total[4] == "\(header["滞后"]! + header["受阻"]!)", "no behind task of this store is overdue")
        #expect(Int(total[3])! == header["共"]! - header["已完成"]! - header["逾期"]! - Int(total[4])!)

        // Each leader's bar, pending/total, against the 按责任领导 table.
        let leaderStart = try #require(summary.firstIndex { $0.first == "责任领导" })
        let leaderRows = Dictionary(summary[leaderStart...].map { ($0[0], $0) }, uniquingKeysWith: { first, _ in first })
        let bars = frame.drop { !$0.contains("责任领导") }.dropFirst().prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(bars.count == 8)
        for bar in bars {
            let name = String(try #require(bar.split(separator: " ").first))
            let (_, pending, tasks) = try #require(fractions(bar).last)
            let row = try #require(leaderRows[name], "\(name) in 汇总")
            #expect(row[1] == "\(tasks)" && Int(row[1])! - Int(row[2])! == pending, "\(name)")
        }
        // The 报送 panel's reported/owed per lead unit against 未报送 by lead unit.
        let unitRows = Dictionary(summary.map { ($0[0], $0) }, uniquingKeysWith: { first, _ in first })
        // The panel's lines, above the hint and status lines (whose shown/total is no unit's).
        let panel = frame.dropLast(3).drop { !$0.contains("已报/应报") }.dropFirst().flatMap(fractions).filter { $0.b > 0 }
        #expect(panel.count >= 10)
        for (unit, reported, owed) in panel {
            let row = try #require(unitRows[unit], "\(unit) in 汇总")
            #expect(row[6] == "\(owed - reported)", "\(unit)")
        }

        let ledger = try ReportReader.sheet(workbook, "台账")
        let rows = try #require(ledger["rows"] as? [[String]])
        #expect(rows.count == 353)
        let headers = "序号 编号 文件 章节 小节 工作任务 责任领导 牵头单位 责任单位 配合单位 完成时限 状态 进度 最新进展 填报日期 填报人 领导批示 逾期 未报送"
        #expect(rows[0] == headers.split(separator: " ").map(String.init))
        #expect(ledger["freeze"] as? String == "A2" && ledger["filter"] as? String == "A1:S353" && ledger["wrapped"] as? Bool == true)
        #expect(try ReportReader.sheet(workbook, "汇总")["charts"] as? Int == 1)
        let fills = try #require(ledger["fills"] as? [String])
        let byID = Dictionary(rows.enumerated().map { ($1[1], $0) }, uniquingKeysWith: { first, _ in first })
        let behind = try #require(byID["P2-8"])
        #expect(rows[behind][11] == "滞后" && rows[behind][12] == "0.4" && fills[behind] == "FFFFEB9C")
        #expect(rows[behind][10] == "2020-11-30")
        let overdue = rows.indices.dropFirst().filter { rows[$0][17] == "逾期" }
        #expect(overdue.count == header["逾期"]!)
        #expect(overdue.allSatisfy { fills[$0] == "FFFFC7CE" })
        let noted = try #require(byID["E11-1"])
        #expect(rows[noted][13] == "已召开联席会议" && !rows[noted][15].isEmpty)
        #expect(rows[try #require(byID["P2-10"])][16] == "卓恺浩：请区发展和改革局牵头推进")
        #expect(rows.dropFirst().filter { $0[18] == "未报送" }.count == Int(total[6])!)
    }

    @Test func theBulletinNamesEveryUnitWithOverdueOrUnreportedTasks() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try store(cli)
        func tasks(_ arguments: [String]) throws -> [[String: Any]] {
            let listed = try cli.run(["list", "--format", "json"] + arguments + db)
            return try #require(try JSONSerialization.jsonObject(with: listed.stdoutData) as? [[String: Any]])
        }
        let overdue = try tasks(["--overdue"])
        let unreportedUnits = Set(try tasks(["--unreported"]).flatMap { $0["lead_units"] as? [String] ?? [] })
        #expect(!overdue.isEmpty && unreportedUnits.count > 10)

        let file = cli.path("通报.docx")
        #expect(try cli.run(["report", "--output", file] + db).status == 0)
        let document = try ReportReader.read(file)
        #expect(document["page"] as? [Double] == [21.0, 29.7])
        #expect(document["margins"] as? [Double] == [3.7, 3.5, 2.8, 2.6])
        let fonts = try #require(document["fonts"] as? [String: String])
        #expect(fonts["Title"] == "黑体" && fonts["Heading 1"] == "黑体" && fonts["Body Text"] == "仿宋")
        let paragraphs = try #require(document["paragraphs"] as? [[String]])
        #expect(paragraphs.first == ["Title", "关于重点工作任务落实督查情况的通报"])
        #expect(document["title"] as? String == "关于重点工作任务落实督查情况的通报")
        let text = ReportReader.text(document)
        #expect(text.contains("纳入督办的任务共352项（7份文件）：已完成1项，按序时推进346项，滞后1项，逾期4项"))
        for task in overdue {
            let units = (task["lead_units"] as? [String] ?? []) + (task["responsible_units"] as? [String] ?? [])
            #expect(text.contains(task["id"] as! String))
            #expect(units.contains { text.contains($0) }, "\(task["id"]!)")
        }
        let unreportedSection = text.components(separatedBy: "（三）未按时报送").last ?? ""
        for unit in unreportedUnits { #expect(unreportedSection.contains("\(unit)（"), "\(unit)") }
        #expect(text.contains("卓恺浩同志就P2-10"))

        let markdown = try cli.run(["report", "--format", "md"] + db).stdout
        #expect(markdown.hasPrefix("# 关于重点工作任务落实督查情况的通报\n"))
        #expect(markdown.contains("纳入督办的任务共352项（7份文件）：已完成1项，按序时推进346项，滞后1项，逾期4项"))
        for unit in unreportedUnits { #expect(markdown.contains("- \(unit)（")) }
        let plain = try cli.run(["report", "--format", "txt", "--leader", "马长军"] + db).stdout
        #expect(plain.contains("范围：责任领导：马长军") && plain.contains("纳入督办的任务共38项"))
    }

    @Test func theLedgerImportsBackToTheSameTasksStatusesAndNotes() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try store(cli)
        let file = cli.path("台账.xlsx")
        #expect(try cli.run(["report", "-o", file] + db).status == 0)
        func tasks(_ store: [String]) throws -> [[String: Any]] {
            let exported = try cli.run(["export", "--format", "json"] + store)
            return try #require(try JSONSerialization.jsonObject(with: exported.stdoutData) as? [[String: Any]])
        }
        let keys = [
            "id", "document", "number", "chapter", "section", "text", "leaders", "lead_units", "responsible_units", "cooperating_units",
            "deadline", "status"
        ]
        func fields(_ tasks: [[String: Any]]) -> [String] {
            tasks.map { task in keys.map { "\(task[$0] ?? "nil")" }.joined(separator: "|") }
        }
        let original = try tasks(db)

        let copy = ["--db", cli.path("copy.sqlite")]
        let imported = try cli.run(["import", file] + copy)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(fields(try tasks(copy)) == fields(original))
        let show = try cli.run(["show", "E11-1", "--format", "json"] + copy)
        let task = try #require(try JSONSerialization.jsonObject(with: show.stdoutData) as? [String: Any])
        let notes = (task["history"] as? [[String: Any]] ?? []).compactMap { $0["note"] as? String }
        #expect(notes.first == "已召开联席会议（据 台账.xlsx）", "the note, and the file it came from")

        let before = try cli.run(["export", "--format", "json"] + db).stdoutData
        let history = try cli.run(["history", "--limit", "1000"] + db).stdout
        let again = try cli.run(["import", file] + db)
        #expect(again.status == 0 && again.stdout.contains("0 history entries recorded"), "\(again.stdout)")
        #expect(try cli.run(["export", "--format", "json"] + db).stdoutData == before)
        #expect(try cli.run(["history", "--limit", "1000"] + db).stdout == history)
    }

    @Test func roundPicksTheReportRound() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try store(cli)
        let june = try cli.run(["report", "--format", "txt", "--round", "2020-06-30"] + db).stdout
        #expect(june.contains("报送轮次：2020年6月30日\n") && !june.contains("2020年11月30日"))
        let current = try cli.run(["report", "--format", "txt"] + db).stdout
        #expect(current.contains("报送轮次：2020年11月30日（自2020年7月1日起）"))
    }

    @Test func aScopeWithNoTaskSaysSo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try store(cli)
        let markdown = try cli.run(["report", "--filter", "doc:Q9"] + db)
        #expect(markdown.status == 0 && markdown.stdout.contains("范围内没有任务"))
        let file = cli.path("空.xlsx")
        #expect(try cli.run(["report", "--leader", "无此人", "-o", file] + db).status == 0)
        let rows = try ReportReader.rows(try ReportReader.read(file), sheet: "台账")
        #expect(rows.count == 2 && rows[1][0] == "范围内没有任务（责任领导：无此人）")
    }

    @Test func aPathThatCannotBeWrittenFailsInOneLineAndLeavesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try store(cli)
        let missing = cli.path("nowhere/台账.xlsx")
        let failed = try cli.run(["report", "--output", missing] + db)
        #expect(failed.status == 1 && failed.stdout.isEmpty)
        #expect(failed.stderr == "duban: cannot write \(missing): there is no directory \(cli.path("nowhere"))\n")
        #expect(!FileManager.default.fileExists(atPath: cli.path("nowhere")))

        try FileManager.default.createDirectory(atPath: cli.path("a.docx"), withIntermediateDirectories: true)
        let directory = try cli.run(["report", "--output", cli.path("a.docx")] + db)
        #expect(directory.status == 1 && directory.stderr.hasSuffix("it is a directory\n"))

        // /proc takes no new file, even from root: the library fails as it writes, and no temporary file stays.
        for format in ["xlsx", "docx", "md"] {
            let proc = try cli.run(["report", "--output", "/proc/duban-report.\(format)"] + db)
            #expect(proc.status == 1 && proc.stderr.hasPrefix("duban: cannot write /proc/duban-report.\(format): "), "\(proc.stderr)")
            #expect(proc.stderr.split(separator: "\n").count == 1)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { $0.contains("duban-report") }
        #expect(left.isEmpty)

        let unknown = try cli.run(["report", "--output", cli.path("x.pdf")] + db)
        #expect(unknown.status == 1 && unknown.stderr.contains("say which with --format"))
        let noRound = try cli.run(["report", "--round", "2020-06-15"] + db)
        #expect(noRound.stderr == "duban: no report round is due on 2020-06-15 (rounds: 2020-06-30, 2020-11-30)\n")
        let badFilter = try cli.run(["report", "--filter", "status:wat"] + db)
        #expect(badFilter.status == 1 && badFilter.stderr.hasPrefix("duban: --filter: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).filter { $0.hasPrefix(".") }.isEmpty)
    }
}
