import Foundation
import Testing

/// `duban gen`: deterministic by seed, in the shape the issue asks for, and importable.
@Suite struct CLIGenTests {
    private struct GeneratedTask: Decodable {
        var id: String
        var text: String
        var leaders: [String]
        var lead_units: [String]
        var responsible_units: [String]
        var status: String
    }

    @Test func sameSeedSameBytesOtherSeedOtherTasks() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for (name, seed) in [("a.json", "7"), ("b.json", "7"), ("c.json", "8"), ("a.csv", "7"), ("b.csv", "7")] {
            #expect(try cli.run(["gen", "--tasks", "1000", "--seed", seed, "--output", cli.path(name)]).status == 0)
        }
        let a = FileManager.default.contents(atPath: cli.path("a.json"))
        #expect(a != nil && a == FileManager.default.contents(atPath: cli.path("b.json")))
        #expect(a != FileManager.default.contents(atPath: cli.path("c.json")))
        #expect(FileManager.default.contents(atPath: cli.path("a.csv")) == FileManager.default.contents(atPath: cli.path("b.csv")))
    }

    @Test func tasksHaveTheShapeOfAPlan() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let file = cli.path("tasks.json")
        try cli.run(["gen", "--tasks", "1000", "--output", file])
        let tasks = try JSONDecoder().decode([GeneratedTask].self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(tasks.count == 1000)
        #expect(Set(tasks.map(\.id)).count == 1000)
        #expect(tasks.allSatisfy { $0.id.unicodeScalars.allSatisfy { $0.isASCII } })
        #expect(tasks.allSatisfy { (40...120).contains($0.text.count) })
        #expect(tasks.allSatisfy { (1...7).contains($0.leaders.count) })
        #expect(tasks.allSatisfy { (1...3).contains($0.lead_units.count) })
        #expect(tasks.allSatisfy { (1...12).contains($0.responsible_units.count) })
        #expect(Set(tasks.map(\.leaders.count)) == Set(1...7))
        #expect(Set(tasks.map(\.responsible_units.count)).isSuperset(of: [1, 6, 12]))
        #expect(tasks.contains { $0.responsible_units.contains("各乡镇") })
        #expect(Set(tasks.map(\.status)).count == 5)
    }

    @Test(arguments: ["json", "csv"])
    func importThenExportGivesTheSameFile(format: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let file = cli.path("tasks.\(format)"), db = cli.path("copy.sqlite")
        try cli.run(["gen", "--tasks", "1000", "--seed", "3", "--output", file])
        let imported = try cli.run(["import", file, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("tasks      1000 (new 1000"))
        let exported = try cli.run(["export", "--db", db, "--format", format])
        #expect(exported.stdoutData == FileManager.default.contents(atPath: file))
    }

    @Test func aStoreGetsTheSameTasksAndSomeHistory() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("gen.sqlite"), file = cli.path("tasks.json")
        let made = try cli.run(["gen", "--tasks", "1000", "--seed", "3", "--output", db])
        #expect(made.status == 0, "\(made.stderr)")
        try cli.run(["gen", "--tasks", "1000", "--seed", "3", "--output", file])
        #expect(
            try cli.run(["export", "--db", db, "--format", "json"]).stdoutData
                == FileManager.default.contents(atPath: file))
        let history = try cli.run(["history", "--db", db, "--limit", "100000"])
        #expect(history.status == 0, "\(history.stderr)")
        let entries = history.stdout.split(separator: "\n").count
        #expect((600...1200).contains(entries), "\(entries) entries")
        #expect(try cli.run(["gen", "--tasks", "10", "--output", db]).status != 0)
    }
}
