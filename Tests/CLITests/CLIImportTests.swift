import Foundation
import ModelRead
import ModelStore
import Testing

/// `duban import` end to end, through the real binary.
@Suite struct CLIImportTests {
    @Test func importsEveryTaskOfTheSevenLists() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        let imported = try cli.run(["import", CLIRunner.gazette, "--db", db])
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("tasks      352 (new 352, changed 0, unchanged 0)"))
        #expect(imported.stdout.contains("warnings   24"))
        #expect(imported.stdout.contains("litong-gazette-2020-no1.txt:455: “农业农村局文化旅游体育广电局” is 2 unit names run together"))

        let export = try cli.run(["export", "--db", db, "--format", "json"])
        let tasks = try #require(try JSONSerialization.jsonObject(with: export.stdoutData) as? [[String: Any]])
        #expect(tasks.count == 352)
        var perDocument: [String: Int] = [:]
        for task in tasks { perDocument[task["document"] as! String, default: 0] += 1 }
        #expect(
            perDocument == [
                "吴利政办发〔2020〕2号": 99, "吴利政办发〔2020〕7号": 18, "吴利政办发〔2020〕8号 附件5": 32,
                "吴利政办发〔2020〕8号 附件6": 149, "吴利政办发〔2020〕11号": 10, "吴利政办发〔2020〕13号": 20,
                "吴利政办发〔2020〕14号": 24
            ])
        let task10 = try #require(tasks.first { $0["id"] as? String == "P2-10" })
        #expect(task10["leaders"] as? [String] == ["赵彦林", "卓恺浩", "马长军", "杨有凯", "赵丽亭", "邵锋"])
        #expect(task10["lead_units"] as? [String] == ["区发展和改革局", "区审批服务管理局"])
        #expect(task10["responsible_units"] as? [String] == ["区直各部门", "各直属事业单位", "各乡镇"])
        #expect(task10["section"] as? String == "（一）精心谋划抓项目")
        #expect(task10["status"] as? String == "not_started")
        #expect(task10["deadline"] as? String == "2020-11-30")
        #expect(task10["updated_at"] is NSNull)
    }

    @Test func reimportUpdatesInPlaceAndKeepsStatusAndHistory() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        try cli.run(["import", CLIRunner.gazette, "--db", db])
        #expect(try cli.run(["update", "P2-8", "--db", db, "--status", "in_progress", "--progress", "40", "--note", "三个项目开工"]).status == 0)
        let again = try cli.run(["import", CLIRunner.gazette, "--db", db])
        #expect(again.stdout.contains("tasks      352 (new 0, changed 0, unchanged 352)"))
        let shown = try cli.run(["show", "P2-8", "--db", db])
        #expect(shown.stdout.contains("in progress (in_progress)  progress 40%  version 1"))
        #expect(shown.stdout.contains("not started→in progress  0%→40%  “三个项目开工”"))
    }

    @Test func aBrokenGazetteNamesTheLineAndChangesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try cli.usedStore()
        let before = try cli.run(["export", "--db", db]).stdout

        let lines = try String(contentsOfFile: CLIRunner.gazette, encoding: .utf8).components(separatedBy: "\n")
        let task12 = lines.firstIndex { $0.hasPrefix("12.全力抢抓") }!
        let cutInTask = cli.path("cut-in-task-12.txt")
        try lines.prefix(task12 + 1).joined(separator: "\n").write(toFile: cutInTask, atomically: true, encoding: .utf8)
        let failed = try cli.run(["import", cutInTask, "--db", db])
        #expect(failed.status == 1)
        #expect(
            failed.stderr == "duban: \(cutInTask):\(task12 + 1): task 12 of 吴利政办发〔2020〕2号 has none of its fields "
                + "(牵头单位, 责任单位 …) where the file ends (cut off?)\n")

        let cut = cli.path("cut.txt")
        let whole = try String(contentsOfFile: CLIRunner.gazette, encoding: .utf8).components(separatedBy: "\n")
        try whole.prefix(5700).joined(separator: "\n").write(toFile: cut, atomically: true, encoding: .utf8)
        let cutFailed = try cli.run(["import", cut, "--db", db])
        #expect(cutFailed.status == 1)
        #expect(cutFailed.stderr.hasPrefix("duban: \(cut):"))
        #expect(cutFailed.stderr.contains("lists 8 proposals under （6）区民政局, found 3"))

        #expect(try cli.run(["export", "--db", db]).stdout == before)
    }

    @Test func aDryRunPrintsTheSummaryAndWritesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("never.sqlite")
        let dry = try cli.run(["import", CLIRunner.gazette, "--db", db, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.hasPrefix("\(CLIRunner.gazette): dry run, nothing written"))
        #expect(dry.stdout.contains("tasks      352\n"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func importingALargeStoreWritesTheSnapshotImageTheNextStartReads() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("big.sqlite"), csv = cli.path("big.csv"), image = SnapshotImage.path(forStore: db)
        #expect(try cli.run(["gen", "--tasks", "\(SnapshotImage.minimumTasks)", "--seed", "3", "--output", csv]).status == 0)
        let imported = try cli.run(["import", csv, "--db", db])
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("\n  image      \(image) (written in "), "\(imported.stdout)")
        let store = try SQLiteStore(path: db)
        defer { try? store.close() }
        #expect(try store.loadSnapshot().source == .image(behind: 0))
        let again = try cli.run(["import", csv, "--db", db])
        #expect(again.status == 0 && !again.stdout.contains("  image "), "the image is current: not written again")

        let small = cli.path("small.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", small]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: SnapshotImage.path(forStore: small)), "352 tasks load fast from the rows")
    }

    @Test func aMissingFileIsNamed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["import", cli.path("nope.txt"), "--db", cli.path("t.sqlite")])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("duban: \(cli.path("nope.txt")): cannot read the file"))
    }
}
