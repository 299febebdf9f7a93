import Foundation
import Testing

/// Two writers who read the same version: the second is refused and names who changed the task.
@Suite struct CLIConflictTests {
    private func version(_ cli: CLIRunner, _ db: String, _ id: String) throws -> Int? {
        let shown = try cli.run(["show", id, "--db", db]).stdout
        return shown.range(of: #"version \d+"#, options: .regularExpression).flatMap { Int(shown[$0].dropFirst(8)) }
    }

    @Test func theSecondWriterIsRefusedAndTheFirstWriteIsIntact() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        try cli.run(["import", CLIRunner.gazette, "--db", db])
        try cli.run(["update", "P2-8", "--db", db, "--progress", "10"])
        let first = try #require(try version(cli, db, "P2-8"))
        let second = try #require(try version(cli, db, "P2-8"))
        #expect(first == 1 && second == 1)

        let written = try cli.run(
            [
                "update", "P2-8", "--db", db, "--status", "in_progress", "--progress", "60",
                "--note", "第一位", "--if-version", "\(first)"
            ], environment: ["USER": "ignored"])
        #expect(written.status == 0)
        let refused = try cli.run([
            "update", "P2-8", "--db", db, "--status", "blocked", "--note", "第二位",
            "--if-version", "\(second)"
        ])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        let lines = refused.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        let login = String(cString: getpwuid(getuid()).pointee.pw_name)
        #expect(refused.stderr.hasPrefix("duban: task P2-8 was changed meanwhile (version 2, expected 1) by \(login) at "))

        let shown = try cli.run(["show", "P2-8", "--db", db]).stdout
        #expect(shown.contains("in progress (in_progress)  progress 60%  version 2"))
        #expect(shown.contains("“第一位”"))
        #expect(!shown.contains("第二位"))
    }
}
