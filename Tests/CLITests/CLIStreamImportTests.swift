import Foundation
import Testing

/// `duban import` of CSV in the export's shape, which is read as a stream while it is written:
/// a bad last row still changes nothing, and leaves no store where there was none.
@Suite struct CLIStreamImportTests {
    /// `duban gen`'s CSV of `tasks` tasks with `tail` after it; returns its path and the line the tail starts on.
    private func generated(_ cli: CLIRunner, tasks: Int, tail: String) throws -> (path: String, tailLine: Int) {
        let path = cli.path("plan.csv")
        #expect(try cli.run(["gen", "--tasks", "\(tasks)", "--seed", "1", "--output", path]).status == 0)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let tailLine = data.count(where: { $0 == 0x0A }) + 1
        data += Data(tail.utf8)
        try data.write(to: URL(fileURLWithPath: path))
        return (path, tailLine)
    }

    private static let badStatus = "Z9-1,doc,1,,,c,,t,,甲,区财政局,,,finished,,0,\r\n"
    private static let refusal =
        "column 14 (status): unknown status \"finished\" (known: not_started, in_progress, done, behind, blocked; 未启动, 推进中, 已完成, 滞后, 受阻)"

    @Test func aBadLastRowLeavesNoStoreWhereThereWasNone() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let (csv, line) = try generated(cli, tasks: 6_000, tail: Self.badStatus)
        let db = cli.path("new/place/t.sqlite")
        let failed = try cli.run(["import", csv, "--db", db])
        #expect(failed.status == 1)
        #expect(failed.stderr == "duban: \(csv):\(line): \(Self.refusal)\n")
        #expect(!FileManager.default.fileExists(atPath: cli.path("new")))
        #expect(failed.stdout.isEmpty)
    }

    @Test func aBadLastRowChangesNothingInAStore() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try cli.usedStore()
        let before = try cli.run(["export", "--db", db]).stdout
        let (csv, line) = try generated(cli, tasks: 6_000, tail: Self.badStatus)
        let failed = try cli.run(["import", csv, "--db", db])
        #expect(failed.status == 1)
        #expect(failed.stderr == "duban: \(csv):\(line): \(Self.refusal)\n")
        #expect(try cli.run(["export", "--db", db]).stdout == before)
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test func aDryRunAndAnImportSayTheSameCounts() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let (csv, _) = try generated(cli, tasks: 1_500, tail: "")
        let db = cli.path("t.sqlite")
        let dry = try cli.run(["import", "--dry-run", csv, "--db", db])
        #expect(dry.status == 0)
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(dry.stdout.hasPrefix("\(csv): dry run, nothing written\n  documents  3\n"))
        #expect(dry.stdout.contains("\n  tasks      1500\n"))
        let imported = try cli.run(["import", csv, "--db", db])
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("\n  tasks      1500 (new 1500, changed 0, unchanged 0)\n"))
        let again = try cli.run(["import", csv, "--db", db])
        #expect(again.stdout.contains("\n  tasks      1500 (new 0, changed 0, unchanged 1500)\n"))
        // Everything but the first line and the counts of what was written is the same.
        func body(_ text: String) -> [String] {
            text.split(separator: "\n").dropFirst().map { $0.replacingOccurrences(of: " (new 1500, changed 0, unchanged 0)", with: "") }
        }
        #expect(body(dry.stdout) == body(imported.stdout))
    }
}
