import Foundation
import Testing

/// The config file is checked whole before any command runs: a wrong value stops it in one line
/// naming the file, the line and the values allowed; a key it does not know is a warning, once.
@Suite struct CLIConfigCheckTests {
    /// Writes `text` as the config file in the scratch home and returns its path.
    private func config(_ text: String, in cli: CLIRunner) throws -> String {
        let path = cli.path(".config/duban/config.toml")
        try FileManager.default.createDirectory(atPath: cli.path(".config/duban"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aWrongValueStopsEveryCommandNamingFileLineAndTheValuesAllowed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        let path = try config("read_only = false\ntheme = \"dark\"\n", in: cli)
        for arguments in [["list"], ["export"], ["rounds"], ["snapshot"]] {
            let refused = try cli.run(arguments + db)
            #expect(refused.status == 1, "\(arguments)")
            #expect(refused.stderr == "duban: \(path):2: theme must be \"auto\", \"color\" or \"mono\", not \"dark\"\n", "\(arguments)")
            #expect(refused.stdout.isEmpty, "\(arguments)")
        }
        _ = try config("lang = \"fr\"\n", in: cli)
        #expect(try cli.run(["list"] + db).stderr == "duban: \(path):1: lang must be \"zh\" or \"en\", not \"fr\"\n")
        // Help, the version and the completion scripts still work.
        for arguments in [["--help"], ["list", "--help"], ["help", "list"], ["--version"], ["--generate-completion-script", "bash"]] {
            let shown = try cli.run(arguments)
            #expect(shown.status == 0 && !shown.stdout.isEmpty && shown.stderr.isEmpty, "\(arguments): \(shown.stderr)")
        }
    }

    @Test func anUnknownKeyIsAWarningOnceAndTheCommandRuns() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        let path = try config(
            "colour = \"red\"\nlang = \"en\"\n\n[[view]]\nname = \"金积镇逾期\"\nfilter = \"town:金积镇 overdue\"\nsort = \"id\"\n", in: cli)
        let listed = try cli.run(["list", "--document", "E11", "--today", "2020-06-01"] + db)
        #expect(listed.status == 0)
        #expect(listed.stdout.hasSuffix("10/352 tasks · today 2020-06-01\n"))
        #expect(
            listed.stderr
                == "duban: \(path):1: warning: unknown key “colour”, ignored\n"
                + "duban: \(path):7: warning: unknown key “sort” in [[view]], ignored\n")
        let chinese = try cli.run(["list", "--document", "E11", "--today", "2020-06-01"] + db, environment: ["DUBAN_LANG": "zh"])
        #expect(chinese.stderr.hasPrefix("duban: \(path):1: 警告：unknown key “colour”, ignored\n"))
        // The file's view is there all the same.
        let frame = try cli.run(["snapshot", "--size", "100x30", "--keys", "v"] + db)
        #expect(frame.stdout.contains("金积镇逾期"), "\(frame.stdout)")
    }
}
