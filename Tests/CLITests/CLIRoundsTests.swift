import Foundation
import Testing

/// `duban rounds`, `duban rounds set` and `duban list --unreported`.
@Suite struct CLIRoundsTests {
    @Test func roundsShowTheCurrentRoundAndCountsPerLeadUnit() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite"), "--today", "2020-07-01"]
        try cli.run(["import", CLIRunner.gazette] + db.prefix(2))
        try cli.run(["update", "P2-1", "--note", "已报送上半年情况", "--db", cli.path("t.sqlite")])
        let shown = try cli.run(["rounds"] + db)
        #expect(shown.status == 0)
        #expect(
            shown.stdout.contains(
                "P2  吴利政办发〔2020〕2号: 2 rounds\n    2020-06-30\n"
                    + "  * 2020-11-30  current round, reports from 2020-07-01 · reported 1/99\n"))
        #expect(shown.stdout.contains("      区发展和改革局  "))
        #expect(shown.stdout.contains("  1/16\n"))
        #expect(shown.stdout.contains("S7  吴利政办发〔2020〕7号: no report rounds\n"))

        let unreported = try cli.run(["list", "--unreported", "--format", "json"] + db)
        let tasks = try JSONSerialization.jsonObject(with: unreported.stdoutData) as? [[String: Any]] ?? []
        let ids = tasks.compactMap { $0["id"] as? String }
        #expect(ids.count == 98)
        #expect(!ids.contains("P2-1") && ids.allSatisfy { $0.hasPrefix("P2-") })
    }

    @Test func setReplacesADocumentsRoundsByCodeOrName() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite"), "--today", "2020-07-01"]
        try cli.run(["import", CLIRunner.gazette] + db.prefix(2))
        let set = try cli.run(["rounds", "set", "吴利政办发〔2020〕11号", "2020-12-31", "2020-06-30"] + db.prefix(2))
        #expect(set.status == 0)
        #expect(set.stdout == "E11 吴利政办发〔2020〕11号: rounds 2020-06-30, 2020-12-31\n")
        let shown = try cli.run(["rounds"] + db)
        #expect(shown.stdout.contains("  * 2020-12-31  current round, reports from 2020-07-01 · reported 0/10\n"))
        try cli.run(["rounds", "set", "p2", "2020-09-30"] + db.prefix(2))
        #expect(try cli.run(["rounds"] + db).stdout.contains("  * 2020-09-30  current round, every report counts · reported 0/99\n"))

        let unknown = try cli.run(["rounds", "set", "X9", "2020-06-30"] + db.prefix(2))
        #expect(unknown.status != 0)
        #expect(unknown.stderr == "duban: no document “X9” (the store has C8, E11, N8, P13, P14, P2, S7)\n")
        let badDay = try cli.run(["rounds", "set", "P2", "2020-06-31"] + db.prefix(2))
        #expect(badDay.status != 0)
        #expect(badDay.stderr.contains("a round's due day must be a date YYYY-MM-DD"))
    }
}
