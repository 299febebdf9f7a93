import Foundation
import Testing

/// `duban simulate`: a short run writes the expected entries, all by simulated actors, and nothing else.
@Suite struct CLISimulateTests {
    private func tasks(_ cli: CLIRunner, _ db: String) throws -> [String: [String: Any]] {
        let export = try cli.run(["export", "--db", db, "--format", "json"]).stdoutData
        let list = try JSONSerialization.jsonObject(with: export) as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as! String, $0) })
    }

    @Test func aShortRunWritesRateTimesDurationEntriesBySimulatedActorsOnly() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try cli.usedStore()
        let before = try tasks(cli, db)
        let run = try cli.run(["simulate", "--db", db, "--rate", "20", "--duration", "1.5", "--seed", "11"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("simulated 30 writes in 1."), "\(run.stdout)")
        #expect(run.stdout.hasSuffix(", 0 conflicts retried\n"))

        let history = try cli.run(["history", "--db", db, "--limit", "1000"]).stdout.split(separator: "\n")
        let simulated = history.filter { $0.contains("  模拟·") }
        #expect(history.count == 31 && simulated.count == 30)
        #expect(!simulated.contains { $0.hasPrefix("P2-1 ") }, "a done task is left alone")
        let touched = Set(simulated.map { String($0.split(separator: " ")[0]) })
        let after = try tasks(cli, db)
        #expect(after.count == before.count)
        for (id, old) in before {
            let new = try #require(after[id])
            let changing: Set<String> = touched.contains(id) ? ["status", "progress", "updated_at", "version"] : []
            for (field, value) in old where !changing.contains(field) {
                #expect("\(value)" == "\(new[field] ?? "missing")", "\(id).\(field)")
            }
        }
    }

    @Test func stopsCleanlyOnSIGTERM() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        try cli.run(["import", CLIRunner.gazette, "--db", db])
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["simulate", "--db", db, "--rate", "10"]
        process.environment = cli.environment()
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let started = Date()
        while try cli.run(["history", "--db", db]).stdout.hasPrefix("no changes"), Date().timeIntervalSince(started) < 10 {
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.terminate()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(printed.hasSuffix("conflicts retried, stopped by a signal\n"), "\(printed)")
        let writes = Int(printed.split(separator: " ")[1]) ?? -1
        #expect(writes > 0)
        #expect(try cli.run(["history", "--db", db, "--limit", "10000"]).stdout.split(separator: "\n").count == writes)
    }
}
