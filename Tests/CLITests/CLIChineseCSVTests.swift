import Foundation
import Testing

/// `duban export --format csv --lang zh`: Chinese headers and status words, imported back to the
/// same store; only the explicit option makes one, whatever the language of the command line.
@Suite struct CLIChineseCSVTests {
    static let header = "编号,文件,序号,案号,类别,章节,小节,工作任务,提案人,责任领导,牵头单位,责任单位,配合单位,状态,完成时限,进度,更新时间"

    @Test func theChineseRoundTripIsExact() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let source = try cli.updatedStore()
        let file = cli.path("任务.csv")
        #expect(try cli.run(["export", "--db", source, "--format", "csv", "--lang", "zh", "--output", file]).status == 0)
        let exported = try #require(FileManager.default.contents(atPath: file))
        #expect(Array(exported.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: exported.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix(Self.header + "\r\n"))
        #expect(text.contains(",滞后,") && text.contains(",已完成,") && text.contains(",未启动,") && !text.contains("not_started"))

        let copy = cli.path("copy.sqlite")
        let imported = try cli.run(["import", file, "--db", copy])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("tasks      352 (new 352"))
        #expect(try cli.run(["export", "--db", copy, "--format", "csv", "--lang", "zh"]).stdoutData == exported)
        let english = try cli.run(["export", "--db", source, "--format", "csv"]).stdoutData
        #expect(try cli.run(["export", "--db", copy, "--format", "csv"]).stdoutData == english)
    }

    @Test func onlyAnExplicitLangMakesAChineseCSV() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        let csv = ["export", "--format", "csv"] + db
        let english = try cli.run(csv).stdoutData
        #expect(String(decoding: english.dropFirst(3), as: UTF8.self).hasPrefix("id,document,number,"))
        try FileManager.default.createDirectory(atPath: cli.path(".config/duban"), withIntermediateDirectories: true)
        try Data("lang = \"zh\"\n".utf8).write(to: URL(fileURLWithPath: cli.path(".config/duban/config.toml")))
        let chineseSession = ["DUBAN_LANG": "zh", "LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"]
        #expect(try cli.run(csv, environment: chineseSession).stdoutData == english, "DUBAN_LANG and the locale")
        #expect(try cli.run(csv, environment: ["DUBAN_LANG": ""]).stdoutData == english, "the config's lang")
        #expect(try cli.run(csv + ["--lang", "en"], environment: chineseSession).stdoutData == english)
        let chinese = try cli.run(csv + ["--lang=zh"]).stdoutData
        #expect(String(decoding: chinese.dropFirst(3), as: UTF8.self).hasPrefix(Self.header + "\r\n"))
        let json = ["export", "--format", "json"] + db
        #expect(try cli.run(json + ["--lang", "zh"]).stdoutData == (try cli.run(json).stdoutData), "JSON keeps its keys")
    }

    @Test func anUnknownStatusWordNamesTheFileLineAndColumnAndImportsNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let source = try cli.updatedStore()
        let before = try cli.run(["export", "--db", source, "--format", "csv"]).stdoutData
        var lines = try cli.run(["export", "--db", source, "--format", "csv", "--lang", "zh"]).stdout.components(separatedBy: "\r\n")
        lines[3] = lines[3].replacingOccurrences(of: ",未启动,", with: ",进行中,")
        lines[1] = lines[1].replacingOccurrences(of: ",未启动,", with: ",推进中,")
        let bad = cli.path("bad.csv")
        try lines.joined(separator: "\r\n").write(toFile: bad, atomically: true, encoding: .utf8)
        let failed = try cli.run(["import", bad, "--db", source])
        #expect(failed.status == 1 && failed.stdout.isEmpty)
        #expect(
            failed.stderr
                == "duban: \(bad):4: column 14 (状态): unknown status \"进行中\" (known: not_started, in_progress, done, behind, "
                + "blocked; 未启动, 推进中, 已完成, 滞后, 受阻)\n")
        #expect(try cli.run(["export", "--db", source, "--format", "csv"]).stdoutData == before, "nothing was imported")
    }
}
