import Foundation
import ModelCore
import Testing

/// `show`, `history`, `rounds` and `units` with `--format json`, read back with Foundation's
/// JSONSerialization and checked against the store as `export` gives it.
@Suite struct CLIFormatJSONTests {
    /// The JSON a command wrote, after checking it succeeded and said nothing on stderr.
    private func json(_ cli: CLIRunner, _ arguments: [String], environment: [String: String] = [:]) throws -> Any {
        let result = try cli.run(arguments, environment: environment)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: result.stdoutData)
    }

    private func object(_ cli: CLIRunner, _ arguments: [String]) throws -> [String: Any] {
        try #require(try json(cli, arguments) as? [String: Any])
    }

    private func array(_ cli: CLIRunner, _ arguments: [String]) throws -> [[String: Any]] {
        try #require(try json(cli, arguments) as? [[String: Any]])
    }

    /// A store of the bundled gazette, as `--db` arguments.
    private func gazetteStore(_ cli: CLIRunner) throws -> [String] {
        let db = ["--db", cli.path("t.sqlite")]
        #expect(try cli.run(["import", CLIRunner.gazette] + db).status == 0)
        return db
    }

    /// Whether two values JSONSerialization read are the same.
    private func same(_ a: Any?, _ b: Any?) -> Bool {
        (a as? NSObject) == (b as? NSObject)
    }

    @Test func showGivesTheSampleTaskWithEveryExportFieldAndWhatItDerives() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let shown = try object(cli, ["show", "p2-8", "--format", "json"])
        let exported = try #require(try array(cli, ["export", "--format", "json"]).first { $0["id"] as? String == "P2-8" })
        #expect(Set(shown.keys) == Set(exported.keys).union(["status_label", "version", "overdue", "history"]))
        for (key, value) in exported {
            #expect(same(shown[key], value), "\(key)")
        }
        #expect(shown["document"] as? String == "吴利政办发〔2020〕2号" && shown["number"] as? Int == 8)
        #expect(shown["leaders"] as? [String] == ["马长军"] && shown["lead_units"] as? [String] == ["区发展和改革局"])
        #expect(shown["responsible_units"] as? [String] == ["区直各部门", "各直属事业单位", "各乡镇"])
        #expect(shown["section"] as? String == "（一）精心谋划抓项目" && shown["case_number"] is NSNull)
        #expect(shown["deadline"] as? String == "2020-11-30" && shown["updated_at"] is NSNull)
        #expect(shown["status"] as? String == "not_started" && shown["status_label"] as? String == "未启动")
        #expect(shown["version"] as? Int == 0 && shown["overdue"] as? Bool == false, "not yet at the demo date 2020-07-01")
        #expect((shown["history"] as? [Any])?.isEmpty == true)
        #expect(try object(cli, ["show", "P2-8", "--format", "json", "--today", "2020-12-01"])["overdue"] as? Bool == true)
        let text = try cli.run(["show", "P2-8", "--format", "text"]).stdout
        #expect(text == (try cli.run(["show", "P2-8"]).stdout) && text.hasPrefix("P2-8  吴利政办发〔2020〕2号 task 8"))
    }

    @Test func showAfterAnUpdateHasItsEntryFirst() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try gazetteStore(cli)
        #expect(try cli.run(["update", "P2-8", "--status", "in_progress", "--progress", "40", "--note", "三个项目开工"] + db).status == 0)
        let updated = try object(cli, ["show", "P2-8", "--format", "json"] + db)
        let update = try #require((updated["history"] as? [[String: Any]])?.first)
        #expect(update["task_id"] as? String == "P2-8" && update["actor"] as? String == Actor.current())
        #expect(update["kind"] as? String == "update" && update["note"] as? String == "三个项目开工" && update["leader"] is NSNull)
        #expect(update["old_status"] as? String == "not_started" && update["new_status"] as? String == "in_progress")
        #expect(update["old_progress"] as? Int == 0 && update["new_progress"] as? Int == 40)
        let at = try #require(update["at"] as? String)
        #expect(at.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) != nil, "\(at)")
        #expect(updated["updated_at"] as? String == at)
        #expect(updated["status"] as? String == "in_progress" && updated["status_label"] as? String == "推进中")
        #expect(updated["progress"] as? Int == 40 && updated["version"] as? Int == 1)

        #expect(try cli.run(["update", "P2-8", "--note", "月底前开工", "--instruction-by", "马长军"] + db).status == 0)
        let instructed = try object(cli, ["show", "P2-8", "--format", "json"] + db)
        let history = try #require(instructed["history"] as? [[String: Any]])
        #expect(history.count == 2 && history[0]["kind"] as? String == "instruction" && history[0]["leader"] as? String == "马长军")
        #expect(history[0]["note"] as? String == "月底前开工" && history[0]["new_status"] is NSNull && history[0]["new_progress"] is NSNull)
        #expect(same(history[1], update), "the older entry follows, unchanged")
    }

    @Test func historyGivesTheEntriesNewestFirst() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try gazetteStore(cli)
        try cli.run(["update", "P2-1", "--status", "behind"] + db)
        try cli.run(["update", "P2-8", "--progress", "20"] + db)
        try cli.run(["update", "C8-9", "--note", "已召开联席会议"] + db)
        let entries = try array(cli, ["history", "--format", "json"] + db)
        #expect(entries.map { $0["task_id"] as? String } == ["C8-9", "P2-8", "P2-1"])
        #expect(entries[0]["kind"] as? String == "note" && entries[0]["note"] as? String == "已召开联席会议")
        #expect(entries[2]["old_status"] as? String == "not_started" && entries[2]["new_status"] as? String == "behind")
        #expect(entries[2]["old_progress"] is NSNull && entries[2]["new_progress"] is NSNull)
        let shown = try object(cli, ["show", "P2-8", "--format", "json"] + db)
        #expect(same(shown["history"], [entries[1]]), "show and history write an entry alike")
        #expect(try array(cli, ["history", "--format", "json", "--limit", "1"] + db).count == 1)
        let none = try cli.run(["history", "--format", "json", "--since", "2999-01-01"] + db)
        #expect(none.status == 0 && none.stdout == "[]\n")
        #expect(try array(cli, ["history", "--format", "json", "--actor", "nobody"] + db).isEmpty)
    }

    @Test func roundsGiveEveryDocumentItsRoundsAndTheCurrentOnesReports() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try gazetteStore(cli)
        try cli.run(["update", "P2-1", "--note", "已报送上半年情况"] + db)
        let tasks = try array(cli, ["export", "--format", "json"] + db)
        let rounds = try object(cli, ["rounds", "--format", "json", "--today", "2020-07-01"] + db)
        #expect(rounds["today"] as? String == "2020-07-01")
        let documents = try #require(rounds["documents"] as? [[String: Any]])
        #expect(documents.map { $0["code"] as? String } == ["C8", "E11", "N8", "P13", "P14", "P2", "S7"])
        let s7 = try #require(documents.first { $0["code"] as? String == "S7" })
        #expect(s7["name"] as? String == "吴利政办发〔2020〕7号" && s7["rounds"] as? [String] == [] && s7["current_round"] is NSNull)
        let p2 = try #require(documents.first { $0["code"] as? String == "P2" })
        #expect(p2["rounds"] as? [String] == ["2020-06-30", "2020-11-30"])
        let current = try #require(p2["current_round"] as? [String: Any])
        #expect(current["due"] as? String == "2020-11-30" && current["reports_from"] as? String == "2020-07-01")
        let p2Tasks = tasks.filter { ($0["id"] as? String)?.hasPrefix("P2-") == true }
        #expect(current["owed"] as? Int == p2Tasks.count && current["reported"] as? Int == 1)
        let units = try #require(current["lead_units"] as? [[String: Any]])
        for unit in units {
            let name = try #require(unit["unit"] as? String)
            let owed = p2Tasks.filter { ($0["lead_units"] as? [String])?.contains(name) == true }.count
            #expect(unit["owed"] as? Int == owed, "\(name)")
        }
        let development = try #require(units.first { $0["unit"] as? String == "区发展和改革局" })
        #expect(development["reported"] as? Int == 1 && development["owed"] as? Int == 16)
        let unreported = try array(cli, ["list", "--unreported", "--format", "json", "--today", "2020-07-01"] + db)
        #expect(unreported.count == p2Tasks.count - 1)
    }

    @Test func unitsGiveTheUnknownNamesAndEveryUnitWithItsCounts() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try gazetteStore(cli)
        let tasks = try array(cli, ["export", "--format", "json"] + db)
        func naming(_ name: String, in keys: [String]) -> [[String: Any]] {
            tasks.filter { task in keys.contains { (task[$0] as? [String])?.contains(name) == true } }
        }
        let allUnits = ["lead_units", "responsible_units", "cooperating_units"]
        let report = try object(cli, ["units", "--format", "json"] + db)
        let unknown = try #require(report["unknown_names"] as? [[String: Any]])
        #expect(!unknown.isEmpty)
        for name in unknown {
            let named = naming(try #require(name["name"] as? String), in: allUnits)
            #expect(name["task_ids"] as? [String] == named.compactMap { $0["id"] as? String })
            #expect(Set(name["documents"] as? [String] ?? []) == Set(named.compactMap { $0["document"] as? String }))
        }
        let units = try #require(report["units"] as? [[String: Any]])
        for unit in units {
            let name = try #require(unit["name"] as? String)
            #expect(unit["tasks"] as? Int == naming(name, in: allUnits).count, "\(name)")
            #expect(unit["lead_tasks"] as? Int == naming(name, in: ["lead_units"]).count, "\(name)")
        }
        let development = try #require(units.first { $0["name"] as? String == "区发展和改革局" })
        #expect(development["kind"] as? String == "department" && development["kind_label"] as? String == "区直部门")
        #expect((development["aliases"] as? [String])?.contains("发改局") == true)
        #expect(development["groups"] as? [String] == ["区直各部门"])
        let town = try #require(units.first { $0["name"] as? String == "金积镇" })
        #expect(town["kind"] as? String == "town" && town["kind_label"] as? String == "乡镇")
    }

    @Test func theJSONIsTheSameInEitherLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try gazetteStore(cli)
        try cli.run(["update", "P2-8", "--status", "blocked", "--note", "资金未到位"] + db)
        for command in [["show", "P2-8"], ["history"], ["rounds"], ["units"]] {
            let arguments = command + ["--format", "json", "--today", "2020-07-01"] + db
            let english = try cli.run(arguments).stdoutData
            #expect(!english.isEmpty, "\(command)")
            #expect(try cli.run(arguments, environment: ["DUBAN_LANG": "zh"]).stdoutData == english, "\(command)")
            #expect(try cli.run(arguments + ["--lang", "zh"]).stdoutData == english, "\(command)")
        }
    }

    @Test func failuresAreOneLineOnStderrAndNothingOnStdout() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try gazetteStore(cli)
        let unknown = try cli.run(["show", "X9-9", "--format", "json"] + db)
        #expect(unknown.status == 1 && unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("duban: ") && unknown.stderr.contains("X9-9") && unknown.stderr.filter { $0 == "\n" }.count == 1)
        let missing = ["--db", cli.path("nowhere/duban.sqlite")]
        for command in [["show", "P2-8"], ["history"], ["rounds"], ["units"]] {
            let result = try cli.run(command + ["--format", "json"] + missing)
            #expect(result.status == 1 && result.stdout.isEmpty, "\(command)")
            #expect(result.stderr.hasPrefix("duban: no store at ") && result.stderr.filter { $0 == "\n" }.count == 1, "\(command)")
        }
        let wrong = try cli.run(["units", "--format", "xml"] + db)
        #expect(wrong.status != 0 && wrong.stdout.isEmpty)
    }
}
