import Foundation
import Testing

/// `list`, `show`, `update`, the default store and the help texts.
@Suite struct CLIListTests {
    private func ids(_ cli: CLIRunner, _ arguments: [String]) throws -> [String] {
        let result = try cli.run(["list", "--format", "json"] + arguments)
        let tasks = try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]] ?? []
        return tasks.compactMap { $0["id"] as? String }
    }

    @Test func filtersByLeaderUnitTownStatusAndDocument() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        #expect(try ids(cli, db + ["--leader", "马长军", "--document", "P2"]).count == 27)
        #expect(try ids(cli, db + ["--leader", "邵 锋", "--document", "P2"]).count == 11)
        let byAlias = try ids(cli, db + ["--unit", "发改局"])
        #expect(byAlias == (try ids(cli, db + ["--unit", "区发展和改革局"])))
        #expect(byAlias.contains("P2-1") && byAlias.contains("S7-1"))
        let town = try ids(cli, db + ["--town", "胜利镇", "--document", "P2"])
        #expect(town.contains("P2-6"))  // named directly
        #expect(town.contains("P2-1"))  // through 各乡镇
        #expect(!town.contains("P2-7"))  // 各涉农乡镇 leaves out the urban towns
        #expect(try ids(cli, db + ["--town", "金积镇", "--document", "P2"]).contains("P2-7"))
        try cli.run(["update", "P2-2", "--status", "done"] + db)
        #expect(try ids(cli, db + ["--status", "已完成"]) == ["P2-2"])
        #expect(try ids(cli, db + ["--status", "done"]) == ["P2-2"])
        #expect(try ids(cli, db + ["--document", "吴利政办发〔2020〕11号"]).count == 10)
    }

    @Test func overdueDependsOnToday() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        #expect(try ids(cli, db + ["--overdue", "--today", "2020-06-01"]) == ["E11-1", "E11-2", "E11-3", "E11-4"])
        #expect(try ids(cli, db + ["--overdue", "--today", "2020-12-01"]).count == 352 - 62)
        let table = try cli.run(["list", "--overdue", "--today", "2020-06-01"] + db)
        #expect(table.stdout.hasSuffix("4/352 tasks · today 2020-06-01\n"))
        #expect(table.stdout.contains("E11-1  not started·overdue  2020-05-31"))
        let bad = try cli.run(["list", "--today", "2020-13-01"] + db)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--today must be a date YYYY-MM-DD"))
    }

    @Test func theTableIsAlignedByDisplayWidth() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        let lines = try cli.run(["list", "--document", "N8"] + db).stdout.split(separator: "\n").dropLast()
        // The text column starts at the same display column on every line.
        let starts = lines.map { line -> Int in
            let prefix = line.components(separatedBy: "  关于").first!
            return prefix.reduce(0) { $0 + (($1.unicodeScalars.first!.value >= 0x2E80) ? 2 : 1) }
        }
        #expect(Set(starts.dropFirst()).count == 1)
    }

    @Test func updateSignsWithTheLoginNameAndRefusesStaleVersions() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        let login = try cli.run(["show", "P2-1"] + db, environment: ["USER": "someone-else"])
        #expect(login.status == 0)
        let updated = try cli.run(
            ["update", "P2-1", "--status", "in_progress", "--progress", "30"] + db,
            environment: ["USER": "someone-else", "LOGNAME": "someone-else"])
        #expect(updated.stdout == "P2-1: in progress (in_progress), 30%, version 1\n")
        let whoami = Process()
        whoami.executableURL = URL(fileURLWithPath: "/usr/bin/id")
        whoami.arguments = ["-un"]
        let pipe = Pipe()
        whoami.standardOutput = pipe
        try whoami.run()
        let name = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try cli.run(["show", "P2-1"] + db).stdout.contains("  \(name)  not started→in progress  0%→30%"))

        let stale = try cli.run(["update", "P2-1", "--status", "done", "--if-version", "0"] + db)
        #expect(stale.status == 1)
        #expect(stale.stderr.hasPrefix("duban: task P2-1 was changed meanwhile (version 1, expected 0) by \(name) at "))
        #expect(try cli.run(["update", "P2-1", "--status", "done", "--if-version", "1"] + db).status == 0)
        let unknown = try cli.run(["update", "X9-1", "--status", "done"] + db)
        #expect(unknown.status == 1 && unknown.stderr == "duban: no task with id X9-1\n")
        #expect(try cli.run(["update", "P2-1", "--progress", "150"] + db).status != 0)
    }

    @Test func theDefaultStoreIsSeededWithTheSampleAtItsDemoDate() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let listed = try cli.run(["list", "--document", "P2"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.hasSuffix("99/352 tasks · today 2020-07-01 (demo date)\n"))
        #expect(FileManager.default.fileExists(atPath: cli.path("data/duban/duban.sqlite")))
        let frame = try cli.run(["snapshot", "--size", "100x30"], environment: ["DUBAN_LANG": "zh"])
        #expect(frame.stdout.hasPrefix(" 督办看板 · 概览   7份文件   今天 2020-07-01（演示日期）"))
        let dashboard = try cli.run([])
        #expect(dashboard.status == 1)
        #expect(dashboard.stderr == "duban: the dashboard needs a terminal, but standard input or output is not one\n")
        #expect(try cli.run(["list", "--today", "2020-06-01", "--document", "P2"]).stdout.hasSuffix("today 2020-06-01\n"))
        // A store named explicitly is neither made nor seeded by a command that reads it.
        let named = try cli.run(["list", "--db", cli.path("empty.sqlite")])
        #expect(named.status == 1 && named.stderr.hasPrefix("duban: no store at \(cli.path("empty.sqlite")) (from --db)"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("empty.sqlite")))
    }

    @Test(arguments: [
        [], ["import"], ["export"], ["list"], ["show"], ["update"], ["history"], ["snapshot"], ["tui"],
        ["rounds", "show"], ["rounds", "set"], ["simulate"], ["init"]
    ])
    func everyCommandHasHelp(command: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let help = try cli.run(command + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: duban"))
        // Every command but init (which makes a store in a directory) works on --db.
        #expect(help.stdout.contains("--db <path>") == !(command.isEmpty || command == ["init"]))
    }
}

/// `duban history`: what changed, by whom, newest first.
@Suite struct CLIHistoryTests {
    @Test func listsChangesNewestFirstAndFiltersByActorAndDay() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        #expect(try cli.run(["history"] + db).stdout == "no changes recorded\n")
        try cli.run(["update", "P2-1", "--status", "in_progress", "--progress", "20"] + db)
        try cli.run(["update", "C8-9", "--note", "已对接提案人"] + db)
        let lines = try cli.run(["history"] + db).stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("C8-9  ") && lines[0].contains("note  “已对接提案人”"))
        #expect(lines[1].hasPrefix("P2-1  ") && lines[1].contains("not started→in progress  0%→20%"))
        #expect(try cli.run(["history", "--actor", "nobody"] + db).stdout == "no changes recorded\n")
        #expect(try cli.run(["history", "--since", "2999-01-01"] + db).stdout == "no changes recorded since 2999-01-01\n")
        #expect(try cli.run(["history", "--limit", "1"] + db).stdout.split(separator: "\n").count == 1)
    }
}
