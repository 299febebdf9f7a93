import Foundation
import Testing

/// Two years' 2号 in one store: the second gets its own code, and the first's tasks are untouched;
/// importing the second again keeps the code it was given.
@Suite struct CLIDocumentCodeTests {
    @Test func anotherYearsNumberTwoGetsACodeOfItsOwn() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        let plan2024 = CLIRunner.packageRoot.appendingPathComponent("Tests/ModelTests/Corpus/count.txt").path
        try cli.run(["import", CLIRunner.gazette, "--db", db])
        let before = try cli.run(["show", "P2-1", "--db", db]).stdout

        let first = try cli.run(["import", plan2024, "--db", db])
        #expect(first.status == 0)
        #expect(first.stdout.contains("P2b  吴利政办发〔2024〕2号  20 tasks"))
        #expect(try cli.run(["show", "P2-1", "--db", db]).stdout == before)
        #expect(try cli.run(["show", "P2b-1", "--db", db]).stdout.contains("吴利政办发〔2024〕2号"))

        let again = try cli.run(["import", plan2024, "--db", db])
        #expect(again.stdout.contains("P2b  吴利政办发〔2024〕2号  20 tasks"))
        #expect(again.stdout.contains("tasks      20 (new 0, changed 0, unchanged 20)"))
    }
}
