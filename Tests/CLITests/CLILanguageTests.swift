import Foundation
import Testing

/// The command line speaks the dashboard's language: `--lang`, else DUBAN_LANG, else the config's
/// `lang`, else the locale (English only in an English one). Machine formats never change.
@Suite struct CLILanguageTests {
    /// No DUBAN_LANG and no locale but `locale` (`LANG`), as a session without duban's settings has.
    private func locale(_ lang: String, _ extra: [String: String] = [:]) -> [String: String] {
        ["DUBAN_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": lang].merging(extra) { $1 }
    }

    @Test func theImportSummaryIsChinese() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let zh = ["DUBAN_LANG": "zh"]
        let dry = try cli.run(["import", CLIRunner.gazette, "--dry-run", "--db", cli.path("t.sqlite")], environment: zh)
        #expect(dry.stdout.hasPrefix("\(CLIRunner.gazette)：试运行，未写入\n  文件  7\n    P2  吴利政办发〔2020〕2号  99 项\n"))
        #expect(dry.stdout.contains("\n  任务  352\n  领导  8\n  单位  65\n  警告  24\n  识别结果\n"))
        #expect(dry.stdout.contains("      P2  工作方案, labelled lines, 99 项\n        P2-1  领导 马长军 · 牵头 区发展和改革局 · 责任 "))
        #expect(dry.stdout.contains("      跳过附件1："))
        #expect(dry.stdout.contains("\n  警告：") && !dry.stdout.contains("warning"))
        let imported = try cli.run(["import", CLIRunner.gazette, "--db", cli.path("t.sqlite")], environment: zh)
        #expect(imported.stdout.contains("\n  任务  352（新增 352，改动 0，未变 0）\n"))
    }

    @Test func listUpdateShowRoundsAndHistorySpeakChinese() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        let zh = ["DUBAN_LANG": "zh"]
        let listed = try cli.run(["list", "--overdue", "--today", "2020-06-01"] + db, environment: zh)
        #expect(listed.stdout.hasPrefix("编号   状态         截止        责任领导"))
        #expect(listed.stdout.contains("E11-1  未启动·逾期  2020-05-31"))
        #expect(listed.stdout.hasSuffix("\n4/352 项 · 今天 2020-06-01\n"))
        let updated = try cli.run(["update", "P2-1", "--status", "in_progress", "--progress", "30"] + db, environment: zh)
        #expect(updated.stdout == "P2-1：推进中（in_progress），进度 30%，第1版\n")
        let shown = try cli.run(["show", "P2-1"] + db, environment: zh).stdout
        #expect(shown.contains("\n状态      推进中 (in_progress)  进度 30%  版本 1  更新 ") && shown.contains("未启动→推进中  0%→30%"))
        #expect(try cli.run(["history", "--since", "2999-01-01"] + db, environment: zh).stdout == "2999-01-01 以来没有改动记录\n")
        let rounds = try cli.run(["rounds", "--today", "2020-07-01"] + db, environment: zh).stdout
        #expect(rounds.contains("P2  吴利政办发〔2020〕2号：2 轮\n    2020-06-30\n  * 2020-11-30  当前一轮，自 2020-07-01 起的报送 · 已报 1/99\n"))
        #expect(rounds.contains("S7  吴利政办发〔2020〕7号：无报送轮次\n") && rounds.hasSuffix("\n今天 2020-07-01\n"))
        let refused = try cli.run(["update", "P2-1"] + db, environment: zh)
        #expect(refused.status != 0 && refused.stderr.hasPrefix("Error: 请说明要记录什么：--status、--progress 或 --note\n"))
        let missing = try cli.run(["rounds", "set", "X1", "2020-09-30"] + db, environment: zh)
        #expect(missing.stderr == "duban: 没有文件“X1”（库中有 C8, E11, N8, P13, P14, P2, S7）\n")
    }

    @Test func theHelpIsInTheChosenLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let zh = try cli.run(["list", "--help"], environment: ["DUBAN_LANG": "zh"])
        #expect(zh.stdout.hasPrefix("OVERVIEW: 列出任务，可按领导、单位、乡镇、状态、期限、文件或报送筛选。\n"))
        #expect(zh.stdout.contains("只列已过期限且未完成的任务。"))
        let en = try cli.run(["list", "--help"])
        #expect(en.stdout.hasPrefix("OVERVIEW: List tasks, filtered by leader, unit, town, status, deadline,"))
        #expect(try cli.run(["--help"], environment: ["DUBAN_LANG": "zh"]).stdout.contains("  list                    列出任务"))
        #expect(try cli.run(["list", "--help", "--lang", "zh"]).stdout.contains("只列已过期限且未完成的任务。"))
        #expect(try cli.run(["list", "--lang=en", "--help"], environment: ["DUBAN_LANG": "zh"]).stdout.contains("Only tasks past their deadline"))
    }

    @Test func theLanguageComesFromTheOptionTheEnvironmentTheConfigThenTheLocale() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        func footer(_ environment: [String: String], arguments: [String] = []) throws -> String {
            let lines = try cli.run(["list", "--document", "E11", "--today", "2020-06-01"] + db + arguments, environment: environment).stdout
            return String(lines.split(separator: "\n").last ?? "")
        }
        let (chinese, english) = ("10/352 项 · 今天 2020-06-01", "10/352 tasks · today 2020-06-01")
        #expect(try footer(locale("zh_CN.UTF-8")) == chinese)
        #expect(try footer(locale("C.UTF-8")) == chinese)
        #expect(try footer(locale("")) == chinese)
        #expect(try footer(locale("en_US.UTF-8")) == english)
        #expect(try footer(locale("zh_CN.UTF-8", ["LC_ALL": "en_GB.UTF-8"])) == english)
        #expect(try footer(locale("en_US.UTF-8", ["LC_MESSAGES": "zh_TW.UTF-8"])) == chinese)
        #expect(try footer(locale("en_US.UTF-8", ["DUBAN_LANG": "zh"])) == chinese)
        #expect(try footer(locale("zh_CN.UTF-8", ["DUBAN_LANG": "zh"]), arguments: ["--lang", "en"]) == english)
        #expect(try footer(locale("en_US.UTF-8", ["DUBAN_LANG": "fr"])) == english)

        try FileManager.default.createDirectory(atPath: cli.path(".config/duban"), withIntermediateDirectories: true)
        try Data("lang = \"zh\"\n".utf8).write(to: URL(fileURLWithPath: cli.path(".config/duban/config.toml")))
        #expect(try footer(locale("en_US.UTF-8")) == chinese)
        #expect(try footer(locale("en_US.UTF-8", ["DUBAN_LANG": "en"])) == english)
        let wrong = try cli.run(["list", "--lang", "fr"] + db)
        #expect(wrong.status != 0 && wrong.stderr.contains("'fr'"))
    }

    @Test func machineFormatsAreTheSameInEitherLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        for arguments in [["export", "--format", "json"], ["export", "--format", "csv"], ["list", "--overdue", "--format", "json"]] {
            let zh = try cli.run(arguments + db, environment: ["DUBAN_LANG": "zh"]).stdoutData
            #expect(zh == (try cli.run(arguments + db).stdoutData) && !zh.isEmpty, "\(arguments)")
        }
    }
}
