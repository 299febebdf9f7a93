import Foundation
import Testing

/// `duban units` end to end: the names a ledger uses that nobody knows, made known by an alias
/// or a new unit, a unit renamed, and a whole directory carried to another store.
@Suite struct CLIUnitsTests {
    static let ledger = """
        序号,工作任务,责任领导,牵头单位,责任单位,完成时限
        1,推进老旧小区改造,马长军,区住建局,区审批局,2020年9月底
        2,建设数字政府,赵丽亭,区审批局,各乡镇,年底
        3,推进智慧城市,赵丽亭,区数据局,区财政局,年底

        """

    @Test func unknownNamesAreListedWithTheirTasksAndAnAliasMovesThem() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try Data(Self.ledger.utf8).write(to: URL(fileURLWithPath: cli.path("台账.csv")))
        let imported = try cli.run(["import", cli.path("台账.csv")] + db)
        let csv = cli.path("台账.csv")
        #expect(
            imported.stdout.contains("\n  warning: \(csv):2, \(csv):3: unknown unit “区审批局” kept as written\n"),
            "one line for one message, naming its places")

        let units = try cli.run(["units"] + db)
        #expect(units.status == 0)
        #expect(
            units.stdout.hasPrefix(
                "Names no unit of the directory has (2):\n  区审批局  2 tasks: T1-1, T1-2 · 台账\n  区数据局  1 task: T1-3 · 台账\n"))
        #expect(units.stdout.contains("\n  区住房城乡建设和交通局  "), "every unit is listed after them")
        #expect(try cli.run(["list", "--unit", "住建局", "--format", "json"] + db).stdout.contains("\"T1-1\""))

        let alias = try cli.run(["units", "alias", "区审批局", "审批服务管理局"] + db)
        #expect(alias.stdout == "“区审批局” now names 审批服务管理局\n  2 tasks moved: 区审批局 → 区审批服务管理局\n")
        let found = try cli.run(["list", "--unit", "区审批服务管理局", "--format", "json"] + db)
        let ids = (try JSONSerialization.jsonObject(with: found.stdoutData) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids == ["T1-1", "T1-2"])
        #expect(try cli.run(["show", "T1-2"] + db).stdout.contains("单位别名：区审批局 → 区审批服务管理局"))

        let added = try cli.run(["units", "add", "区数据局", "--kind", "区直部门", "--alias", "数据局"] + db)
        #expect(added.stdout == "added 区数据局 (区直部门)\n")
        #expect(!(try cli.run(["units"] + db).stdout.contains("Names no unit")), "every name is known now")

        let renamed = try cli.run(["units", "rename", "住建局", "区住房和城乡建设局"] + db)
        #expect(renamed.stdout.hasSuffix("  1 task moved: 区住房城乡建设和交通局 → 区住房和城乡建设局\n"))
        #expect(try cli.run(["list", "--unit", "住建局"] + db).stdout.contains("T1-1  "), "the old spellings still find it")
    }

    @Test func aDirectoryCarriedToAnotherStoreReadsItsLedgerWithoutWarnings() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let first = ["--db", cli.path("a.sqlite")], second = ["--db", cli.path("b.sqlite")]
        try Data(Self.ledger.utf8).write(to: URL(fileURLWithPath: cli.path("台账.csv")))
        try cli.run(["import", cli.path("台账.csv")] + first)
        try cli.run(["units", "alias", "区审批局", "区审批服务管理局"] + first)
        try cli.run(["units", "add", "区数据局", "--kind", "department"] + first)
        let exported = try cli.run(["units", "export", cli.path("units.json")] + first)
        #expect(exported.status == 0 && exported.stdout.isEmpty)

        let carried = try cli.run(["units", "import", cli.path("units.json")] + second)
        #expect(carried.status == 0)
        #expect(carried.stdout.hasPrefix("directory from \(cli.path("units.json")): 61 units, "))
        let imported = try cli.run(["import", cli.path("台账.csv")] + second)
        #expect(imported.stdout.contains("  warnings   0\n"), "\(imported.stdout)")
        #expect(
            try cli.run(["units", "export", "-"] + second).stdout
                == String(decoding: try Data(contentsOf: URL(fileURLWithPath: cli.path("units.json"))), as: UTF8.self))
    }

    @Test func aBadDirectoryFileOrChangeSaysWhyAndChangesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try Data(Self.ledger.utf8).write(to: URL(fileURLWithPath: cli.path("台账.csv")))
        try cli.run(["import", cli.path("台账.csv")] + db)
        let before = try cli.run(["units", "export", "-"] + db).stdout
        let cases: [(String, String)] = [
            ("{\"leaders\": [], \"units\": [{\"name\": \"甲局\"}], \"groups\": []}", "not a directory of units: .units[0] has no “kind”"),
            ("{\"leaders\": [], \"units\": [", ":1: invalid JSON"),
            ("{\"leaders\": [], \"units\": [], \"groups\": []}", "a directory of units with no unit in it"),
            (
                "{\"leaders\": [], \"groups\": [], \"units\": [{\"name\": \"甲局\", \"kind\": \"other\", \"aliases\": [\"局\"]},"
                    + " {\"name\": \"乙局\", \"kind\": \"other\", \"aliases\": [\"局\"]}]}",
                "units: “局” is written for both 甲局 and 乙局; nothing changed"
            )
        ]
        for (text, message) in cases {
            try Data(text.utf8).write(to: URL(fileURLWithPath: cli.path("bad.json")))
            let refused = try cli.run(["units", "import", cli.path("bad.json")] + db)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("duban: ") && refused.stderr.contains(message), "\(refused.stderr)")
            #expect(refused.stderr.split(separator: "\n").count == 1)
        }
        let clash = try cli.run(["units", "alias", "住建局", "区财政局"] + db)
        #expect(clash.stderr.contains("“住建局” already names 区住房城乡建设和交通局"))
        let unknownKind = try cli.run(["units", "add", "区数据局", "--kind", "bureau"] + db)
        #expect(unknownKind.status != 0)
        #expect(try cli.run(["units", "export", "-"] + db).stdout == before)
        let missing = try cli.run(["units", "import", cli.path("no-such.json")] + ["--db", cli.path("new.sqlite")])
        #expect(missing.status == 1 && !FileManager.default.fileExists(atPath: cli.path("new.sqlite")), "a mistyped path creates no store")
    }
}
